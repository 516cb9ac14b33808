using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// webidl2.js <c>async-sequence-idl-to-js</c>: an async_sequence (after typedefs) only flows from JavaScript into
    /// IDL, so it is not an operation's return type, nor an argument of a callback function or of a callback
    /// interface's operation. (Attributes are covered by the attribute type rule.)
    /// </summary>
    internal sealed class AsyncSequenceRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.AsyncSequenceToJs };

        public override void Check(RuleContext context)
        {
            foreach (var site in context.Sites.Types)
            {
                string what;
                string name;
                if (site.Position == TypePosition.Return && site.Definition is not CallbackInterfaceDefinition)
                {
                    what = "returned by an operation";
                    name = site.Member?.Name ?? "";
                }
                else if (site.Position == TypePosition.Argument
                    && (site.Owner == ArgumentOwner.Callback || (site.Owner == ArgumentOwner.Operation && site.Definition is CallbackInterfaceDefinition)))
                {
                    what = "passed to a callback";
                    name = site.Argument?.Name ?? "";
                }
                else
                {
                    continue;
                }

                if (context.Resolve(site.Type).Generic == "async_sequence")
                {
                    context.Report(DiagnosticCatalogue.AsyncSequenceToJs, site.Type.Span, what, name);
                }
            }
        }
    }
}
