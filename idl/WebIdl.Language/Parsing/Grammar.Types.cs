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
    /// <summary>The WebIDL grammar as Sprache parsers over tokens. This part: types.</summary>
    internal static partial class Grammar
    {
        /// <summary><c>unsigned short</c>, <c>unrestricted double</c>, <c>boolean</c>, … (one hand-written terminal: it is hot).</summary>
        internal static readonly Parser<IdlType> PrimitiveType = i =>
        {
            var start = (TokenInput)i;
            var input = start;
            var token = input.Token;
            if (token.Kind != TokenKind.Inline)
            {
                return Result.Failure<IdlType>(i, "type", System.Array.Empty<string>());
            }

            string? name;
            switch (token.Text)
            {
                case "unsigned":
                    input = input.Next;
                    name = IntegerName(ref input, "unsigned ");
                    if (name is null)
                    {
                        throw Tok.Abort(input, "Failed to parse integer type");
                    }

                    break;
                case "short":
                case "long":
                    name = IntegerName(ref input, "");
                    break;
                case "unrestricted":
                    input = input.Next;
                    if (!(input.Token.Is("float") || input.Token.Is("double")))
                    {
                        throw Tok.Abort(input, "Failed to parse float type");
                    }

                    name = "unrestricted " + input.Token.Text;
                    input = input.Next;
                    break;
                case "float":
                case "double":
                case "bigint":
                case "boolean":
                case "byte":
                case "octet":
                case "undefined":
                    name = token.Text;
                    input = input.Next;
                    break;
                default:
                    return Result.Failure<IdlType>(i, "type", System.Array.Empty<string>());
            }

            return Result.Success(new IdlType { Name = name, Span = start.SpanTo(input) }, input);
        };

        private static string? IntegerName(ref TokenInput input, string prefix)
        {
            var token = input.Token;
            if (token.Is("short"))
            {
                input = input.Next;
                return prefix + "short";
            }

            if (token.Is("long"))
            {
                input = input.Next;
                if (input.Token.Is("long"))
                {
                    input = input.Next;
                    return prefix + "long long";
                }

                return prefix + "long";
            }

            return null;
        }

        /// <summary>An identifier, a string type or a type-name keyword (<c>any</c>, <c>object</c>, <c>ArrayBuffer</c>, …).</summary>
        internal static readonly Parser<Token> TypeName = i =>
        {
            var input = (TokenInput)i;
            var token = input.Token;
            return token.Kind == TokenKind.Identifier || (token.Kind == TokenKind.Inline && IsTypeNameKeyword(token.Text))
                ? Result.Success(token, input.Next)
                : Result.Failure<Token>(i, "type name", System.Array.Empty<string>());
        };

        private static bool IsTypeNameKeyword(string text) =>
            System.Array.IndexOf(Keywords.StringTypes, text) >= 0 || System.Array.IndexOf(Keywords.TypeNameKeywords, text) >= 0;

        private static readonly Parser<IdlType> NamedType = i =>
        {
            var start = (TokenInput)i;
            var name = TypeName(i);
            if (!name.WasSuccessful)
            {
                return Result.Failure<IdlType>(i, "type", System.Array.Empty<string>());
            }

            var end = (TokenInput)name.Remainder;
            if (end.Token.Is("<"))
            {
                throw Tok.Abort(end, "Unsupported generic type " + name.Value.Text);
            }

            return Result.Success(new IdlType { Name = Unescape(name.Value.Text), Span = start.TokenSpan }, end);
        };

        private static readonly Parser<IdlType> GenericType = i =>
        {
            var start = (TokenInput)i;
            var token = start.Token;
            if (token.Kind != TokenKind.Inline)
            {
                return Result.Failure<IdlType>(i, "generic", System.Array.Empty<string>());
            }

            var generic = token.Text;
            switch (generic)
            {
                case "FrozenArray":
                case "ObservableArray":
                case "Promise":
                case "async_sequence":
                case "sequence":
                case "record":
                    break;
                default:
                    return Result.Failure<IdlType>(i, "generic", System.Array.Empty<string>());
            }

            var input = start.Next;
            if (!input.Token.Is("<"))
            {
                throw Tok.Abort(input, $"No opening bracket after {generic}");
            }

            input = input.Next;
            IdlType[] subtypes;
            switch (generic)
            {
                case "Promise":
                    {
                        if (input.Token.Is("["))
                        {
                            throw Tok.Abort(input, "Promise type cannot have extended attribute");
                        }

                        var sub = ReturnType(input);
                        if (!sub.WasSuccessful)
                        {
                            throw Tok.Abort(input, "Missing Promise subtype");
                        }

                        subtypes = new[] { sub.Value };
                        input = (TokenInput)sub.Remainder;
                        break;
                    }

                case "record":
                    {
                        if (input.Token.Is("["))
                        {
                            throw Tok.Abort(input, "Record key cannot have extended attribute");
                        }

                        var keyToken = input.Token;
                        if (!(keyToken.Kind == TokenKind.Inline && System.Array.IndexOf(Keywords.StringTypes, keyToken.Text) >= 0))
                        {
                            throw Tok.Abort(input, "Record key must be one of: ByteString, DOMString, USVString");
                        }

                        var key = new IdlType { Name = keyToken.Text, Span = input.TokenSpan };
                        input = input.Next;
                        if (!input.Token.Is(","))
                        {
                            throw Tok.Abort(input, "Missing comma after record key type");
                        }

                        input = input.Next;
                        var value = TypeWithExtendedAttributes(input);
                        if (!value.WasSuccessful)
                        {
                            throw Tok.Abort(input, "Error parsing generic type record");
                        }

                        subtypes = new[] { key, value.Value };
                        input = (TokenInput)value.Remainder;
                        break;
                    }

                default:
                    {
                        var sub = TypeWithExtendedAttributes(input);
                        if (!sub.WasSuccessful)
                        {
                            throw Tok.Abort(input, $"Missing {generic} subtype");
                        }

                        subtypes = new[] { sub.Value };
                        input = (TokenInput)sub.Remainder;
                        break;
                    }
            }

            if (!input.Token.Is(">"))
            {
                throw Tok.Abort(input, $"Missing closing bracket after {generic}");
            }

            input = input.Next;
            return Result.Success(new IdlType { Generic = generic, Subtypes = subtypes, Span = start.SpanTo(input) }, input);
        };

        /// <summary>A generic, primitive or named type with its nullable suffix.</summary>
        private static readonly Parser<IdlType> SingleTypeBody = Tok.Choice(GenericType, PrimitiveType, NamedType);

        internal static readonly Parser<IdlType> SingleType = i =>
        {
            var result = SingleTypeBody(i);
            if (!result.WasSuccessful)
            {
                return result;
            }

            var type = result.Value;
            var input = (TokenInput)result.Remainder;
            if (type.Generic == "Promise" && input.Token.Is("?"))
            {
                throw Tok.Abort(input, "Promise type cannot be nullable");
            }

            return Suffix(type, (TokenInput)i, input);
        };

        private static IResult<IdlType> Suffix(IdlType type, TokenInput start, TokenInput input)
        {
            if (!input.Token.Is("?"))
            {
                return Result.Success(type, input);
            }

            input = input.Next;
            if (input.Token.Is("?"))
            {
                throw Tok.Abort(input, "Can't nullable more than once");
            }

            if (type.Name == "any")
            {
                throw Tok.Abort(input, "Type `any` cannot be made nullable");
            }

            return Result.Success(type with { Nullable = true, Span = start.SpanTo(input) }, input);
        }

        /// <summary><c>(A or B or …)</c> with its nullable suffix.</summary>
        internal static readonly Parser<IdlType> UnionType = i =>
        {
            var start = (TokenInput)i;
            if (!start.Token.Is("("))
            {
                return Result.Failure<IdlType>(i, "(", System.Array.Empty<string>());
            }

            var input = start.Next;
            var members = new List<IdlType>();
            while (true)
            {
                var member = TypeWithExtendedAttributes(input);
                if (!member.WasSuccessful)
                {
                    throw Tok.Abort(input, "No type after open parenthesis or 'or' in union type");
                }

                if (member.Value.Name == "any")
                {
                    throw Tok.Abort(input, "Type `any` cannot be included in a union type");
                }

                if (member.Value.Generic == "Promise")
                {
                    throw Tok.Abort(input, "Type `Promise` cannot be included in a union type");
                }

                members.Add(member.Value);
                input = (TokenInput)member.Remainder;
                if (!input.Token.Is("or"))
                {
                    break;
                }

                input = input.Next;
            }

            if (members.Count < 2)
            {
                throw Tok.Abort(input, "At least two types are expected in a union type but found less");
            }

            if (!input.Token.Is(")"))
            {
                throw Tok.Abort(input, "Unterminated union type");
            }

            input = input.Next;
            var union = new IdlType { Union = true, Subtypes = members.ToArray(), Span = start.SpanTo(input) };
            return Suffix(union, start, input);
        };

        /// <summary>A type: single or union.</summary>
        internal static readonly Parser<IdlType> Type = Tok.Nested(Tok.Choice(SingleType, UnionType));

        /// <summary>Extended attributes followed by a type.</summary>
        internal static readonly Parser<IdlType> TypeWithExtendedAttributes = i =>
        {
            var start = (TokenInput)i;
            var attributes = ExtendedAttributeList(i);
            var result = Type(attributes.Remainder);
            if (!result.WasSuccessful || attributes.Value.IsEmpty)
            {
                return result.WasSuccessful ? result : Result.Failure<IdlType>(i, "type", System.Array.Empty<string>());
            }

            var type = result.Value with { ExtAttrs = attributes.Value, Span = start.SpanTo((TokenInput)result.Remainder) };
            return Result.Success(type, result.Remainder);
        };

        private static readonly Parser<IdlType> VoidType =
            from start in Tok.Here
            from token in Tok.Inline("void")
            select new IdlType { Name = "void", Span = start.TokenSpan };

        /// <summary>A return type: a type or <c>void</c>.</summary>
        internal static readonly Parser<IdlType> ReturnType = Tok.Choice(Type, VoidType);

        /// <summary>Removes the escape underscore from an identifier.</summary>
        internal static string Unescape(string identifier) =>
            identifier.Length > 0 && identifier[0] == '_' ? identifier.Substring(1) : identifier;
    }
}
