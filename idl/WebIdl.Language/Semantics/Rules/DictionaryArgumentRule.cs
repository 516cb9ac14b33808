using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// webidl2.js <c>no-nullable-dict-arg</c>, <c>dict-arg-optional</c> and <c>dict-arg-default</c>, for an argument
    /// whose type is or includes a dictionary (directly, through typedefs, or as a union member): it is not
    /// nullable; if the dictionary (with its bases) has no required member and no required argument follows, it is
    /// optional; and an optional one has a default (<c>{}</c>).
    /// </summary>
    internal sealed class DictionaryArgumentRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[]
        {
            DiagnosticCatalogue.NullableDictionaryArgument,
            DiagnosticCatalogue.DictionaryArgumentOptional,
            DiagnosticCatalogue.DictionaryArgumentDefault,
        };

        public override void Check(RuleContext context)
        {
            foreach (var list in context.Sites.ArgumentLists)
            {
                for (var i = 0; i < list.Arguments.Count; i++)
                {
                    var argument = list.Arguments[i];
                    if (argument?.Type is null || context.FindDictionaryReference(argument.Type, true, out var dictionary) is null || dictionary is null)
                    {
                        continue;
                    }

                    if (argument.Type.Nullable)
                    {
                        context.Report(DiagnosticCatalogue.NullableDictionaryArgument, argument.Type.Span, argument.Name);
                    }
                    else if (!argument.Optional)
                    {
                        if (!context.HasRequiredMember(dictionary) && OnlyOptionalAfter(list.Arguments, i))
                        {
                            context.Report(DiagnosticCatalogue.DictionaryArgumentOptional, argument.Type.Span, argument.Name, dictionary.Name);
                        }
                    }
                    else if (argument.Default is null)
                    {
                        context.Report(DiagnosticCatalogue.DictionaryArgumentDefault, argument.Type.Span, argument.Name);
                    }
                }
            }
        }

        private static bool OnlyOptionalAfter(IReadOnlyList<Argument> arguments, int index)
        {
            for (var i = index + 1; i < arguments.Count; i++)
            {
                if (arguments[i] is { Optional: false })
                {
                    return false;
                }
            }

            return true;
        }
    }
}
