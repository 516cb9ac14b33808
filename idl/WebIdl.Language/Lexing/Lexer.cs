using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Parsing;
using WebIdl.Language.Text;

namespace WebIdl.Language.Lexing
{
    /// <summary>
    /// Splits WebIDL text into tokens the way webidl2.js's tokeniser does, but by hand on the string:
    /// no regular expressions and no copies of the remaining input, so it is linear in the input size.
    /// Whitespace and comments become trivia, remembered by offset on the following token.
    /// </summary>
    internal sealed class Lexer
    {
        private readonly string text;
        private readonly string path;
        private readonly ParseContext context;
        private readonly List<TokenInput> tokens;
        private readonly List<IdlDiagnostic> diagnostics;
        private int pos;
        private int line = 1;
        private int lineStart;
        private string? punctuation;

        private Lexer(ParseContext context)
        {
            this.context = context;
            text = context.Text;
            path = context.Path;
            diagnostics = context.Diagnostics;
            tokens = new List<TokenInput>(text.Length / 5 + 4);
        }

        /// <summary>
        /// Tokenises the context's text into parser inputs, one per token (the token and its Sprache input are one
        /// object, so a parse allocates nothing per position beyond it). Lexical problems go to the context's
        /// diagnostics. The last token is Eof.
        /// </summary>
        public static TokenInput[] Tokenise(ParseContext context)
        {
            var lexer = new Lexer(context);
            lexer.Run();
            return lexer.tokens.ToArray();
        }

        private void Add(Token token) => tokens.Add(new TokenInput(context, tokens.Count, token));

        private void Run()
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                pos = 1;
                lineStart = 1;
            }

            var triviaStart = pos;
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    SkipWhitespace();
                    continue;
                }

                if (c == '/' && pos + 1 < text.Length && (text[pos + 1] == '/' || text[pos + 1] == '*'))
                {
                    if (SkipComment())
                    {
                        continue;
                    }
                }

                var start = pos;
                var startLine = line;
                var column = pos - lineStart + 1;
                punctuation = null;
                TokenKind kind;
                if (IsWordStart(c))
                {
                    kind = LexWordOrNumber();
                }
                else if (c == '"')
                {
                    kind = LexString();
                }
                else
                {
                    kind = LexPunctuationOrOther();
                }

                var keyword = kind == TokenKind.Identifier ? Keywords.Find(text, start, pos - start) : null;
                if (keyword != null)
                {
                    kind = TokenKind.Inline;
                }

                var raw = punctuation ?? keyword ?? text.Substring(start, pos - start);
                if (kind == TokenKind.Identifier)
                {
                    if (Keywords.Reserved.Contains(raw))
                    {
                        diagnostics.Add(IdlDiagnostic.Create(
                            DiagnosticCatalogue.ReservedIdentifier,
                            new SourceSpan(path, start, raw.Length, startLine, column),
                            raw.StartsWith("_", System.StringComparison.Ordinal) ? raw.Substring(1) : raw));
                    }
                }

                Add(new Token(kind, raw, start, startLine, column, triviaStart));
                triviaStart = pos;
            }

            Add(new Token(TokenKind.Eof, "", text.Length, line, text.Length - lineStart + 1, triviaStart));
        }

        private static bool IsWordStart(char c) =>
            c == '-' || c == '.' || c == '_' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

        private static bool IsIdentifierPart(char c) => IsLetter(c) || IsDigit(c) || c == '_' || c == '-';

        private char At(int i) => i < text.Length ? text[i] : '\0';

        private void SkipWhitespace()
        {
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == '\n')
                {
                    line++;
                    lineStart = pos + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                pos++;
            }
        }

        /// <summary>Skips a comment at <see cref="pos"/>. Returns false when a <c>/*</c> never ends (reported, rest of input skipped).</summary>
        private bool SkipComment()
        {
            if (text[pos + 1] == '/')
            {
                // `//.*`: JavaScript's `.` stops at \n, \r, U+2028 and U+2029.
                pos += 2;
                while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r' && text[pos] != '\u2028' && text[pos] != '\u2029')
                {
                    pos++;
                }

                return true;
            }

            var end = text.IndexOf("*/", pos + 2, System.StringComparison.Ordinal);
            if (end < 0)
            {
                diagnostics.Add(IdlDiagnostic.Create(
                    DiagnosticCatalogue.UnterminatedComment,
                    new SourceSpan(path, pos, text.Length - pos, line, pos - lineStart + 1)));
                end = text.Length - 2;
            }

            for (var i = pos; i < end + 2; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            pos = end + 2;
            return true;
        }

        private TokenKind LexWordOrNumber()
        {
            var decimalEnd = MatchDecimal(pos);
            if (decimalEnd > 0)
            {
                pos = decimalEnd;
                return TokenKind.Decimal;
            }

            var integerEnd = MatchInteger(pos);
            if (integerEnd > 0)
            {
                pos = integerEnd;
                return TokenKind.Integer;
            }

            var identifierEnd = MatchIdentifier(pos);
            if (identifierEnd > 0)
            {
                pos = identifierEnd;
                return TokenKind.Identifier;
            }

            return LexPunctuationOrOther();
        }

        // -?(?=[0-9]*\.|[0-9]+[eE])(([0-9]+\.[0-9]*|[0-9]*\.[0-9]+)([Ee][-+]?[0-9]+)?|[0-9]+[Ee][-+]?[0-9]+)
        private int MatchDecimal(int i)
        {
            if (At(i) == '-')
            {
                i++;
            }

            var digitsStart = i;
            while (IsDigit(At(i)))
            {
                i++;
            }

            var intDigits = i - digitsStart;
            if (At(i) == '.')
            {
                i++;
                var fracStart = i;
                while (IsDigit(At(i)))
                {
                    i++;
                }

                if (intDigits == 0 && i == fracStart)
                {
                    return -1;
                }

                return MatchExponent(i, optional: true);
            }

            if (intDigits > 0 && (At(i) == 'e' || At(i) == 'E'))
            {
                return MatchExponent(i, optional: false);
            }

            return -1;
        }

        private int MatchExponent(int i, bool optional)
        {
            if (At(i) == 'e' || At(i) == 'E')
            {
                var j = i + 1;
                if (At(j) == '-' || At(j) == '+')
                {
                    j++;
                }

                var digits = j;
                while (IsDigit(At(j)))
                {
                    j++;
                }

                if (j > digits)
                {
                    return j;
                }
            }

            return optional ? i : -1;
        }

        // -?(0([Xx][0-9A-Fa-f]+|[0-7]*)|[1-9][0-9]*)
        private int MatchInteger(int i)
        {
            if (At(i) == '-')
            {
                i++;
            }

            var c = At(i);
            if (c == '0')
            {
                i++;
                if ((At(i) == 'x' || At(i) == 'X') && IsHex(At(i + 1)))
                {
                    i += 2;
                    while (IsHex(At(i)))
                    {
                        i++;
                    }

                    return i;
                }

                while (At(i) >= '0' && At(i) <= '7')
                {
                    i++;
                }

                return i;
            }

            if (c >= '1' && c <= '9')
            {
                while (IsDigit(At(i)))
                {
                    i++;
                }

                return i;
            }

            return -1;
        }

        private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        // [_-]?[A-Za-z][0-9A-Z_a-z-]*
        private int MatchIdentifier(int i)
        {
            if (At(i) == '_' || At(i) == '-')
            {
                i++;
            }

            if (!IsLetter(At(i)))
            {
                return -1;
            }

            i++;
            while (IsIdentifierPart(At(i)))
            {
                i++;
            }

            return i;
        }

        private TokenKind LexString()
        {
            var end = text.IndexOf('"', pos + 1);
            if (end < 0)
            {
                diagnostics.Add(IdlDiagnostic.Create(
                    DiagnosticCatalogue.UnterminatedString,
                    new SourceSpan(path, pos, text.Length - pos, line, pos - lineStart + 1)));
                pos++;
                return TokenKind.Other;
            }

            for (var i = pos; i < end; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            pos = end + 1;
            return TokenKind.String;
        }

        private TokenKind LexPunctuationOrOther()
        {
            foreach (var p in Keywords.Punctuation)
            {
                if (string.CompareOrdinal(text, pos, p, 0, p.Length) == 0)
                {
                    pos += p.Length;
                    punctuation = p;
                    return TokenKind.Inline;
                }
            }

            // A lone surrogate pair stays together so messages never split a character.
            pos += char.IsHighSurrogate(text[pos]) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;
            return TokenKind.Other;
        }
    }
}
