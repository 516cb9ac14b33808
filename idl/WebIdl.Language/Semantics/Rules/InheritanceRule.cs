using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>An interface, dictionary or exception inherits from a defined definition of its own kind (or a known external type).</summary>
    internal sealed class InheritanceRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            new[] { DiagnosticCatalogue.UnknownInheritance, DiagnosticCatalogue.InvalidInheritance };

        public override void Check(RuleContext context)
        {
            foreach (var definition in context.Model.Definitions)
            {
                if (definition is not ContainerSymbol { Inheritance: { } baseName } container)
                {
                    continue;
                }

                var span = ((ContainerDefinition)container.Syntax).InheritanceSpan;
                var baseDefinition = context.Find(baseName);
                if (baseDefinition is null)
                {
                    if (!context.IsExternal(baseName))
                    {
                        context.Report(DiagnosticCatalogue.UnknownInheritance, span, container.Kind, container.Name, baseName);
                    }
                }
                else if (baseDefinition.Kind != container.Kind)
                {
                    context.Report(
                        DiagnosticCatalogue.InvalidInheritance,
                        span,
                        container.Kind,
                        container.Name,
                        baseName,
                        RuleContext.Describe(baseDefinition),
                        RuleContext.Describe(container.Kind));
                }
            }
        }
    }
}
