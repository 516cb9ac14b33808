using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>incomplete-op</c>: regular and static operations have a name (only specials may be unnamed).</summary>
    internal sealed class IncompleteOperationRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.IncompleteOperation };

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
                    if (member is OperationMember { OperationName.Length: 0, Special: "" or "static", LegacySpecials.IsEmpty: true } operation)
                    {
                        context.Report(DiagnosticCatalogue.IncompleteOperation, operation.NameSpan, operation.Special == "static" ? "Static" : "Regular", container.Name);
                    }
                }
            }
        }
    }
}
