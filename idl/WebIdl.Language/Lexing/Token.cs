namespace WebIdl.Language.Lexing
{
    /// <summary>The kinds of token the WebIDL lexer produces (the webidl2.js token types).</summary>
    internal enum TokenKind : byte
    {
        /// <summary>An identifier that is not a keyword.</summary>
        Identifier,

        /// <summary>A keyword or a punctuation mark (webidl2.js calls both "inline").</summary>
        Inline,

        /// <summary>An integer literal.</summary>
        Integer,

        /// <summary>A decimal literal.</summary>
        Decimal,

        /// <summary>A string literal, quotes included.</summary>
        String,

        /// <summary>Any other single character.</summary>
        Other,

        /// <summary>End of input.</summary>
        Eof,
    }

    /// <summary>One token, with the position of its text and of the trivia (whitespace and comments) before it.</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, string text, int start, int line, int column, int triviaStart)
        {
            Kind = kind;
            Text = text;
            Start = start;
            Line = line;
            Column = column;
            TriviaStart = triviaStart;
        }

        public TokenKind Kind { get; }

        /// <summary>The token text; keywords and punctuation are the interned strings of <see cref="Keywords"/>.</summary>
        public string Text { get; }

        public int Start { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>Offset where the trivia before this token starts.</summary>
        public int TriviaStart { get; }

        public int End => Start + Text.Length;

        public bool Is(string inline) => Kind == TokenKind.Inline && (ReferenceEquals(Text, inline) || Text == inline);

        public bool IsIdentifier(string word) => Kind == TokenKind.Identifier && Text == word;

        /// <summary>A short description for error messages: <c>'interface'</c>, <c>identifier 'Foo'</c>, <c>end of file</c>.</summary>
        public string Describe() => Kind switch
        {
            TokenKind.Eof => "end of file",
            TokenKind.Identifier => "identifier '" + Text + "'",
            TokenKind.String => "string " + Text,
            TokenKind.Integer or TokenKind.Decimal => "number " + Text,
            _ => "'" + Text + "'",
        };
    }
}
