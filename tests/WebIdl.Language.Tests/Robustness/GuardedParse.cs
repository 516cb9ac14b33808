using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using WebIdl.Language.Diagnostics;
using Xunit;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>
    /// Runs <see cref="IdlParser.Parse"/> on its own thread with a 1 MB stack and a time limit, and checks what every
    /// result must satisfy whatever the input: no exception, no internal error, diagnostics inside the text with
    /// 1-based line and column that match their offset, definitions inside the text.
    /// </summary>
    internal static class GuardedParse
    {
        /// <summary>The stack of the parse thread: the default size, to show that no input needs more.</summary>
        public const int StackSize = 1024 * 1024;

        /// <summary>How long one parse may take before the test calls it a hang.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

        /// <summary>Parses <paramref name="text"/> under the guard; <paramref name="what"/> names the input in failures.</summary>
        public static ParseResult Parse(string text, string what, IdlParserOptions? options = null)
        {
            ParseResult? result = null;
            Exception? error = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        result = IdlParser.Parse(text, "fuzz.webidl", options);
                    }
                    catch (Exception ex)
                    {
                        error = ex;
                    }
                },
                StackSize)
            {
                IsBackground = true,
                Name = "guarded parse",
            };
            thread.Start();
            if (!thread.Join(Timeout))
            {
                // The thread is abandoned (it is a background thread); the test fails either way.
                Assert.Fail($"IdlParser.Parse did not finish within {Timeout.TotalSeconds} s for {what}: {Show(text)}");
            }

            if (error is not null)
            {
                Assert.Fail($"IdlParser.Parse threw {error.GetType().Name}: {error.Message} for {what}: {Show(text)}\n{error.StackTrace}");
            }

            CheckInvariants(text, result!, what);
            return result!;
        }

        /// <summary>The checks every parse result must pass.</summary>
        public static void CheckInvariants(string text, ParseResult result, string what)
        {
            var lines = result.Diagnostics.IsEmpty ? null : new LineMap(text);
            foreach (var diagnostic in result.Diagnostics)
            {
                var span = diagnostic.Span;
                if (diagnostic.Id == DiagnosticCatalogue.InternalError.Id)
                {
                    Assert.Fail($"The parser caught an exception of its own ({diagnostic}) for {what}: {Show(text)}");
                }

                if (span.Line < 1 || span.Column < 1 || span.Start < 0 || span.Length < 0 || span.End > text.Length)
                {
                    Assert.Fail($"Diagnostic outside the text ({diagnostic}, start {span.Start}, length {span.Length}, text length {text.Length}) for {what}: {Show(text)}");
                }

                var (line, column) = lines!.LineAndColumn(span.Start);
                if (span.Line != line || span.Column != column)
                {
                    Assert.Fail($"Diagnostic at ({span.Line},{span.Column}) but its offset {span.Start} is at ({line},{column}): {diagnostic} for {what}: {Show(text)}");
                }
            }

            foreach (var definition in result.File.Definitions)
            {
                if (definition.Span.Start < 0 || definition.Span.End > text.Length)
                {
                    Assert.Fail($"Definition {definition.Name} spans {definition.Span.Start}..{definition.Span.End}, outside the text ({text.Length}) for {what}");
                }
            }

            if (!IsTrivia(text) && result.File.Definitions.IsEmpty && result.Diagnostics.IsEmpty)
            {
                Assert.Fail($"Neither a definition nor a diagnostic for non-trivia input {what}: {Show(text)}");
            }
        }

        /// <summary>
        /// True when <paramref name="text"/> holds only whitespace and complete comments (and a leading byte order mark):
        /// an independent reading of the lexer's trivia rules.
        /// </summary>
        public static bool IsTrivia(string text)
        {
            var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    i++;
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    while (i < text.Length && text[i] != '\n' && text[i] != '\r' && text[i] != '\u2028' && text[i] != '\u2029')
                    {
                        i++;
                    }
                }
                else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return false;
                    }

                    i = end + 2;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A printable excerpt of an input for failure messages.</summary>
        public static string Show(string text)
        {
            const int Max = 400;
            var excerpt = text.Length <= Max ? text : text.Substring(0, Max / 2) + " … " + text.Substring(text.Length - Max / 2);
            return "\"" + string.Concat(excerpt.Select(c => c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            })) + $"\" ({text.Length} chars)";
        }
    }

    /// <summary>Where each line of a text starts (lines end at <c>\n</c>, as the lexer counts them), for offset to 1-based line and column.</summary>
    internal sealed class LineMap
    {
        private readonly List<int> starts = new List<int>();

        public LineMap(string text)
        {
            // A byte order mark is not part of the first line's columns.
            starts.Add(text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) LineAndColumn(int offset)
        {
            var index = starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            line = Math.Max(0, line);
            return (line + 1, Math.Max(1, offset - starts[line] + 1));
        }
    }
}
