using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// No definition may inherit from itself. The builder's chain stops before a repeated name; when the name after
    /// the chain's end is the definition itself, it is on a cycle (a definition that only leads into a cycle is not
    /// reported: the cycle's members are).
    /// </summary>
    internal sealed class InheritanceCycleRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.InheritanceCycle };

        public override void Check(RuleContext context)
        {
            foreach (var definition in context.Model.Definitions)
            {
                if (definition is not ContainerSymbol { Inheritance: not null } container)
                {
                    continue;
                }

                var last = container.InheritanceChain.IsEmpty ? container : context.Find(container.InheritanceChain[container.InheritanceChain.Count - 1]) as ContainerSymbol;
                if (last?.Inheritance == container.Name)
                {
                    var path = container.Name + " -> " + string.Join(" -> ", container.InheritanceChain) + (container.InheritanceChain.IsEmpty ? "" : " -> ") + container.Name;
                    context.Report(DiagnosticCatalogue.InheritanceCycle, ((ContainerDefinition)container.Syntax).InheritanceSpan, container.Kind, container.Name, path);
                }
            }
        }
    }
}
