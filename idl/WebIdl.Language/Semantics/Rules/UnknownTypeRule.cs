using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// Every type name, in every type position and at any depth (generics, unions, extended-attribute arguments),
    /// must be built in, a type definition of the set, or a known external type.
    /// </summary>
    internal sealed class UnknownTypeRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            new[] { DiagnosticCatalogue.UnknownType, DiagnosticCatalogue.NotAType };

        public override void Check(RuleContext context)
        {
            foreach (var typeNode in context.Sites.TypeNodes)
            {
                var node = typeNode.Node;
                var name = node.Name;
                if (name is null || BuiltinTypes.IsBuiltin(name))
                {
                    continue;
                }

                var definition = context.Find(name);
                if (definition is null)
                {
                    if (!context.IsExternal(name))
                    {
                        context.Report(DiagnosticCatalogue.UnknownType, node.Span, name);
                    }
                }
                else if (!SemanticModel.IsType(definition))
                {
                    context.Report(DiagnosticCatalogue.NotAType, node.Span, name, RuleContext.Describe(definition));
                }
            }
        }
    }
}
