using System;
using System.Text;
using WebIdl.Language.Lexing;

namespace WebIdl.Language.Syntax
{
    /// <summary>This part: identifiers and their escapes, strings, and comments.</summary>
    public static partial class IdlWriter
    {
        /// <summary>Where a name stands; a few positions accept some keywords as bare names.</summary>
        private enum NamePosition
        {
            /// <summary>Definition, member, inheritance, includes, raises and extended attribute values: identifiers only.</summary>
            Plain,

            /// <summary>Argument names also take the keywords in <see cref="Keywords.ArgumentNameKeywords"/>.</summary>
            Argument,

            /// <summary>Attribute names also take <c>async</c> and <c>required</c>.</summary>
            Attribute,

            /// <summary>Operation names also take <c>includes</c>.</summary>
            Operation,
        }

        /// <summary>Primitive type names: keywords that are types in every position, constants included.</summary>
        private static readonly string[] PrimitiveTypeNames =
        {
            "undefined", "boolean", "byte", "octet", "bigint", "float", "double", "unrestricted float",
            "unrestricted double", "short", "long", "long long", "unsigned short", "unsigned long", "unsigned long long",
        };

        /// <summary>
        /// Legacy words the parser recognises from context rather than as keywords, escaped in type positions:
        /// <c>legacycaller Foo bar();</c> would read as a legacy caller returning Foo. A type named <c>in</c> is
        /// escaped too, so an argument's type never depends on the parser's lookahead for the legacy <c>in</c>.
        /// </summary>
        private static readonly string[] ContextualTypeWords = { "legacycaller", "creator", "in" };

        private static string Identifier(string name, NamePosition position = NamePosition.Plain)
        {
            if (name.Length == 0)
            {
                return name;
            }

            // `_x` is the escape of `x`, so a name that itself starts with `_` needs one more. (The parser never
            // produces one: `__x` does not lex as an identifier. Writing it that way at least fails loudly.)
            if (name[0] == '_')
            {
                return "_" + name;
            }

            // A leading `-` is part of the identifier (`-webkit-foo`) and `_-x` would not lex, so `-` names stay bare.
            if (name[0] == '-')
            {
                return name;
            }

            if (!Keywords.IsKeyword(name))
            {
                return name;
            }

            var bare = position switch
            {
                NamePosition.Argument => Array.IndexOf(Keywords.ArgumentNameKeywords, name) >= 0,
                NamePosition.Attribute => name == "async" || name == "required",
                NamePosition.Operation => name == "includes",
                _ => false,
            };
            return bare ? name : "_" + name;
        }

        /// <summary>
        /// A type's name. Keywords that name types stay bare where the grammar takes them (<c>void</c> only as a
        /// return type, the string and buffer types everywhere but in constants); any other keyword is escaped.
        /// </summary>
        private static string TypeName(string name, TypePosition position)
        {
            var bare = Array.IndexOf(PrimitiveTypeNames, name) >= 0
                || (position == TypePosition.Return && name == "void")
                || (position != TypePosition.Const && (Array.IndexOf(Keywords.StringTypes, name) >= 0 || Array.IndexOf(Keywords.TypeNameKeywords, name) >= 0));
            if (bare)
            {
                return name;
            }

            return Array.IndexOf(ContextualTypeWords, name) >= 0 ? "_" + name : Identifier(name);
        }

        /// <summary>Writes a WebIDL string literal. WebIDL strings have no escapes, so the contents go between the quotes as they are.</summary>
        private static void AppendString(StringBuilder builder, string value) => builder.Append('"').Append(value).Append('"');

        /// <summary>
        /// Writes a documentation comment block: <c>/** text */</c> for one line, otherwise <c>/**</c>, one
        /// <c> * line</c> per line and <c> */</c>. The parser strips exactly these markers, so the text comes back.
        /// </summary>
        private static void AppendDocumentation(StringBuilder builder, string? documentation, int depth)
        {
            if (documentation is null || documentation.Trim().Length == 0)
            {
                return;
            }

            var lines = EscapeCommentText(documentation).Replace("\r\n", "\n").Split('\n');

            // One line fits `/** … */`, unless it starts with `*`: the parser strips leading stars after `/*`.
            if (lines.Length == 1 && lines[0][0] != '*')
            {
                AppendIndent(builder, depth);
                builder.Append("/** ").Append(lines[0]).Append(" */\n");
                return;
            }

            AppendIndent(builder, depth);
            builder.Append("/**\n");
            foreach (var line in lines)
            {
                AppendIndent(builder, depth);
                builder.Append(" *");
                if (line.Length > 0)
                {
                    builder.Append(' ').Append(line);
                }

                builder.Append('\n');
            }

            AppendIndent(builder, depth);
            builder.Append(" */\n");
        }

        /// <summary>Writes text as <c>//</c> line comments, one per line (a <c>//</c> comment ends at any line break).</summary>
        private static void AppendLineComments(StringBuilder builder, string text)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n', '\r', '\u2028', '\u2029');
            foreach (var line in lines)
            {
                builder.Append("//");
                if (line.Length > 0)
                {
                    builder.Append(' ').Append(line);
                }

                builder.Append('\n');
            }
        }

        /// <summary>Breaks every <c>*/</c> so text can sit inside a block comment: <c>*/</c> becomes <c>*\/</c>.</summary>
        private static string EscapeCommentText(string text) => text.Replace("*/", "*\\/");
    }
}
