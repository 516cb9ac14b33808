using System;
using System.Collections.Generic;
using Sprache;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Lexing;

namespace WebIdl.Language.Parsing
{
    /// <summary>
    /// Terminals and combinators over <see cref="TokenInput"/>. Terminals look at one token and never format
    /// messages on failure; productions call <see cref="Abort"/> to raise a <see cref="SyntaxAbort"/>
    /// once a production has committed, which is how webidl2.js reports errors too.
    /// </summary>
    internal static class Tok
    {
        /// <summary>The current position, consuming nothing.</summary>
        public static readonly Parser<TokenInput> Here = i => Result.Success((TokenInput)i, i);

        /// <summary>A keyword or punctuation mark.</summary>
        public static Parser<Token> Inline(string text)
        {
            var expectation = new[] { text };
            return i =>
            {
                var input = (TokenInput)i;
                var token = input.Token;
                return token.Kind == TokenKind.Inline && (ReferenceEquals(token.Text, text) || token.Text == text)
                    ? Result.Success(token, input.Next)
                    : Result.Failure<Token>(i, text, expectation);
            };
        }

        /// <summary>The first alternative that succeeds, without building merged error messages.</summary>
        public static Parser<T> Choice<T>(params Parser<T>[] alternatives) => i =>
        {
            IResult<T>? failure = null;
            foreach (var alternative in alternatives)
            {
                var result = alternative(i);
                if (result.WasSuccessful)
                {
                    return result;
                }

                failure ??= result;
            }

            return failure!;
        };

        /// <summary>
        /// Fails the parse with <paramref name="message"/> (webidl2.js's wording) at <paramref name="at"/>. Messages
        /// about a missing piece also say what was found there: <c>Attribute lacks a name, found ';'</c>.
        /// </summary>
        public static SyntaxAbort Abort(TokenInput at, string message) =>
            new SyntaxAbort(DiagnosticCatalogue.InvalidConstruct, at, new object?[] { IsAboutMissingPiece(message) ? message + ", found " + at.Token.Describe() : message });

        private static readonly string[] MissingPieceWords =
        {
            "lacks", "Missing", "No ", "Unterminated", "Unknown member", "Unrecognised", "Bodyless", "Expected", "Unexpected token",
            "Incomplete", "Invalid operation", "Trailing comma", "Failed to parse", "Error parsing", "doesn't apply", "must be one of",
        };

        private static bool IsAboutMissingPiece(string message)
        {
            foreach (var word in MissingPieceWords)
            {
                if (message.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A comma-separated list as webidl2.js's <c>list()</c> reads it: empty when the first item is missing,
        /// and a trailing comma is an error unless <paramref name="allowDangler"/>.
        /// </summary>
        public static Parser<T[]> CommaList<T>(Parser<T> item, string listName, bool allowDangler = false)
        {
            var comma = Inline(",");
            return i =>
            {
                var first = item(i);
                if (!first.WasSuccessful)
                {
                    return Result.Success(Array.Empty<T>(), i);
                }

                var items = new List<T> { first.Value };
                var rest = first.Remainder;
                while (true)
                {
                    var separator = comma(rest);
                    if (!separator.WasSuccessful)
                    {
                        break;
                    }

                    rest = separator.Remainder;
                    var next = item(rest);
                    if (!next.WasSuccessful)
                    {
                        if (!allowDangler)
                        {
                            throw Abort((TokenInput)rest, "Trailing comma in " + listName);
                        }

                        break;
                    }

                    items.Add(next.Value);
                    rest = next.Remainder;
                }

                return Result.Success(items.ToArray(), rest);
            };
        }

        /// <summary>Counts nesting around a recursive production and stops with WIDL0005 past <see cref="ParseContext.MaxDepth"/>.</summary>
        public static Parser<T> Nested<T>(Parser<T> parser) => i =>
        {
            var input = (TokenInput)i;
            var context = input.Context;
            if (context.Depth >= ParseContext.MaxDepth)
            {
                throw new SyntaxAbort(DiagnosticCatalogue.NestingTooDeep, input, new object?[] { ParseContext.MaxDepth });
            }

            context.Depth++;
            try
            {
                return parser(i);
            }
            finally
            {
                context.Depth--;
            }
        };

    }
}
