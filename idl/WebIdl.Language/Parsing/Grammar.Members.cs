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
    /// <summary>This part: members of interfaces, mixins, namespaces, callback interfaces, dictionaries and exceptions.</summary>
    internal static partial class Grammar
    {
        private static IResult<T> Fail<T>(IInput i, string what) => Result.Failure<T>(i, what, System.Array.Empty<string>());

        private static TokenInput Require(TokenInput input, string text, string message)
        {
            if (!input.Token.Is(text))
            {
                throw Tok.Abort(input, message);
            }

            return input.Next;
        }

        /// <summary><c>const Type NAME = value;</c></summary>
        internal static readonly Parser<MemberNode> ConstMember = i =>
        {
            var start = (TokenInput)i;
            if (!start.Token.Is("const"))
            {
                return Fail<MemberNode>(i, "const");
            }

            var input = start.Next;
            IdlType type;
            var primitive = PrimitiveType(input);
            if (primitive.WasSuccessful)
            {
                type = primitive.Value;
                input = (TokenInput)primitive.Remainder;
            }
            else if (input.Token.Kind == TokenKind.Identifier)
            {
                type = new IdlType { Name = Unescape(input.Token.Text), Span = input.TokenSpan };
                input = input.Next;
            }
            else
            {
                throw Tok.Abort(input, "Const lacks a type");
            }

            if (input.Token.Is("?"))
            {
                throw Tok.Abort(input, "Unexpected nullable constant type");
            }

            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, "Const lacks a name");
            }

            var nameInput = input;
            input = Require(input.Next, "=", "Const lacks value assignment");
            var value = ConstValue(input);
            if (!value.WasSuccessful)
            {
                throw Tok.Abort(input, "Const lacks a value");
            }

            input = Require((TokenInput)value.Remainder, ";", "Unterminated const, expected `;`");
            return Result.Success<MemberNode>(
                new ConstMember
                {
                    ConstName = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    Type = type,
                    Value = value.Value,
                    Span = start.SpanTo(input),
                },
                input);
        };

        /// <summary><c>constructor(arguments);</c></summary>
        internal static readonly Parser<MemberNode> ConstructorMember = i =>
        {
            var start = (TokenInput)i;
            if (!start.Token.Is("constructor"))
            {
                return Fail<MemberNode>(i, "constructor");
            }

            var input = Require(start.Next, "(", "No argument list in constructor");
            var arguments = ArgumentList(input);
            input = Require((TokenInput)arguments.Remainder, ")", "Unterminated constructor");
            input = Require(input, ";", "No semicolon after constructor");
            return Result.Success<MemberNode>(
                new ConstructorMember { Arguments = arguments.Value, NameSpan = start.TokenSpan, Span = start.SpanTo(input) },
                input);
        };

        /// <summary>Legacy <c>raises(A, B)</c>, <c>getraises(…)</c> or <c>setraises(…)</c>; null when absent.</summary>
        private static string[]? LegacyRaises(ref TokenInput input, string keyword)
        {
            if (!input.Token.IsIdentifier(keyword) || !input.Next.Token.Is("("))
            {
                return null;
            }

            input.Context.Legacy(input, $"'{keyword}(…)'");
            input = input.Next.Next;
            var names = new List<string>();
            while (input.Token.Kind == TokenKind.Identifier)
            {
                names.Add(Unescape(input.Token.Text));
                input = input.Next;
                if (!input.Token.Is(","))
                {
                    break;
                }

                input = input.Next;
            }

            input = Require(input, ")", $"Unterminated {keyword} list");
            return names.ToArray();
        }

        /// <summary>An attribute parser for one context (webidl2.js's <c>Attribute.parse</c> options).</summary>
        private static Parser<MemberNode> AttributeRest(string special, bool noInherit, bool mustBeReadonly) => i =>
        {
            var start = (TokenInput)i;
            var input = start;
            var actualSpecial = special;
            if (special.Length == 0 && !noInherit && input.Token.Is("inherit"))
            {
                actualSpecial = "inherit";
                input = input.Next;
                if (input.Token.Is("readonly"))
                {
                    throw Tok.Abort(input, "Inherited attributes cannot be read-only");
                }
            }

            var isReadonly = input.Token.Is("readonly");
            if (isReadonly)
            {
                input = input.Next;
            }

            if (mustBeReadonly && !isReadonly && input.Token.Is("attribute"))
            {
                throw Tok.Abort(input, "Attributes must be readonly in this context");
            }

            if (!input.Token.Is("attribute"))
            {
                return Fail<MemberNode>(i, "attribute");
            }

            input = input.Next;
            var type = TypeWithExtendedAttributes(input);
            if (!type.WasSuccessful)
            {
                throw Tok.Abort(input, "Attribute lacks a type");
            }

            input = (TokenInput)type.Remainder;
            var name = input.Token;
            if (!(name.Kind == TokenKind.Identifier || name.Is("async") || name.Is("required")))
            {
                throw Tok.Abort(input, "Attribute lacks a name");
            }

            var nameInput = input;
            input = input.Next;
            string[]? getRaises = null, setRaises = null;
            for (var k = 0; k < 2; k++)
            {
                getRaises ??= LegacyRaises(ref input, "getraises");
                setRaises ??= LegacyRaises(ref input, "setraises");
            }

            input = Require(input, ";", "Unterminated attribute, expected `;`");
            return Result.Success<MemberNode>(
                new AttributeMember
                {
                    AttributeName = Unescape(name.Text),
                    NameSpan = nameInput.TokenSpan,
                    Type = type.Value,
                    Special = actualSpecial,
                    Readonly = isReadonly,
                    GetRaises = getRaises ?? System.Array.Empty<string>(),
                    SetRaises = setRaises ?? System.Array.Empty<string>(),
                    Span = start.SpanTo(input),
                },
                input);
        };

        private static bool IsSpecialKeyword(Token token) => token.Is("getter") || token.Is("setter") || token.Is("deleter");

        private static bool IsLegacySpecial(TokenInput input)
        {
            var token = input.Token;
            if (!(token.IsIdentifier("legacycaller") || token.IsIdentifier("creator")))
            {
                return false;
            }

            // `legacycaller?` or `legacycaller<` would be the modern reading: a type with that name. After `(` it is
            // the legacy keyword when a union return type follows, `legacycaller (A or B) item(…)`; otherwise `(`
            // opens the argument list of an operation returning a type named `legacycaller`.
            var next = input.Next.Token;
            if (next.Is("?") || next.Is("<"))
            {
                return false;
            }

            if (!next.Is("("))
            {
                return true;
            }

            try
            {
                var union = UnionType(input.Next);
                if (!union.WasSuccessful)
                {
                    return false;
                }

                // After the return type: the operation's name (an identifier or `includes`) or its argument list.
                var after = ((TokenInput)union.Remainder).Token;
                return after.Kind == TokenKind.Identifier || after.Is("includes") || after.Is("(");
            }
            catch (SyntaxAbort)
            {
                return false;
            }
        }

        /// <summary>An operation parser for one context (webidl2.js's <c>Operation.parse</c> options).</summary>
        private static Parser<MemberNode> OperationRest(string special, bool regular) => i =>
        {
            var start = (TokenInput)i;
            var input = start;
            if (special == "stringifier" && input.Token.Is(";"))
            {
                input = input.Next;
                return Result.Success<MemberNode>(
                    new OperationMember { Special = special, NameSpan = start.TokenSpan, Span = start.SpanTo(input) },
                    input);
            }

            var actualSpecial = special;
            var legacySpecials = new List<string>();
            if (special.Length == 0 && !regular)
            {
                while (IsSpecialKeyword(input.Token) || IsLegacySpecial(input))
                {
                    var word = input.Token.Text;
                    if (actualSpecial.Length == 0 && IsSpecialKeyword(input.Token))
                    {
                        actualSpecial = word;
                    }
                    else if (actualSpecial.Length > 0 && IsSpecialKeyword(input.Token) && input.Context.Options.LegacySyntax == LegacySyntaxHandling.Error)
                    {
                        throw Tok.Abort(input, "Missing return type");
                    }
                    else
                    {
                        input.Context.Legacy(input, $"'{word}'");
                        legacySpecials.Add(word);
                    }

                    input = input.Next;
                }
            }

            var returnType = ReturnType(input);
            if (!returnType.WasSuccessful)
            {
                if (input == start)
                {
                    return Fail<MemberNode>(i, "operation");
                }

                throw Tok.Abort(input, "Missing return type");
            }

            input = (TokenInput)returnType.Remainder;
            var name = "";
            var nameInput = input;
            if (input.Token.Kind == TokenKind.Identifier || input.Token.Is("includes"))
            {
                name = Unescape(input.Token.Text);
                input = input.Next;
            }

            input = Require(input, "(", "Invalid operation");
            var arguments = ArgumentList(input);
            input = Require((TokenInput)arguments.Remainder, ")", "Unterminated operation");
            var raises = LegacyRaises(ref input, "raises");
            input = Require(input, ";", "Unterminated operation, expected `;`");
            return Result.Success<MemberNode>(
                new OperationMember
                {
                    OperationName = name,
                    NameSpan = name.Length > 0 ? nameInput.TokenSpan : start.TokenSpan,
                    ReturnType = returnType.Value,
                    Arguments = arguments.Value,
                    Special = actualSpecial,
                    LegacySpecials = legacySpecials.ToArray(),
                    Raises = raises ?? System.Array.Empty<string>(),
                    Span = start.SpanTo(input),
                },
                input);
        };

        /// <summary>Legacy <c>jsonifier;</c> and <c>serializer;</c>.</summary>
        private static readonly Parser<MemberNode> LegacySerializer = i =>
        {
            var start = (TokenInput)i;
            var token = start.Token;
            if (!(token.IsIdentifier("jsonifier") || token.IsIdentifier("serializer")) || !start.Next.Token.Is(";"))
            {
                return Fail<MemberNode>(i, "jsonifier");
            }

            start.Context.Legacy(start, $"'{token.Text};'");
            var input = start.Next.Next;
            return Result.Success<MemberNode>(
                new OperationMember { Special = "", LegacySpecials = new[] { token.Text }, NameSpan = start.TokenSpan, Span = start.SpanTo(input) },
                input);
        };

        private static readonly Parser<MemberNode> InterfaceAttribute = AttributeRest("", noInherit: false, mustBeReadonly: false);
        private static readonly Parser<MemberNode> PlainAttribute = AttributeRest("", noInherit: true, mustBeReadonly: false);
        private static readonly Parser<MemberNode> NamespaceAttribute = AttributeRest("", noInherit: true, mustBeReadonly: true);
        private static readonly Parser<MemberNode> StaticAttribute = AttributeRest("static", noInherit: true, mustBeReadonly: false);
        private static readonly Parser<MemberNode> StringifierAttribute = AttributeRest("stringifier", noInherit: true, mustBeReadonly: false);
        private static readonly Parser<MemberNode> InterfaceOperation = OperationRest("", regular: false);
        private static readonly Parser<MemberNode> RegularOperation = OperationRest("", regular: true);
        private static readonly Parser<MemberNode> StaticOperation = OperationRest("static", regular: false);
        private static readonly Parser<MemberNode> StringifierOperation = OperationRest("stringifier", regular: false);

        /// <summary><c>static attribute …</c> or <c>static operation</c>.</summary>
        internal static readonly Parser<MemberNode> StaticMember = i =>
        {
            var start = (TokenInput)i;
            if (!start.Token.Is("static"))
            {
                return Fail<MemberNode>(i, "static");
            }

            var result = StaticAttribute(start.Next);
            if (!result.WasSuccessful)
            {
                result = StaticOperation(start.Next);
            }

            if (!result.WasSuccessful)
            {
                throw Tok.Abort(start.Next, "No body in static member");
            }

            return Result.Success(result.Value with { Span = start.SpanTo((TokenInput)result.Remainder) }, result.Remainder);
        };

        /// <summary><c>stringifier attribute …</c>, <c>stringifier operation</c> or bare <c>stringifier;</c>.</summary>
        internal static readonly Parser<MemberNode> StringifierMember = i =>
        {
            var start = (TokenInput)i;
            if (!start.Token.Is("stringifier"))
            {
                return Fail<MemberNode>(i, "stringifier");
            }

            var result = StringifierAttribute(start.Next);
            if (!result.WasSuccessful)
            {
                result = StringifierOperation(start.Next);
            }

            if (!result.WasSuccessful)
            {
                throw Tok.Abort(start.Next, "Unterminated stringifier");
            }

            var member = result.Value with { Span = start.SpanTo((TokenInput)result.Remainder) };
            if (member is OperationMember { ReturnType: null } bare)
            {
                member = bare with { NameSpan = start.TokenSpan };
            }

            return Result.Success(member, result.Remainder);
        };

        /// <summary><c>iterable&lt;…&gt;</c>, <c>async_iterable&lt;…&gt;(…)</c>, <c>[readonly] maplike&lt;…&gt;</c>, <c>[readonly] setlike&lt;…&gt;</c>.</summary>
        internal static readonly Parser<MemberNode> IterableMember = i =>
        {
            var start = (TokenInput)i;
            var input = start;
            var isReadonly = input.Token.Is("readonly");
            var isAsync = false;
            if (isReadonly)
            {
                input = input.Next;
            }
            else if (input.Token.Is("async"))
            {
                isAsync = true;
                input = input.Next;
            }

            var token = input.Token;
            var kind = isReadonly
                ? (token.Is("maplike") || token.Is("setlike") ? token.Text : null)
                : isAsync
                    ? (token.Is("iterable") ? token.Text : null)
                    : (token.Is("iterable") || token.Is("async_iterable") || token.Is("maplike") || token.Is("setlike") ? token.Text : null);
            if (kind is null)
            {
                return Fail<MemberNode>(i, "iterable");
            }

            var kindInput = input;
            var secondRequired = kind == "maplike";
            var secondAllowed = secondRequired || kind == "iterable" || kind == "async_iterable";
            var argumentsAllowed = kind == "async_iterable" || (isAsync && kind == "iterable");
            input = Require(input.Next, "<", $"Missing less-than sign `<` in {kind} declaration");
            var first = TypeWithExtendedAttributes(input);
            if (!first.WasSuccessful)
            {
                throw Tok.Abort(input, $"Missing a type argument in {kind} declaration");
            }

            var types = new List<IdlType> { first.Value };
            input = (TokenInput)first.Remainder;
            if (secondAllowed)
            {
                if (input.Token.Is(","))
                {
                    input = input.Next;
                    var second = TypeWithExtendedAttributes(input);
                    if (!second.WasSuccessful)
                    {
                        throw Tok.Abort(input, $"Missing second type argument in {kind} declaration");
                    }

                    types.Add(second.Value);
                    input = (TokenInput)second.Remainder;
                }
                else if (secondRequired)
                {
                    throw Tok.Abort(input, $"Missing second type argument in {kind} declaration");
                }
            }

            input = Require(input, ">", $"Missing greater-than sign `>` in {kind} declaration");
            Argument[] arguments = System.Array.Empty<Argument>();
            var hasArguments = false;
            if (input.Token.Is("("))
            {
                if (!argumentsAllowed)
                {
                    throw Tok.Abort(input, "Arguments are only allowed for `async iterable`");
                }

                hasArguments = true;
                var list = ArgumentList(input.Next);
                arguments = list.Value;
                input = Require((TokenInput)list.Remainder, ")", "Unterminated async iterable argument list");
            }

            input = Require(input, ";", $"Missing semicolon after {kind} declaration");
            return Result.Success<MemberNode>(
                new IterableMember
                {
                    IterableKind = kind,
                    Types = types.ToArray(),
                    Arguments = arguments,
                    HasArgumentList = hasArguments,
                    Readonly = isReadonly,
                    Async = isAsync,
                    NameSpan = kindInput.TokenSpan,
                    Span = start.SpanTo(input),
                },
                input);
        };

        /// <summary>A dictionary member: <c>[required] Type name [= default];</c>.</summary>
        internal static readonly Parser<MemberNode> FieldMember = i =>
        {
            var start = (TokenInput)i;
            var input = start;
            var required = input.Token.Is("required");
            if (required)
            {
                input = input.Next;
            }

            var type = TypeWithExtendedAttributes(input);
            if (!type.WasSuccessful)
            {
                if (!required)
                {
                    return Fail<MemberNode>(i, "dictionary member");
                }

                throw Tok.Abort(input, "Dictionary member lacks a type");
            }

            input = (TokenInput)type.Remainder;
            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, "Dictionary member lacks a name");
            }

            var nameInput = input;
            var value = Default(input.Next);
            input = (TokenInput)value.Remainder;
            if (required && value.Value is not null)
            {
                throw Tok.Abort(input, "Required member must not have a default");
            }

            input = Require(input, ";", "Unterminated dictionary member, expected `;`");
            return Result.Success<MemberNode>(
                new FieldMember
                {
                    FieldName = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    Type = type.Value,
                    Default = value.Value,
                    Required = required,
                    Span = start.SpanTo(input),
                },
                input);
        };

        /// <summary>A field of a legacy exception: <c>Type name;</c>.</summary>
        internal static readonly Parser<MemberNode> ExceptionFieldMember = i =>
        {
            var start = (TokenInput)i;
            var type = TypeWithExtendedAttributes(i);
            if (!type.WasSuccessful)
            {
                return Fail<MemberNode>(i, "exception field");
            }

            var input = (TokenInput)type.Remainder;
            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, "Exception field lacks a name");
            }

            var nameInput = input;
            input = Require(input.Next, ";", "Unterminated exception field, expected `;`");
            return Result.Success<MemberNode>(
                new ExceptionFieldMember
                {
                    FieldName = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    Type = type.Value,
                    Span = start.SpanTo(input),
                },
                input);
        };

        internal static readonly Parser<MemberNode> InterfaceMember = Tok.Choice(
            ConstMember, ConstructorMember, StaticMember, StringifierMember, IterableMember, InterfaceAttribute, LegacySerializer, InterfaceOperation);

        internal static readonly Parser<MemberNode> MixinMember = Tok.Choice(ConstMember, StringifierMember, PlainAttribute, RegularOperation);

        internal static readonly Parser<MemberNode> NamespaceMember = Tok.Choice(NamespaceAttribute, ConstMember, RegularOperation);

        internal static readonly Parser<MemberNode> CallbackInterfaceMember = Tok.Choice(ConstMember, RegularOperation);

        internal static readonly Parser<MemberNode> DictionaryMember = FieldMember;

        internal static readonly Parser<MemberNode> ExceptionMember = Tok.Choice(ConstMember, ExceptionFieldMember);
    }
}
