using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>The documentation of generated members: the IDL comment when there is one, else a sentence naming the IDL member.</summary>
    internal static class MemberDocs
    {
        /// <summary>Summary (IDL comment or <paramref name="fallback"/>) and the origin remark.</summary>
        public static DocComments Start(MemberSymbol member, string definitionName, string fallback) =>
            new DocComments().Summary(member.Syntax.Documentation, fallback).Remarks(BindingContext.OriginRemark(member, definitionName));

        /// <summary>A <c>param</c> tag per parameter.</summary>
        public static DocComments Parameters(this DocComments docs, IReadOnlyList<ArgumentModel> arguments, IReadOnlyList<string>? only = null)
        {
            foreach (var argument in arguments)
            {
                if (only is not null && !Contains(only, argument.Name))
                {
                    continue;
                }

                docs.Param(argument.Name, "The IDL argument " + DocComments.Code(argument.IdlName) + " (" + DocComments.Code(argument.Type.IdlText) + (argument.Variadic ? ", variadic" : argument.Optional ? ", optional" : "") + ").");
            }

            return docs;
        }

        /// <summary><c>exception</c> tags for legacy <c>raises(…)</c>: the exception class when the set defines it, else <c>DOMException</c>.</summary>
        public static DocComments Raises(this DocComments docs, BindingContext context, EquatableArray<string> raised, string when)
        {
            foreach (var name in raised)
            {
                var cref = context.Model.TryGetDefinition(name, out var definition) && definition is ExceptionSymbol && context.Names.Find(name) is { } names
                    ? context.Names.Prefix + names.Primary
                    : "global::WebIdl.Runtime.DOMException";
                docs.Exception(cref, (when.Length > 0 ? when + " r" : "R") + "aises " + DocComments.Code(name) + " (IDL " + DocComments.Code("raises") + ").");
            }

            return docs;
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (candidate == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
