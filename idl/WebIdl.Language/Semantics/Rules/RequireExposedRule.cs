using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>require-exposed</c>: non-partial interfaces and namespaces carry <c>[Exposed]</c>. A warning here.</summary>
    internal sealed class RequireExposedRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.MissingExposed };

        public override void Check(RuleContext context)
        {
            foreach (var declaration in context.Declarations)
            {
                if (declaration.Node is ContainerDefinition { Partial: false } container
                    && container is InterfaceDefinition or NamespaceDefinition
                    && !RuleContext.HasAttribute(container.ExtAttrs, "Exposed"))
                {
                    context.Report(DiagnosticCatalogue.MissingExposed, container.NameSpan, container.Kind, container.Name);
                }
            }
        }
    }
}
