using System.Collections.Generic;
using System.Text;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Lexing;
using WebIdl.Language.Text;

namespace WebIdl.Language.Parsing
{
    /// <summary>The state of one parse: the text, its tokens, options, nesting depth and the reused input positions.</summary>
    internal sealed class ParseContext
    {
        /// <summary>How deep types and argument lists may nest before the parser reports WIDL0005 instead of recursing further.</summary>
        public const int MaxDepth = 64;

        private readonly TokenInput[] inputs;

        public ParseContext(string text, string path, IdlParserOptions options, List<IdlDiagnostic> diagnostics)
        {
            Text = text;
            Path = path;
            Options = options;
            Diagnostics = diagnostics;
            inputs = Lexer.Tokenise(this);
        }

        public string Text { get; }

        public string Path { get; }

        /// <summary>Number of tokens, the final Eof included.</summary>
        public int TokenCount => inputs.Length;

        public Token TokenAt(int index) => inputs[index].Token;

        public IdlParserOptions Options { get; }

        public List<IdlDiagnostic> Diagnostics { get; }

        public int Depth { get; set; }

        public TokenInput At(int index) => inputs[index];

        public SourceSpan Span(int startIndex, int endIndex)
        {
            var first = TokenAt(startIndex);
            if (endIndex <= startIndex)
            {
                return new SourceSpan(Path, first.Start, 0, first.Line, first.Column);
            }

            var last = TokenAt(endIndex - 1);
            return new SourceSpan(Path, first.Start, last.End - first.Start, first.Line, first.Column);
        }

        /// <summary>
        /// Reports use of legacy syntax at <paramref name="at"/>: an error in strict mode, a warning or nothing otherwise.
        /// </summary>
        public void Legacy(TokenInput at, string construct)
        {
            switch (Options.LegacySyntax)
            {
                case LegacySyntaxHandling.Error:
                    Diagnostics.Add(IdlDiagnostic.Create(DiagnosticCatalogue.LegacySyntaxError, at.TokenSpan, construct));
                    break;
                case LegacySyntaxHandling.Warning:
                    Diagnostics.Add(IdlDiagnostic.Create(DiagnosticCatalogue.LegacySyntaxWarning, at.TokenSpan, construct));
                    break;
            }
        }

        /// <summary>
        /// The comment block that directly precedes token <paramref name="index"/>: consecutive comments with no
        /// blank line between them or before the token. Markers (<c>/**</c>, <c>*/</c>, <c>//</c>, leading <c>*</c>) are stripped.
        /// </summary>
        public string? DocumentationBefore(int index)
        {
            var token = TokenAt(index);
            var start = token.TriviaStart;
            var end = token.Start;
            if (end <= start || Text.IndexOf('/', start, end - start) < 0)
            {
                return null;
            }

            if (index > 0)
            {
                // A comment on the same line as the previous token that is followed by a line break belongs to
                // that token (`long a; // about a`); a block comment between two tokens on one line documents the next.
                var newline = Text.IndexOf('\n', start, end - start);
                if (newline >= 0)
                {
                    start = newline + 1;
                }
            }

            var comments = CommentScanner.Scan(Text, start, end);
            if (comments.Count == 0)
            {
                return null;
            }

            // Walk back from the token while only single line breaks separate the comments.
            var first = comments.Count;
            var boundary = end;
            for (var i = comments.Count - 1; i >= 0; i--)
            {
                if (CountNewlines(comments[i].End, boundary) > 1)
                {
                    break;
                }

                first = i;
                boundary = comments[i].Start;
            }

            if (first == comments.Count)
            {
                return null;
            }

            // A `/** … */` comment is documentation on purpose: when the block has one, section comments such as
            // `// ready state` just above it are not part of it.
            for (var i = comments.Count - 1; i >= first; i--)
            {
                var c = comments[i];
                if (c.Block && c.End - c.Start >= 5 && Text[c.Start + 2] == '*')
                {
                    first = i;
                    break;
                }
            }

            var builder = new StringBuilder();
            for (var i = first; i < comments.Count; i++)
            {
                CommentScanner.AppendContent(Text, comments[i], builder);
            }

            var doc = builder.ToString().Trim();
            return doc.Length == 0 ? null : doc;
        }

        /// <summary>All comments before token <paramref name="index"/> that are not part of its documentation block, or null.</summary>
        public string? DetachedCommentsBefore(int index)
        {
            var token = TokenAt(index);
            var comments = CommentScanner.Scan(Text, token.TriviaStart, token.Start);
            if (comments.Count == 0)
            {
                return null;
            }

            var boundary = token.Start;
            var last = comments.Count - 1;
            while (last >= 0 && CountNewlines(comments[last].End, boundary) <= 1 && index < TokenCount - 1)
            {
                boundary = comments[last].Start;
                last--;
            }

            if (last < 0)
            {
                return null;
            }

            var builder = new StringBuilder();
            for (var i = 0; i <= last; i++)
            {
                CommentScanner.AppendContent(Text, comments[i], builder);
            }

            var text = builder.ToString().Trim();
            return text.Length == 0 ? null : text;
        }

        private int CountNewlines(int from, int to)
        {
            var count = 0;
            for (var i = from; i < to; i++)
            {
                if (Text[i] == '\n')
                {
                    count++;
                }
            }

            return count;
        }
    }
}
