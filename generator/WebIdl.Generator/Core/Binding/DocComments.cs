using System.Collections.Generic;
using System.Text;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Builds XML documentation comments. IDL comment text is escaped (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>),
    /// characters XML forbids are replaced, and every C# line terminator (not only <c>\n</c>: also <c>\r</c>, U+0085,
    /// U+2028, U+2029) starts a new <c>///</c> line, so no comment text can leave the comment.
    /// </summary>
    internal sealed class DocComments
    {
        private readonly List<string> lines = new List<string>();

        /// <summary>Escapes plain text for XML documentation, on one line.</summary>
        public static string Text(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    builder.Append('\uFFFD');
                }
                else
                {
                    AppendEscaped(builder, IsLineBreak(c) ? ' ' : c);
                }
            }

            return builder.ToString();
        }

        /// <summary><c>&lt;c&gt;text&lt;/c&gt;</c>, escaped.</summary>
        public static string Code(string text) => "<c>" + Text(text) + "</c>";

        /// <summary>Adds <c>&lt;summary&gt;</c> with the IDL documentation when there is some, else with <paramref name="fallbackXml"/> (already XML).</summary>
        public DocComments Summary(string? idlDocumentation, string fallbackXml)
        {
            var source = SplitLines(idlDocumentation);
            if (source.Count == 0)
            {
                lines.Add("/// <summary>" + fallbackXml + "</summary>");
                return this;
            }

            AddBlock("summary", source);
            return this;
        }

        /// <summary>Adds <c>&lt;summary&gt;</c> from XML text.</summary>
        public DocComments SummaryXml(string xml)
        {
            lines.Add("/// <summary>" + xml + "</summary>");
            return this;
        }

        /// <summary>Adds <c>&lt;remarks&gt;</c> from XML text; nothing when empty.</summary>
        public DocComments Remarks(string xml)
        {
            if (xml.Length > 0)
            {
                lines.Add("/// <remarks>" + xml + "</remarks>");
            }

            return this;
        }

        /// <summary>Adds <c>&lt;param&gt;</c> (the name without its <c>@</c>).</summary>
        public DocComments Param(string name, string xml)
        {
            lines.Add("/// <param name=\"" + Text(CSharpNames.Unescaped(name)) + "\">" + xml + "</param>");
            return this;
        }

        /// <summary>Adds <c>&lt;typeparam&gt;</c>.</summary>
        public DocComments TypeParam(string name, string xml)
        {
            lines.Add("/// <typeparam name=\"" + Text(name) + "\">" + xml + "</typeparam>");
            return this;
        }

        /// <summary>Adds <c>&lt;returns&gt;</c>.</summary>
        public DocComments Returns(string xml)
        {
            lines.Add("/// <returns>" + xml + "</returns>");
            return this;
        }

        /// <summary>Adds <c>&lt;exception cref="…"&gt;</c>; <paramref name="cref"/> is a fully qualified C# type name.</summary>
        public DocComments Exception(string cref, string xml)
        {
            lines.Add("/// <exception cref=\"" + cref + "\">" + xml + "</exception>");
            return this;
        }

        /// <summary>The lines, each starting with <c>///</c>.</summary>
        public EquatableArray<string> Build() => lines.ToArray();

        private void AddBlock(string tag, List<string> source)
        {
            if (source.Count == 1)
            {
                lines.Add("/// <" + tag + ">" + Text(source[0]) + "</" + tag + ">");
                return;
            }

            lines.Add("/// <" + tag + ">");
            foreach (var line in source)
            {
                lines.Add(line.Length == 0 ? "/// <para/>" : "/// " + Text(line));
            }

            lines.Add("/// </" + tag + ">");
        }

        /// <summary>The text's lines, trimmed at the end, without leading or trailing empty lines; runs of empty lines become one.</summary>
        private static List<string> SplitLines(string? text)
        {
            var result = new List<string>();
            if (string.IsNullOrEmpty(text))
            {
                return result;
            }

            var current = new StringBuilder();
            for (var i = 0; i < text!.Length; i++)
            {
                var c = text[i];
                if (IsLineBreak(c))
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    result.Add(current.ToString().TrimEnd());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            result.Add(current.ToString().TrimEnd());
            var trimmed = new List<string>();
            foreach (var line in result)
            {
                if (line.Trim().Length == 0)
                {
                    if (trimmed.Count > 0 && trimmed[trimmed.Count - 1].Length != 0)
                    {
                        trimmed.Add("");
                    }
                }
                else
                {
                    trimmed.Add(line.Trim());
                }
            }

            while (trimmed.Count > 0 && trimmed[trimmed.Count - 1].Length == 0)
            {
                trimmed.RemoveAt(trimmed.Count - 1);
            }

            return trimmed;
        }

        private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        private static void AppendEscaped(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    return;
                case '<':
                    builder.Append("&lt;");
                    return;
                case '>':
                    builder.Append("&gt;");
                    return;
            }

            // XML 1.0 allows tab and characters from U+0020 except U+FFFE/U+FFFF (surrogates are handled by the caller).
            if ((c < ' ' && c != '\t') || c == '\uFFFE' || c == '\uFFFF')
            {
                builder.Append('\uFFFD');
                return;
            }

            builder.Append(c == '\t' ? ' ' : c);
        }
    }
}
