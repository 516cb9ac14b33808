using System.Collections.Generic;
using Sprache;
using WebIdl.Language.Lexing;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

// Parsers refer to each other recursively; nullable analysis of static initializers sees fields declared later
// as null, but every parser is assigned before the first parse runs.
#pragma warning disable CS8602, CS8604

namespace WebIdl.Language.Parsing
{
    /// <summary>This part: extended attributes, arguments and default values.</summary>
    internal static partial class Grammar
    {
        /// <summary>A constant value: decimal, integer, <c>true</c>, <c>false</c>, <c>Infinity</c>, <c>-Infinity</c> or <c>NaN</c>.</summary>
        internal static readonly Parser<DefaultValue> ConstValue = i =>
        {
            var input = (TokenInput)i;
            var token = input.Token;
            DefaultValue? value = token.Kind switch
            {
                TokenKind.Decimal or TokenKind.Integer => new DefaultValue { Kind = "number", Value = token.Text },
                TokenKind.Inline => token.Text switch
                {
                    "true" or "false" => new DefaultValue { Kind = "boolean", Value = token.Text },
                    "Infinity" => new DefaultValue { Kind = "Infinity" },
                    "-Infinity" => new DefaultValue { Kind = "Infinity", Negative = true },
                    "NaN" => new DefaultValue { Kind = "NaN" },
                    _ => null,
                },
                _ => null,
            };
            return value is null
                ? Result.Failure<DefaultValue>(i, "constant value", System.Array.Empty<string>())
                : Result.Success(value with { Span = input.TokenSpan }, input.Next);
        };

        /// <summary><c>= value</c> for optional arguments and dictionary members.</summary>
        internal static readonly Parser<DefaultValue?> Default = i =>
        {
            var input = (TokenInput)i;
            if (!input.Token.Is("="))
            {
                return Result.Success<DefaultValue?>(null, i);
            }

            input = input.Next;
            var constant = ConstValue(input);
            if (constant.WasSuccessful)
            {
                return Result.Success<DefaultValue?>(constant.Value, constant.Remainder);
            }

            var token = input.Token;
            if (token.Kind == TokenKind.String)
            {
                var text = token.Text.Substring(1, token.Text.Length - 2);
                return Result.Success<DefaultValue?>(new DefaultValue { Kind = "string", Value = text, Span = input.TokenSpan }, input.Next);
            }

            if (token.Is("null"))
            {
                return Result.Success<DefaultValue?>(new DefaultValue { Kind = "null", Span = input.TokenSpan }, input.Next);
            }

            if (token.Is("[") || token.Is("{"))
            {
                var sequence = token.Is("[");
                var close = input.Next;
                if (!close.Token.Is(sequence ? "]" : "}"))
                {
                    throw Tok.Abort(close, sequence ? "Default sequence value must be empty" : "Default dictionary value must be empty");
                }

                var kind = sequence ? "sequence" : "dictionary";
                return Result.Success<DefaultValue?>(new DefaultValue { Kind = kind, Span = input.SpanTo(close.Next) }, close.Next);
            }

            throw Tok.Abort(input, "No value for default");
        };

        /// <summary>
        /// The legacy <c>in</c> before an argument. It is only taken as the keyword when the modern reading
        /// (a type named <c>in</c> followed by the argument name) does not fit.
        /// </summary>
        private static readonly Parser<bool> LegacyIn = i =>
        {
            var input = (TokenInput)i;
            if (!input.Token.IsIdentifier("in"))
            {
                return Result.Success(false, i);
            }

            var next = input.Next.Token;
            if (next.Is("?") || next.Is("...") || next.Is(",") || next.Is(")"))
            {
                return Result.Success(false, i);
            }

            var after = input.Next.Next.Token;
            var nameLike = next.Kind == TokenKind.Identifier || (next.Kind == TokenKind.Inline && IsArgumentNameKeyword(next.Text));
            if (nameLike && (after.Is(",") || after.Is(")") || after.Is("=")))
            {
                return Result.Success(false, i);
            }

            input.Context.Legacy(input, "'in' before an argument");
            return Result.Success(true, input.Next);
        };

        private static bool IsArgumentNameKeyword(string text) => System.Array.IndexOf(Keywords.ArgumentNameKeywords, text) >= 0;

        private static readonly Parser<Token> ArgumentName = i =>
        {
            var input = (TokenInput)i;
            var token = input.Token;
            return token.Kind == TokenKind.Identifier || (token.Kind == TokenKind.Inline && IsArgumentNameKeyword(token.Text))
                ? Result.Success(token, input.Next)
                : Result.Failure<Token>(i, "argument name", System.Array.Empty<string>());
        };

        /// <summary>One argument. Fails without consuming when it is not an argument (the list then ends).</summary>
        internal static readonly Parser<Argument> ArgumentItem = i =>
        {
            var start = (TokenInput)i;
            var attributes = ExtendedAttributeList(i);
            var legacyIn = LegacyIn(attributes.Remainder);
            var input = (TokenInput)legacyIn.Remainder;
            var optional = input.Token.Is("optional");
            if (optional)
            {
                input = input.Next;
            }

            var type = TypeWithExtendedAttributes(input);
            if (!type.WasSuccessful)
            {
                return Result.Failure<Argument>(i, "argument", System.Array.Empty<string>());
            }

            input = (TokenInput)type.Remainder;
            var variadic = false;
            if (!optional && input.Token.Is("..."))
            {
                variadic = true;
                input = input.Next;
            }

            var name = ArgumentName(input);
            if (!name.WasSuccessful)
            {
                return Result.Failure<Argument>(i, "argument", System.Array.Empty<string>());
            }

            var nameInput = input;
            input = (TokenInput)name.Remainder;
            DefaultValue? value = null;
            if (optional)
            {
                var parsed = Default(input);
                value = parsed.Value;
                input = (TokenInput)parsed.Remainder;
            }

            var argument = new Argument
            {
                Name = Unescape(name.Value.Text),
                ExtAttrs = attributes.Value,
                Type = type.Value,
                Optional = optional,
                Variadic = variadic,
                Default = value,
                LegacyIn = legacyIn.Value,
                Span = start.SpanTo(input),
            };
            return Result.Success(argument, input);
        };

        /// <summary>A comma-separated argument list (the parentheses are the caller's).</summary>
        internal static readonly Parser<Argument[]> ArgumentList = Tok.CommaList(ArgumentItem, "arguments list");

        private static readonly string[] ExtendedAttributeValueKinds = { "identifier", "decimal", "integer", "string" };

        private static string KindName(TokenKind kind) => kind switch
        {
            TokenKind.Identifier => "identifier",
            TokenKind.Decimal => "decimal",
            TokenKind.Integer => "integer",
            TokenKind.String => "string",
            _ => "",
        };

        /// <summary>The list of an <c>[Name=(a, b)]</c> right-hand side: all items of one kind.</summary>
        private static IResult<string[]> ExtendedAttributeValues(TokenInput input)
        {
            foreach (var kindName in ExtendedAttributeValueKinds)
            {
                var kind = kindName switch
                {
                    "identifier" => TokenKind.Identifier,
                    "decimal" => TokenKind.Decimal,
                    "integer" => TokenKind.Integer,
                    _ => TokenKind.String,
                };
                if (input.Token.Kind != kind)
                {
                    continue;
                }

                var values = new List<string>();
                while (true)
                {
                    values.Add(Unescape(input.Token.Text));
                    input = input.Next;
                    if (!input.Token.Is(","))
                    {
                        break;
                    }

                    input = input.Next;
                    if (input.Token.Kind != kind)
                    {
                        throw Tok.Abort(input, $"Trailing comma in {kindName} list");
                    }
                }

                return Result.Success(values.ToArray(), input);
            }

            throw Tok.Abort(input, "Expected identifiers, strings, decimals, or integers but none found");
        }

        /// <summary>One extended attribute.</summary>
        internal static readonly Parser<ExtendedAttribute> ExtendedAttributeItem = i =>
        {
            var start = (TokenInput)i;
            if (start.Token.Kind != TokenKind.Identifier)
            {
                return Result.Failure<ExtendedAttribute>(i, "extended attribute", System.Array.Empty<string>());
            }

            var name = start.Token.Text;
            var input = start.Next;
            ExtendedAttributeRhs? rhs = null;
            Argument[] arguments = System.Array.Empty<Argument>();
            var hasArguments = false;
            var assign = input.Token.Is("=");
            Token? secondary = null;
            if (assign)
            {
                input = input.Next;
                if (input.Token.Is("*"))
                {
                    rhs = new ExtendedAttributeRhs { Kind = "*" };
                    input = input.Next;
                    return Result.Success(new ExtendedAttribute { Name = name, Rhs = rhs, Span = start.SpanTo(input) }, input);
                }

                var kind = KindName(input.Token.Kind);
                if (kind.Length > 0)
                {
                    secondary = input.Token;
                    rhs = new ExtendedAttributeRhs { Kind = kind, Value = Unescape(input.Token.Text) };
                    input = input.Next;
                }
            }

            if (input.Token.Is("("))
            {
                input = input.Next;
                if (assign && secondary is null)
                {
                    var kind = KindName(input.Token.Kind);
                    var values = ExtendedAttributeValues(input);
                    rhs = new ExtendedAttributeRhs { Kind = kind + "-list", Values = values.Value };
                    input = (TokenInput)values.Remainder;
                }
                else
                {
                    var list = ArgumentList(input);
                    arguments = list.Value;
                    hasArguments = true;
                    input = (TokenInput)list.Remainder;
                }

                if (!input.Token.Is(")"))
                {
                    throw Tok.Abort(input, "Unexpected token in extended attribute argument list");
                }

                input = input.Next;
            }
            else if (assign && secondary is null)
            {
                throw Tok.Abort(input, "No right hand side to extended attribute assignment");
            }

            var attribute = new ExtendedAttribute
            {
                Name = name,
                Rhs = rhs,
                Arguments = arguments,
                HasArgumentList = hasArguments,
                Span = start.SpanTo(input),
            };
            return Result.Success(attribute, input);
        };

        private static readonly Parser<ExtendedAttribute[]> NestedExtendedAttributeItems = Tok.Nested(
            Tok.CommaList(ExtendedAttributeItem, "extended attribute"));

        /// <summary><c>[A, B=c, D(args)]</c>, or an empty list (consuming nothing) when there is no <c>[</c>.</summary>
        internal static readonly Parser<EquatableArray<ExtendedAttribute>> ExtendedAttributeList = i =>
        {
            var input = (TokenInput)i;
            if (!input.Token.Is("["))
            {
                return Result.Success(EquatableArray<ExtendedAttribute>.Empty, i);
            }

            var items = NestedExtendedAttributeItems(input.Next);
            var end = (TokenInput)items.Remainder;
            if (!end.Token.Is("]"))
            {
                throw Tok.Abort(end, "Expected a closing token for the extended attribute list");
            }

            if (items.Value.Length == 0)
            {
                throw Tok.Abort(end, "An extended attribute list must not be empty");
            }

            end = end.Next;
            if (end.Token.Is("["))
            {
                throw Tok.Abort(end, "Illegal double extended attribute lists, consider merging them");
            }

            return Result.Success(new EquatableArray<ExtendedAttribute>(items.Value), end);
        };
    }
}
