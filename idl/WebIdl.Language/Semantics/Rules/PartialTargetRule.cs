using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>A partial definition must extend a non-partial definition of the same kind somewhere in the set.</summary>
    internal sealed class PartialTargetRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            new[] { DiagnosticCatalogue.PartialWithoutDefinition, DiagnosticCatalogue.PartialKindMismatch };

        public override void Check(RuleContext context)
        {
            foreach (var declaration in context.Declarations)
            {
                if (!declaration.IsPartial)
                {
                    continue;
                }

                var node = declaration.Node;
                var target = context.Find(node.Name);
                if (target is null || target.Syntax is Syntax.ContainerDefinition { Partial: true })
                {
                    context.Report(DiagnosticCatalogue.PartialWithoutDefinition, node.NameSpan, node.Kind, node.Name);
                }
                else if (target.Kind != node.Kind)
                {
                    context.Report(DiagnosticCatalogue.PartialKindMismatch, node.NameSpan, node.Kind, node.Name, RuleContext.Describe(target.Kind), target.NameSpan);
                }
            }
        }
    }
}
