using System;
using System.Collections.Generic;
using Sprache;
using WebIdl.Language.Lexing;
using WebIdl.Language.Text;

namespace WebIdl.Language.Parsing
{
    /// <summary>
    /// Sprache input over the token array instead of characters. The lexer creates one per token, so advancing allocates nothing and equality is identity.
    /// </summary>
    internal sealed class TokenInput : IInput
    {
        private IDictionary<object, object>? memos;

        public TokenInput(ParseContext context, int index, Token token)
        {
            Context = context;
            Index = index;
            Token = token;
        }

        public ParseContext Context { get; }

        public int Index { get; }

        public Token Token { get; }

        public string Source => Context.Text;

        public char Current => Token.Text.Length > 0 ? Token.Text[0] : '\0';

        public bool AtEnd => Token.Kind == TokenKind.Eof;

        public int Position => Token.Start;

        public int Line => Token.Line;

        public int Column => Token.Column;

        public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

        /// <summary>The next position (the end of input stays at the end).</summary>
        public TokenInput Next => AtEnd ? this : Context.At(Index + 1);

        public IInput Advance()
        {
            if (AtEnd)
            {
                throw new InvalidOperationException("Cannot advance past the end of the input.");
            }

            return Next;
        }

        /// <summary>The span from this token up to (not including) <paramref name="end"/>.</summary>
        public SourceSpan SpanTo(TokenInput end) => Context.Span(Index, end.Index);

        /// <summary>The span of this token alone.</summary>
        public SourceSpan TokenSpan => Context.Span(Index, Index + 1);

        /// <summary>
        /// Where an error at this position is reported: the token itself, or, at the end of input, just after the
        /// last token (so "missing ;" points at the line that lacks it, as webidl2.js does).
        /// </summary>
        public SourceSpan ErrorSpan
        {
            get
            {
                if (!AtEnd || Index == 0)
                {
                    return TokenSpan;
                }

                var previous = Context.TokenAt(Index - 1);
                var newline = previous.Text.LastIndexOf('\n');
                var column = newline < 0 ? previous.Column + previous.Text.Length : previous.Text.Length - newline;
                var line = previous.Line + CountNewlines(previous.Text);
                return new SourceSpan(Context.Path, previous.End, 0, line, column);
            }
        }

        private static int CountNewlines(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The documentation comment directly before this token, or null.</summary>
        public string? Documentation => Context.DocumentationBefore(Index);

        public bool Equals(IInput? other) => ReferenceEquals(this, other);

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => Index;

        public override string ToString() => $"token {Index} ({Token.Describe()}) at {Line}:{Column}";
    }
}
