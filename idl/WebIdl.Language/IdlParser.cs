using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Lexing;
using WebIdl.Language.Parsing;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language
{
    /// <summary>The result of parsing one file: the tree (with every definition that parsed) and the diagnostics.</summary>
    /// <param name="File">The syntax tree.</param>
    /// <param name="Diagnostics">Problems found, in source order.</param>
    public sealed record ParseResult(IdlFile File, EquatableArray<IdlDiagnostic> Diagnostics)
    {
        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var diagnostic in Diagnostics)
                {
                    if (diagnostic.IsError)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>
    /// Parses WebIDL text. Never throws on any input: problems are diagnostics, and after an error the parser
    /// resumes at the next definition so one file reports all its problems.
    /// </summary>
    public static class IdlParser
    {
        /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> is used in spans and diagnostics.</summary>
        public static ParseResult Parse(string text, string path = "", IdlParserOptions? options = null)
        {
            text ??= "";
            path ??= "";
            var diagnostics = new List<IdlDiagnostic>();
            var definitions = new List<DefinitionNode>();
            string? header = null;
            try
            {
                var context = new ParseContext(text, path, options ?? IdlParserOptions.Default, diagnostics);
                header = context.DetachedCommentsBefore(0);
                ParseDefinitions(context, definitions);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Nothing may escape the parser; an internal failure is one more diagnostic.
                diagnostics.Add(IdlDiagnostic.Create(DiagnosticCatalogue.InternalError, new SourceSpan(path, 0, 0, 1, 1), ex.GetType().Name + ": " + ex.Message));
            }

            diagnostics.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            var file = new IdlFile
            {
                Path = path,
                Definitions = definitions.ToArray(),
                HeaderComment = header,
                Span = new SourceSpan(path, 0, text.Length, 1, 1),
            };
            return new ParseResult(file, diagnostics.ToArray());
        }

        private static void ParseDefinitions(ParseContext context, List<DefinitionNode> definitions)
        {
            var input = context.At(0);
            while (!input.AtEnd)
            {
                try
                {
                    context.Depth = 0;
                    var result = Grammar.Definition(input);
                    if (result.WasSuccessful)
                    {
                        definitions.Add(result.Value);
                        input = (TokenInput)result.Remainder;
                        continue;
                    }

                    context.Diagnostics.Add(IdlDiagnostic.Create(
                        DiagnosticCatalogue.UnexpectedToken, input.TokenSpan, "a definition", input.Token.Describe()));
                    input = Recover(context, input.Index, input.Index);
                }
                catch (SyntaxAbort abort)
                {
                    context.Diagnostics.Add(IdlDiagnostic.Create(abort.Descriptor, abort.At.ErrorSpan, abort.Args));
                    input = Recover(context, input.Index, abort.At.Index);
                }
            }
        }

        private static readonly HashSet<string> DefinitionKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "callback", "interface", "partial", "dictionary", "enum", "typedef", "namespace",
        };

        /// <summary>
        /// Finds where to resume after an error in the definition that starts at <paramref name="start"/>:
        /// just after the <c>;</c> that closes it at brace depth zero, or at the next definition keyword at depth zero.
        /// Always moves forward.
        /// </summary>
        private static TokenInput Recover(ParseContext context, int start, int failure)
        {
            var count = context.TokenCount;
            var depth = 0;
            for (var k = start; k < failure && k < count; k++)
            {
                if (context.TokenAt(k).Is("{"))
                {
                    depth++;
                }
                else if (context.TokenAt(k).Is("}"))
                {
                    depth = Math.Max(0, depth - 1);
                }
            }

            var i = Math.Max(failure, start);
            if (i == start)
            {
                // Make progress past the token that failed to start a definition.
                if (context.TokenAt(i).Is("{"))
                {
                    depth++;
                }

                i++;
            }

            for (; i < count - 1; i++)
            {
                var token = context.TokenAt(i);
                if (depth == 0 && token.Kind == TokenKind.Inline && DefinitionKeywords.Contains(token.Text) && i > start)
                {
                    // `partial interface` / `callback interface`: resume at the first keyword.
                    var j = i;
                    if ((token.Is("interface") || token.Is("dictionary") || token.Is("namespace")) && j > 0 && (context.TokenAt(j - 1).Is("partial") || context.TokenAt(j - 1).Is("callback")))
                    {
                        j--;
                    }

                    if (j > start)
                    {
                        return context.At(j);
                    }
                }

                if (token.Is("{"))
                {
                    depth++;
                }
                else if (token.Is("}"))
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (token.Is(";") && depth == 0)
                {
                    return context.At(i + 1);
                }
            }

            return context.At(count - 1);
        }
    }
}
