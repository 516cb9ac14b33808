using System;
using System.Collections.Generic;
using System.Text;

namespace WebIdl.Generator.Docs
{
    /// <summary>
    /// Markdown (CommonMark with GitHub's tables) that no input can break: code spans and blocks that any text fits
    /// in, and prose from IDL comments escaped so it stays one paragraph of plain text, in a table cell if need be.
    /// </summary>
    internal static class Markdown
    {
        /// <summary>
        /// A code span holding <paramref name="text"/> exactly: fenced by one more backtick than the longest run
        /// inside, padded with a space when the text starts or ends with a backtick (CommonMark strips that space),
        /// line breaks turned into spaces. In a table cell <c>|</c> is written <c>\|</c>, which GitHub's tables
        /// unescape inside code spans too.
        /// </summary>
        public static string Code(string text, bool inTable = false)
        {
            if (text.Length == 0)
            {
                return "";
            }

            text = OneLine(text);
            if (inTable)
            {
                text = text.Replace("|", "\\|");
            }

            var fence = new string('`', LongestRun(text, '`') + 1);
            var pad = text[0] == '`' || text[text.Length - 1] == '`' || (text[0] == ' ' && text[text.Length - 1] == ' ' && text.Trim().Length > 0);
            return pad ? fence + " " + text + " " + fence : fence + text + fence;
        }

        /// <summary>A fenced code block holding <paramref name="text"/> exactly, with an info string such as <c>webidl</c>.</summary>
        public static void CodeBlock(StringBuilder builder, string text, string info)
        {
            var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
            builder.Append(fence).Append(info).Append('\n');
            builder.Append(text);
            if (text.Length > 0 && text[text.Length - 1] != '\n')
            {
                builder.Append('\n');
            }

            builder.Append(fence).Append("\n\n");
        }

        /// <summary>A link whose text is <paramref name="label"/> (already Markdown) and whose target is a relative file, with an optional anchor.</summary>
        public static string Link(string label, string file, string? anchor = null) =>
            "[" + label + "](" + UrlPart(file) + (anchor is null ? "" : "#" + UrlPart(anchor)) + ")";

        /// <summary>Percent-encodes everything but ASCII letters, digits and <c>-._~</c> (page names and anchors are identifiers).</summary>
        public static string UrlPart(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                var c = (char)b;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        /// <summary>A link to an absolute URL; the URL is written in angle brackets when it has characters Markdown would stop at.</summary>
        public static string ExternalLink(string label, string url)
        {
            var safe = url.Replace("<", "%3C").Replace(">", "%3E").Replace(" ", "%20");
            return "[" + label + "](<" + safe + ">)";
        }

        /// <summary>
        /// Comment text as Markdown paragraphs: lines joined within a paragraph, blank lines separating paragraphs,
        /// every character that Markdown or HTML would act on escaped, except code spans written with backticks in
        /// the comment, which are kept as code. Nothing can open a heading, list, quote, code block, table, link or
        /// HTML tag.
        /// </summary>
        public static string Prose(string text, bool inTable = false)
        {
            var paragraphs = new List<string>();
            var current = new List<string>();
            foreach (var raw in text.Replace("\r\n", "\n").Split('\n', '\r', '\u2028', '\u2029'))
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    Flush();
                    continue;
                }

                current.Add(line);
            }

            Flush();
            return string.Join(inTable ? " " : "\n\n", paragraphs);

            void Flush()
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(Inline(string.Join(" ", current), inTable));
                    current.Clear();
                }
            }
        }

        /// <summary>Plain text (a title, a file name) escaped for use inline, outside code.</summary>
        public static string Text(string text, bool inTable = false) => Inline(OneLine(text).Trim(), inTable);

        /// <summary>The first sentence (or the first line) of <paramref name="text"/>, for one-line summaries.</summary>
        public static string FirstSentence(string text)
        {
            var paragraph = text.Replace("\r\n", "\n").Trim();
            var blank = paragraph.IndexOf("\n\n", StringComparison.Ordinal);
            if (blank >= 0)
            {
                paragraph = paragraph.Substring(0, blank);
            }

            paragraph = OneLine(paragraph);
            for (var i = 0; i < paragraph.Length - 1; i++)
            {
                if (paragraph[i] == '.' && paragraph[i + 1] == ' ')
                {
                    return paragraph.Substring(0, i + 1);
                }
            }

            return paragraph;
        }

        private static string Inline(string text, bool inTable)
        {
            var builder = new StringBuilder(text.Length + 16);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '`')
                {
                    // A code span from the comment, kept when it closes on the same line with the same run length.
                    var run = RunLength(text, i, '`');
                    var close = FindClosingRun(text, i + run, run);
                    if (close > 0)
                    {
                        var inner = text.Substring(i + run, close - (i + run));
                        builder.Append(inner.Trim().Length == 0 ? Escape(inner, inTable) : Code(inner.Trim(), inTable));
                        i = close + run;
                        continue;
                    }

                    for (var k = 0; k < run; k++)
                    {
                        builder.Append("\\`");
                    }

                    i += run;
                    continue;
                }

                builder.Append(EscapeChar(c, inTable));
                i++;
            }

            // Escape what would open a block at the start of the text: headings, quotes, lists, thematic breaks.
            var result = builder.ToString();
            if (result.Length > 0 && StartsBlock(result))
            {
                result = "\\" + result;
            }

            return result;
        }

        private static string Escape(string text, bool inTable)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(EscapeChar(c, inTable));
            }

            return builder.ToString();
        }

        private static string EscapeChar(char c, bool inTable) => c switch
        {
            '\\' or '*' or '_' or '[' or ']' or '#' or '~' or '!' or '`' or '|' => "\\" + c,
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '\t' => " ",
            _ when char.IsControl(c) => " ",
            _ => c.ToString(),
        };

        /// <summary>True when the text would start a block construct other than a paragraph.</summary>
        private static bool StartsBlock(string text)
        {
            var c = text[0];
            if (c == '-' || c == '+' || c == '=')
            {
                return true;
            }

            // `1.` or `1)` start an ordered list.
            var digits = 0;
            while (digits < text.Length && digits < 10 && char.IsDigit(text[digits]))
            {
                digits++;
            }

            return digits > 0 && digits < text.Length && (text[digits] == '.' || text[digits] == ')');
        }

        private static int FindClosingRun(string text, int from, int run)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (text[i] == '`')
                {
                    var length = RunLength(text, i, '`');
                    if (length == run)
                    {
                        return i;
                    }

                    i += length - 1;
                }
            }

            return -1;
        }

        private static int RunLength(string text, int at, char c)
        {
            var end = at;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            return end - at;
        }

        private static int LongestRun(string text, char c)
        {
            var longest = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == c)
                {
                    var run = RunLength(text, i, c);
                    longest = Math.Max(longest, run);
                    i += run;
                }
                else
                {
                    i++;
                }
            }

            return longest;
        }

        private static string OneLine(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '\n' || chars[i] == '\r' || chars[i] == '\t' || chars[i] == '\u2028' || chars[i] == '\u2029')
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }
    }
}
