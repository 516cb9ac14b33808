using System;
using System.Collections.Generic;
using Sprache;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Lexing;

namespace WebIdl.Language.Parsing
{
    /// <summary>
    /// Terminals and combinators over <see cref="TokenInput"/>. Terminals look at one token and never format
    /// messages on failure; <see cref="Expect{T}"/> and <see cref="Invalid{T}"/> raise a <see cref="SyntaxAbort"/>
    /// once a production has committed, which is how webidl2.js reports errors too.
    /// </summary>
    internal static class Tok
    {
        private static readonly string[] NoExpectations = Array.Empty<string>();

        /// <summary>The current position, consuming nothing.</summary>
        public static readonly Parser<TokenInput> Here = i => Result.Success((TokenInput)i, i);

        /// <summary>Any identifier (not a keyword).</summary>
        public static readonly Parser<Token> Identifier = Kind(TokenKind.Identifier);

        /// <summary>A string literal.</summary>
        public static readonly Parser<Token> String = Kind(TokenKind.String);

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

        /// <summary>One of several keywords or punctuation marks.</summary>
        public static Parser<Token> Inline(params string[] texts)
        {
            var set = new HashSet<string>(texts, StringComparer.Ordinal);
            return i =>
            {
                var input = (TokenInput)i;
                var token = input.Token;
                return token.Kind == TokenKind.Inline && set.Contains(token.Text)
                    ? Result.Success(token, input.Next)
                    : Result.Failure<Token>(i, texts[0], texts);
            };
        }

        /// <summary>A token of one kind.</summary>
        public static Parser<Token> Kind(TokenKind kind)
        {
            var expectation = new[] { kind.ToString().ToLowerInvariant() };
            return i =>
            {
                var input = (TokenInput)i;
                return input.Token.Kind == kind
                    ? Result.Success(input.Token, input.Next)
                    : Result.Failure<Token>(i, expectation[0], expectation);
            };
        }

        /// <summary>A token of any of the given kinds.</summary>
        public static Parser<Token> Kind(params TokenKind[] kinds) => i =>
        {
            var input = (TokenInput)i;
            return Array.IndexOf(kinds, input.Token.Kind) >= 0
                ? Result.Success(input.Token, input.Next)
                : Result.Failure<Token>(i, "token", NoExpectations);
        };

        /// <summary>An identifier spelled <paramref name="word"/> (legacy keywords are plain identifiers to webidl2.js).</summary>
        public static Parser<Token> Word(string word) => i =>
        {
            var input = (TokenInput)i;
            return input.Token.IsIdentifier(word)
                ? Result.Success(input.Token, input.Next)
                : Result.Failure<Token>(i, word, NoExpectations);
        };

        /// <summary>Succeeds without consuming when <paramref name="predicate"/> holds for the current position.</summary>
        public static Parser<TokenInput> Peek(Func<TokenInput, bool> predicate) => i =>
        {
            var input = (TokenInput)i;
            return predicate(input) ? Result.Success(input, i) : Result.Failure<TokenInput>(i, "lookahead", NoExpectations);
        };

        /// <summary>A parser defined later (recursion). Unlike Sprache's <c>Parse.Ref</c>, it keeps no memo table.</summary>
        public static Parser<T> Ref<T>(Func<Parser<T>> reference)
        {
            Parser<T>? parser = null;
            return i => (parser ??= reference())(i);
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

        /// <summary>The value of <paramref name="parser"/>, or null (consuming nothing) when it fails.</summary>
        public static Parser<T?> OrNull<T>(this Parser<T> parser)
            where T : class => i =>
        {
            var result = parser(i);
            return result.WasSuccessful ? Result.Success<T?>(result.Value, result.Remainder) : Result.Success<T?>(null, i);
        };

        /// <summary>The token, or null (consuming nothing) when <paramref name="parser"/> fails.</summary>
        public static Parser<Token?> Maybe(this Parser<Token> parser) => i =>
        {
            var result = parser(i);
            return result.WasSuccessful ? Result.Success<Token?>(result.Value, result.Remainder) : Result.Success<Token?>(null, i);
        };

        /// <summary>True and consumed when <paramref name="parser"/> matches, false otherwise.</summary>
        public static Parser<bool> Flag(this Parser<Token> parser) => i =>
        {
            var result = parser(i);
            return result.WasSuccessful ? Result.Success(true, result.Remainder) : Result.Success(false, i);
        };

        /// <summary>Commits: when <paramref name="parser"/> fails, the parse stops with "Expected <paramref name="what"/>, found …".</summary>
        public static Parser<T> Expect<T>(this Parser<T> parser, string what) => i =>
        {
            var result = parser(i);
            if (result.WasSuccessful)
            {
                return result;
            }

            var at = (TokenInput)i;
            throw new SyntaxAbort(DiagnosticCatalogue.UnexpectedToken, at, new object?[] { what, at.Token.Describe() });
        };

        /// <summary>Stops the parse at the current position with <paramref name="message"/>.</summary>
        public static Parser<T> Invalid<T>(string message) => i =>
            throw new SyntaxAbort(DiagnosticCatalogue.InvalidConstruct, (TokenInput)i, new object?[] { message });

        /// <summary>Stops the parse with <paramref name="message"/> when <paramref name="guard"/> matches here.</summary>
        public static Parser<bool> Forbid<T>(Parser<T> guard, string message) => i =>
        {
            if (guard(i).WasSuccessful)
            {
                throw new SyntaxAbort(DiagnosticCatalogue.InvalidConstruct, (TokenInput)i, new object?[] { message });
            }

            return Result.Success(true, i);
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

        /// <summary>Picks a parser by the current token's text (keywords and identifiers alike), or fails.</summary>
        public static Parser<T> Switch<T>(IReadOnlyDictionary<string, Parser<T>> cases) => i =>
        {
            var token = ((TokenInput)i).Token;
            return cases.TryGetValue(token.Text, out var parser) && token.Kind is TokenKind.Inline or TokenKind.Identifier
                ? parser(i)
                : Result.Failure<T>(i, "definition", NoExpectations);
        };
    }
}
