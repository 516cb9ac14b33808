using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Turns IDL names and strings into C# that compiles and says exactly what the IDL says: identifiers are validated
    /// (invalid characters become <c>_</c>, keywords get <c>@</c>), members are PascalCase, string literals escape
    /// everything outside printable ASCII.
    /// </summary>
    internal static class CSharpNames
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>True for the reserved C# keywords (which need <c>@</c> to be identifiers).</summary>
        public static bool IsKeyword(string name) => Keywords.Contains(name);

        /// <summary>
        /// A valid C# identifier with the IDL spelling kept as far as C# allows: characters other than ASCII letters,
        /// digits and <c>_</c> become <c>_</c>, a leading digit gets a <c>_</c> prefix. Not escaped.
        /// </summary>
        public static string Sanitize(string name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return "_";
            }

            var builder = new StringBuilder(name.Length + 1);
            if (IsDigit(name[0]))
            {
                builder.Append('_');
            }

            foreach (var c in name)
            {
                builder.Append(IsLetter(c) || IsDigit(c) || c == '_' ? c : '_');
            }

            return builder.ToString();
        }

        /// <summary>An identifier for use in code: <see cref="Sanitize"/>, then <c>@</c> before a keyword.</summary>
        public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

        /// <summary>The IDL spelling as a C# identifier (constants, parameters): sanitized and escaped.</summary>
        public static string Verbatim(string name) => Escape(Sanitize(name));

        /// <summary>PascalCase for types and members: the sanitized name with its first letter in upper case.</summary>
        public static string Pascal(string name)
        {
            var sanitized = Sanitize(name);
            var first = sanitized[0];
            if (first >= 'a' && first <= 'z')
            {
                sanitized = char.ToUpperInvariant(first) + sanitized.Substring(1);
            }

            return Escape(sanitized);
        }

        /// <summary>
        /// PascalCase of a string split at everything that is not an ASCII letter or digit (<c>"a-b"</c> gives
        /// <c>AB</c>, <c>"arraybuffer"</c> gives <c>Arraybuffer</c>); a leading digit gets <c>_</c>. Empty when the
        /// string has no letter or digit.
        /// </summary>
        public static string PascalWords(string text)
        {
            var builder = new StringBuilder(text.Length + 1);
            var upperNext = true;
            foreach (var c in text)
            {
                if (IsLetter(c) || IsDigit(c))
                {
                    if (builder.Length == 0 && IsDigit(c))
                    {
                        builder.Append('_');
                    }

                    builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                    upperNext = false;
                }
                else
                {
                    upperNext = true;
                }
            }

            return builder.ToString();
        }

        /// <summary>Removes the <c>@</c> of an escaped identifier (for <c>param</c> tags, hint names and messages).</summary>
        public static string Unescaped(string identifier) => identifier.Length > 0 && identifier[0] == '@' ? identifier.Substring(1) : identifier;

        /// <summary>
        /// A C# regular string literal holding exactly <paramref name="value"/>. Every character outside printable
        /// ASCII, and every quote and backslash, is escaped, so no IDL string can end the literal, the line or the file.
        /// </summary>
        public static string StringLiteral(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>The namespace as C# (each dotted part sanitized and escaped); <c>WebIdl.Generated</c> when empty.</summary>
        public static string Namespace(string? ns)
        {
            var parts = (ns ?? "").Split('.');
            var result = new List<string>();
            foreach (var part in parts)
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    result.Add(trimmed == "global" ? "@global" : Verbatim(trimmed));
                }
            }

            return result.Count == 0 ? "WebIdl.Generated" : string.Join(".", result);
        }

        private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }

    /// <summary>
    /// The names taken in one C# scope (a type's members, the namespace's types, a hint-name set). Asking for a taken
    /// name gives it a numeric suffix (<c>Name2</c>, <c>Name3</c>, …), so the result never clashes.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> taken;
        private readonly NameScope? parent;

        public NameScope(bool ignoreCase = false) =>
            taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

        /// <summary>
        /// A scope that sees every name <paramref name="parent"/> has taken and takes new ones only for itself, so
        /// binding one definition can take union names without copying (or changing) the names of the whole set.
        /// The parent must not take names while children are in use.
        /// </summary>
        public NameScope(NameScope parent)
        {
            this.parent = parent;
            taken = new HashSet<string>(parent.taken.Comparer);
        }

        /// <summary>Marks <paramref name="name"/> as taken without checking.</summary>
        public void Reserve(string name) => taken.Add(CSharpNames.Unescaped(name));

        /// <summary>True when <paramref name="name"/> is taken.</summary>
        public bool IsTaken(string name) => Contains(CSharpNames.Unescaped(name));

        /// <summary>Takes <paramref name="name"/>, or the first free <c>name2</c>, <c>name3</c>, …; keeps an <c>@</c> escape.</summary>
        public string Take(string name)
        {
            var bare = CSharpNames.Unescaped(name);
            if (TryAdd(bare))
            {
                return name;
            }

            for (var i = 2; ; i++)
            {
                var candidate = bare + i.ToString(CultureInfo.InvariantCulture);
                if (TryAdd(candidate))
                {
                    return candidate;
                }
            }
        }

        private bool Contains(string bare) => taken.Contains(bare) || (parent is not null && parent.Contains(bare));

        private bool TryAdd(string bare) => !(parent is not null && parent.Contains(bare)) && taken.Add(bare);
    }
}
