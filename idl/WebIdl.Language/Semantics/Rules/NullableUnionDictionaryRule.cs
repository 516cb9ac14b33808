using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// webidl2.js <c>no-nullable-union-dict</c>: a nullable union (written, or a nullable use of a typedef) must not
    /// include a dictionary. Inside such a union nothing more is checked; elsewhere the check goes down every subtype.
    /// </summary>
    internal sealed class NullableUnionDictionaryRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.NullableUnionDictionary };

        public override void Check(RuleContext context)
        {
            foreach (var site in context.Sites.Types)
            {
                CheckType(context, site.Type);
            }
        }

        private static void CheckType(RuleContext context, IdlType type)
        {
            var target = type.Union ? type : (context.Find(type.Name) as TypedefSymbol)?.Type;
            if (target is not null && type.Nullable)
            {
                var reference = context.FindDictionaryReference(target, false, out var dictionary);
                if (reference is not null)
                {
                    context.Report(DiagnosticCatalogue.NullableUnionDictionary, (type.Union ? reference : type).Span, dictionary?.Name);
                }

                return;
            }

            foreach (var subtype in type.Subtypes)
            {
                if (subtype is not null)
                {
                    CheckType(context, subtype);
                }
            }
        }
    }
}
