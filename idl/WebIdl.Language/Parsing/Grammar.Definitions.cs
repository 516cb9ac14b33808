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
    /// <summary>This part: top-level definitions, including the legacy ones.</summary>
    internal static partial class Grammar
    {
        /// <summary>The body shared by interfaces, mixins, namespaces, dictionaries, callback interfaces and exceptions.</summary>
        private static IResult<T> Container<T>(
            TokenInput start,
            TokenInput input,
            string kind,
            bool inheritable,
            bool partial,
            Parser<MemberNode> member,
            System.Func<T> create,
            bool allowForward = false)
            where T : ContainerDefinition
        {
            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, $"Missing name in {kind}");
            }

            var nameInput = input;
            input = input.Next;
            if (allowForward && input.Token.Is(";"))
            {
                input.Context.Legacy(nameInput, "A forward declaration (interface without body)");
                return Result.Success(default(T)!, input.Next);
            }

            string? inheritance = null;
            var inheritanceSpan = default(SourceSpan);
            if (inheritable && input.Token.Is(":"))
            {
                input = input.Next;
                if (input.Token.Kind != TokenKind.Identifier)
                {
                    throw Tok.Abort(input, "Inheritance lacks a type");
                }

                inheritance = Unescape(input.Token.Text);
                inheritanceSpan = input.TokenSpan;
                input = input.Next;
            }

            input = Require(input, "{", $"Bodyless {kind}");
            var members = new List<MemberNode>();
            while (!input.Token.Is("}"))
            {
                var memberStart = input;
                var attributes = ExtendedAttributeList(input);
                var parsed = member(attributes.Remainder);
                if (!parsed.WasSuccessful)
                {
                    throw Tok.Abort((TokenInput)attributes.Remainder, input.AtEnd ? $"Missing closing brace of {kind}" : "Unknown member");
                }

                input = (TokenInput)parsed.Remainder;
                var node = parsed.Value with
                {
                    ExtAttrs = attributes.Value,
                    Documentation = memberStart.Documentation ?? (attributes.Value.IsEmpty ? null : ((TokenInput)attributes.Remainder).Documentation),
                    Span = memberStart.SpanTo(input),
                };
                members.Add(node);
            }

            input = Require(input.Next, ";", $"Missing semicolon after {kind}");
            var definition = create() with
            {
                Name = Unescape(nameInput.Token.Text),
                NameSpan = nameInput.TokenSpan,
                Inheritance = inheritance,
                InheritanceSpan = inheritanceSpan,
                Partial = partial,
                Members = members.ToArray(),
                Span = start.SpanTo(input),
            };
            return Result.Success(definition, input);
        }

        private static IResult<DefinitionNode> AsDefinition<T>(IResult<T> result)
            where T : DefinitionNode => Result.Success<DefinitionNode>(result.Value, result.Remainder);

        /// <summary><c>interface …</c>, <c>interface mixin …</c>, and the legacy forward declaration <c>interface Name;</c>.</summary>
        private static IResult<DefinitionNode> InterfaceOrMixin(TokenInput start, TokenInput input, bool partial)
        {
            // input is just past `interface`.
            if (input.Token.Is("mixin"))
            {
                return AsDefinition(Container(start, input.Next, "interface mixin", inheritable: false, partial, MixinMember, () => new InterfaceMixinDefinition()));
            }

            var result = Container(start, input, "interface", inheritable: !partial, partial, InterfaceMember, () => new InterfaceDefinition(), allowForward: !partial);
            if (result.Value is null)
            {
                var forward = new ForwardDeclaration
                {
                    Name = Unescape(input.Token.Text),
                    NameSpan = input.TokenSpan,
                    Span = start.SpanTo((TokenInput)result.Remainder),
                };
                return Result.Success<DefinitionNode>(forward, result.Remainder);
            }

            return AsDefinition(result);
        }

        private static readonly Parser<DefinitionNode> CallbackDefinition = i =>
        {
            var start = (TokenInput)i;
            var input = start.Next;
            if (input.Token.Is("interface"))
            {
                return AsDefinition(Container(start, input.Next, "callback interface", inheritable: false, partial: false, CallbackInterfaceMember, () => new CallbackInterfaceDefinition()));
            }

            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, "Callback lacks a name");
            }

            var nameInput = input;
            input = Require(input.Next, "=", "Callback lacks an assignment");
            var returnType = ReturnType(input);
            if (!returnType.WasSuccessful)
            {
                throw Tok.Abort(input, "Callback lacks a return type");
            }

            input = Require((TokenInput)returnType.Remainder, "(", "Callback lacks parentheses for arguments");
            var arguments = ArgumentList(input);
            input = Require((TokenInput)arguments.Remainder, ")", "Unterminated callback");
            input = Require(input, ";", "Unterminated callback, expected `;`");
            return Result.Success<DefinitionNode>(
                new CallbackDefinition
                {
                    Name = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    ReturnType = returnType.Value,
                    Arguments = arguments.Value,
                    Span = start.SpanTo(input),
                },
                input);
        };

        private static readonly Parser<DefinitionNode> InterfaceDefinition = i =>
            InterfaceOrMixin((TokenInput)i, ((TokenInput)i).Next, partial: false);

        private static readonly Parser<DefinitionNode> PartialDefinition = i =>
        {
            var start = (TokenInput)i;
            var input = start.Next;
            if (input.Token.Is("dictionary"))
            {
                return AsDefinition(Container(start, input.Next, "dictionary", inheritable: false, partial: true, DictionaryMember, () => new DictionaryDefinition()));
            }

            if (input.Token.Is("interface"))
            {
                return InterfaceOrMixin(start, input.Next, partial: true);
            }

            if (input.Token.Is("namespace"))
            {
                return AsDefinition(Container(start, input.Next, "namespace", inheritable: false, partial: true, NamespaceMember, () => new NamespaceDefinition()));
            }

            throw Tok.Abort(input, "Partial doesn't apply to anything");
        };

        private static readonly Parser<DefinitionNode> DictionaryDefinition = i =>
            AsDefinition(Container((TokenInput)i, ((TokenInput)i).Next, "dictionary", inheritable: true, partial: false, DictionaryMember, () => new DictionaryDefinition()));

        private static readonly Parser<DefinitionNode> NamespaceDefinition = i =>
            AsDefinition(Container((TokenInput)i, ((TokenInput)i).Next, "namespace", inheritable: false, partial: false, NamespaceMember, () => new NamespaceDefinition()));

        private static readonly Parser<DefinitionNode> EnumDefinition = i =>
        {
            var start = (TokenInput)i;
            var input = start.Next;
            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, "No name for enum");
            }

            var nameInput = input;
            input = Require(input.Next, "{", "Bodyless enum");
            var values = new List<EnumValue>();
            while (input.Token.Kind == TokenKind.String)
            {
                var text = input.Token.Text;
                values.Add(new EnumValue { Value = text.Substring(1, text.Length - 2), Documentation = input.Documentation, Span = input.TokenSpan });
                input = input.Next;
                if (!input.Token.Is(","))
                {
                    break;
                }

                input = input.Next;
            }

            if (input.Token.Kind == TokenKind.String)
            {
                throw Tok.Abort(input, "No comma between enum values");
            }

            input = Require(input, "}", "Unexpected value in enum");
            if (values.Count == 0)
            {
                throw Tok.Abort(input, "No value in enum");
            }

            input = Require(input, ";", "No semicolon after enum");
            return Result.Success<DefinitionNode>(
                new EnumDefinition
                {
                    Name = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    Values = values.ToArray(),
                    Span = start.SpanTo(input),
                },
                input);
        };

        private static readonly Parser<DefinitionNode> TypedefDefinition = i =>
        {
            var start = (TokenInput)i;
            var input = start.Next;
            var type = TypeWithExtendedAttributes(input);
            if (!type.WasSuccessful)
            {
                throw Tok.Abort(input, "Typedef lacks a type");
            }

            input = (TokenInput)type.Remainder;
            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, "Typedef lacks a name");
            }

            var nameInput = input;
            input = Require(input.Next, ";", "Unterminated typedef, expected `;`");
            return Result.Success<DefinitionNode>(
                new TypedefDefinition
                {
                    Name = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    Type = type.Value,
                    Span = start.SpanTo(input),
                },
                input);
        };

        /// <summary><c>A includes B;</c> and the legacy <c>A implements B;</c>.</summary>
        private static readonly Parser<DefinitionNode> IncludesOrImplements = i =>
        {
            var start = (TokenInput)i;
            var input = start.Next;
            var includes = input.Token.Is("includes");
            if (!includes && !input.Token.IsIdentifier("implements"))
            {
                return Fail<DefinitionNode>(i, "definition");
            }

            if (!includes)
            {
                input.Context.Legacy(input, "'implements'");
            }

            input = input.Next;
            if (input.Token.Kind != TokenKind.Identifier)
            {
                throw Tok.Abort(input, includes ? "Incomplete includes statement" : "Incomplete implements statement");
            }

            var otherInput = input;
            input = Require(input.Next, ";", includes ? "No terminating ; for includes statement" : "No terminating ; for implements statement");
            DefinitionNode node = includes
                ? new IncludesStatement
                {
                    Name = Unescape(start.Token.Text),
                    NameSpan = start.TokenSpan,
                    Mixin = Unescape(otherInput.Token.Text),
                    MixinSpan = otherInput.TokenSpan,
                    Span = start.SpanTo(input),
                }
                : new ImplementsStatement
                {
                    Name = Unescape(start.Token.Text),
                    NameSpan = start.TokenSpan,
                    Implements = Unescape(otherInput.Token.Text),
                    ImplementsSpan = otherInput.TokenSpan,
                    Span = start.SpanTo(input),
                };
            return Result.Success(node, input);
        };

        /// <summary>Legacy <c>exception Name : Base { … };</c>.</summary>
        private static readonly Parser<DefinitionNode> ExceptionDefinition = i =>
        {
            var start = (TokenInput)i;
            if (start.Next.Token.Kind != TokenKind.Identifier || !(start.Next.Next.Token.Is("{") || start.Next.Next.Token.Is(":")))
            {
                return Fail<DefinitionNode>(i, "definition");
            }

            start.Context.Legacy(start, "'exception'");
            return AsDefinition(Container(start, start.Next, "exception", inheritable: true, partial: false, ExceptionMember, () => new ExceptionDefinition()));
        };

        /// <summary>Legacy <c>module name { definitions };</c>.</summary>
        private static readonly Parser<DefinitionNode> ModuleDefinition = i =>
        {
            var start = (TokenInput)i;
            if (start.Next.Token.Kind != TokenKind.Identifier || !start.Next.Next.Token.Is("{"))
            {
                return Fail<DefinitionNode>(i, "definition");
            }

            start.Context.Legacy(start, "'module'");
            var nameInput = start.Next;
            var input = nameInput.Next.Next;
            var definitions = new List<DefinitionNode>();
            while (!input.Token.Is("}"))
            {
                if (input.AtEnd)
                {
                    throw Tok.Abort(input, "Missing closing brace of module");
                }

                var definition = Tok.Nested(Definition)(input);
                if (!definition.WasSuccessful)
                {
                    throw Tok.Abort(input, "Unrecognised tokens");
                }

                definitions.Add(definition.Value);
                input = (TokenInput)definition.Remainder;
            }

            input = Require(input.Next, ";", "Missing semicolon after module");
            return Result.Success<DefinitionNode>(
                new ModuleDefinition
                {
                    Name = Unescape(nameInput.Token.Text),
                    NameSpan = nameInput.TokenSpan,
                    Definitions = definitions.ToArray(),
                    Span = start.SpanTo(input),
                },
                input);
        };

        private static readonly Dictionary<string, Parser<DefinitionNode>> DefinitionsByKeyword = new Dictionary<string, Parser<DefinitionNode>>(System.StringComparer.Ordinal)
        {
            ["callback"] = CallbackDefinition,
            ["interface"] = InterfaceDefinition,
            ["partial"] = PartialDefinition,
            ["dictionary"] = DictionaryDefinition,
            ["enum"] = EnumDefinition,
            ["typedef"] = TypedefDefinition,
            ["namespace"] = NamespaceDefinition,
        };

        private static readonly Parser<DefinitionNode> DefinitionBody = i =>
        {
            var input = (TokenInput)i;
            var token = input.Token;
            if (token.Kind == TokenKind.Inline)
            {
                return DefinitionsByKeyword.TryGetValue(token.Text, out var parser) ? parser(i) : Fail<DefinitionNode>(i, "definition");
            }

            if (token.Kind != TokenKind.Identifier)
            {
                return Fail<DefinitionNode>(i, "definition");
            }

            if (token.Text == "exception")
            {
                var exception = ExceptionDefinition(i);
                if (exception.WasSuccessful)
                {
                    return exception;
                }
            }
            else if (token.Text == "module")
            {
                var module = ModuleDefinition(i);
                if (module.WasSuccessful)
                {
                    return module;
                }
            }

            return IncludesOrImplements(i);
        };

        /// <summary>A definition with its extended attributes and documentation comment.</summary>
        internal static readonly Parser<DefinitionNode> Definition = i =>
        {
            var start = (TokenInput)i;
            var attributes = ExtendedAttributeList(i);
            var body = DefinitionBody(attributes.Remainder);
            if (!body.WasSuccessful)
            {
                if (!attributes.Value.IsEmpty)
                {
                    throw Tok.Abort((TokenInput)attributes.Remainder, "Stray extended attributes");
                }

                return body;
            }

            var end = (TokenInput)body.Remainder;
            var definition = body.Value with
            {
                ExtAttrs = attributes.Value,
                Documentation = start.Documentation ?? (attributes.Value.IsEmpty ? null : ((TokenInput)attributes.Remainder).Documentation),
                Span = start.SpanTo(end),
            };
            return Result.Success(definition, end);
        };
    }
}
