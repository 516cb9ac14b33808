using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// webidl2.js <c>migrate-allowshared</c>: <c>[AllowShared] BufferSource</c> (the attribute on the type or on the
    /// argument, attribute, field or typedef holding it) is written <c>AllowSharedBufferSource</c> now.
    /// </summary>
    internal sealed class AllowSharedRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.AllowSharedBufferSource };

        public override void Check(RuleContext context)
        {
            foreach (var (node, parent, site) in context.Sites.TypeNodes)
            {
                if (node.Name == "BufferSource")
                {
                    Check(context, node, node.ExtAttrs);
                    Check(context, node, parent is null ? context.Sites.Types[site].OwnerExtAttrs : parent.ExtAttrs);
                }
            }
        }

        private static void Check(RuleContext context, IdlType node, EquatableArray<ExtendedAttribute> attributes)
        {
            foreach (var attribute in attributes)
            {
                if (attribute?.Name == "AllowShared")
                {
                    context.Report(DiagnosticCatalogue.AllowSharedBufferSource, node.Span);
                }
            }
        }
    }
}
