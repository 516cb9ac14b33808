using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>Two non-partial definitions must not share a name; the later one (in file order) is reported.</summary>
    internal sealed class DuplicateDefinitionRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.DuplicateDefinition };

        public override void Check(RuleContext context)
        {
            var first = new Dictionary<string, DefinitionNode>(StringComparer.Ordinal);
            foreach (var declaration in context.Declarations)
            {
                if (!declaration.IsNamedDefinition || declaration.IsPartial)
                {
                    continue;
                }

                var node = declaration.Node;
                if (first.TryGetValue(node.Name, out var original))
                {
                    context.Report(DiagnosticCatalogue.DuplicateDefinition, node.NameSpan, node.Kind, node.Name, RuleContext.Describe(original.Kind), original.NameSpan);
                }
                else
                {
                    first.Add(node.Name, node);
                }
            }
        }
    }
}
