using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>replace-void</c>: <c>void</c> is spelled <c>undefined</c> now. A warning here (legacy IDL uses it everywhere).</summary>
    internal sealed class VoidTypeRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.VoidType };

        public override void Check(RuleContext context)
        {
            foreach (var node in context.Sites.TypeNodes)
            {
                if (node.Node.Name == "void")
                {
                    context.Report(DiagnosticCatalogue.VoidType, node.Node.Span);
                }
            }
        }
    }
}
