using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>A typedef must not refer to itself. Resolution leaves a typedef name in place exactly where a cycle closes, so any typedef name left in a resolved typedef marks one.</summary>
    internal sealed class TypedefCycleRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.TypedefCycle };

        public override void Check(RuleContext context)
        {
            foreach (var typedef in context.Model.Typedefs)
            {
                foreach (var (node, _) in SyntaxSites.Nodes(typedef.ResolvedType))
                {
                    if (context.Find(node.Name) is TypedefSymbol)
                    {
                        context.Report(DiagnosticCatalogue.TypedefCycle, typedef.NameSpan, typedef.Name);
                        break;
                    }
                }
            }
        }
    }
}
