using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>obsolete-async-iterable-syntax</c>: <c>async iterable&lt;…&gt;</c> is spelled <c>async_iterable&lt;…&gt;</c> now.</summary>
    internal sealed class ObsoleteAsyncIterableRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.ObsoleteAsyncIterable };

        public override void Check(RuleContext context)
        {
            foreach (var declaration in context.Declarations)
            {
                if (declaration.Node is not ContainerDefinition container)
                {
                    continue;
                }

                foreach (var member in container.Members)
                {
                    if (member is IterableMember { Async: true, IterableKind: "iterable" })
                    {
                        context.Report(DiagnosticCatalogue.ObsoleteAsyncIterable, member.NameSpan);
                    }
                }
            }
        }
    }
}
