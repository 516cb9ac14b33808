using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Binds IDL callback functions to delegates and callback interfaces to C# interfaces. User code implements
    /// these and the platform calls them, so they take the exact IDL types: no widening and no checks.
    /// </summary>
    internal static class CallbackBinder
    {
        public static CallbackBinding Bind(BindingContext context, CallbackSymbol symbol)
        {
            var names = context.Names.Find(symbol.Name)!;
            var arguments = Signatures.Arguments(symbol.Arguments, context.Types);
            var returnType = context.Types.Map(symbol.ReturnType);
            var docs = new DocComments()
                .Summary(symbol.Documentation, "The Web IDL callback function " + DocComments.Code(symbol.Name) + ".")
                .Parameters(arguments);
            if (returnType.Kind != MappedKind.Void)
            {
                docs.Returns("The callback's result (" + DocComments.Code(returnType.IdlText) + ").");
            }

            return new CallbackBinding
            {
                HintName = context.Names.HintName(names.Hint),
                Namespace = context.Names.Namespace,
                TypeName = names.Hint,
                IdlName = symbol.Name,
                Docs = docs.Build(),
                ReturnType = returnType.CSharp,
                Name = names.Primary,
                Parameters = Signatures.CallbackParameters(arguments),
            };
        }

        public static CallbackInterfaceBinding Bind(BindingContext context, CallbackInterfaceSymbol symbol)
        {
            var names = context.Names.Find(symbol.Name)!;
            var scope = new NameScope();
            scope.Reserve(names.Primary);
            var constants = new List<ConstantBinding>();
            var properties = new List<PropertySignature>();
            var methods = new List<MethodSignature>();
            var groups = new Dictionary<string, string>();
            var seen = new HashSet<string>();
            foreach (var member in symbol.Members)
            {
                switch (member.Syntax)
                {
                    case ConstMember constant:
                        {
                            if (ConstantValues.Map(context, constant) is { } mapped)
                            {
                                constants.Add(new ConstantBinding(ConstantValues.Docs(member, symbol.Name, constant), "public const ", mapped.Type, scope.Take(CSharpNames.Verbatim(constant.ConstName)), mapped.Value));
                            }

                            break;
                        }

                    case OperationMember op when op.OperationName.Length > 0 && op.ReturnType is not null:
                        {
                            var arguments = Signatures.Arguments(op.Arguments, context.Types);
                            if (!groups.TryGetValue(op.OperationName, out var name))
                            {
                                name = scope.Take(CSharpNames.Pascal(op.OperationName));
                                groups.Add(op.OperationName, name);
                            }

                            if (!seen.Add(name + "(" + Signatures.CoreIdentity(arguments)))
                            {
                                context.OverloadDropped(op.NameSpan, Signatures.Describe(op.OperationName, op.Arguments), "an earlier overload of " + op.OperationName);
                                break;
                            }

                            var returnType = context.Types.Map(op.ReturnType);
                            var docs = MemberDocs.Start(member, symbol.Name, "The IDL operation " + DocComments.Code(symbol.Name + "." + op.OperationName) + ".").Parameters(arguments).Build();
                            methods.Add(new MethodSignature(docs, "", returnType.CSharp, name, Signatures.CallbackParameters(arguments)));
                            break;
                        }

                    case AttributeMember attribute:
                        {
                            var type = context.Types.Map(attribute.Type);
                            var docs = MemberDocs.Start(member, symbol.Name, "The IDL attribute " + DocComments.Code(symbol.Name + "." + attribute.AttributeName) + ".").Build();
                            properties.Add(new PropertySignature(docs, "", type.CSharp, scope.Take(CSharpNames.Pascal(attribute.AttributeName)), !attribute.Readonly));
                            break;
                        }

                    default:
                        context.NotMapped(member.Syntax.NameSpan, member.Kind + " '" + member.Name + "' in callback interface '" + symbol.Name + "'", "callback interfaces map constants, operations and attributes");
                        break;
                }
            }

            return new CallbackInterfaceBinding
            {
                HintName = context.Names.HintName(names.Hint),
                Namespace = context.Names.Namespace,
                TypeName = names.Hint,
                IdlName = symbol.Name,
                Interface = new TypeDeclaration
                {
                    Docs = new DocComments().Summary(symbol.Documentation, "The Web IDL callback interface " + DocComments.Code(symbol.Name) + ".")
                        .Remarks("Implemented by user code and called by the platform, so its members take the exact IDL types.").Build(),
                    Modifiers = "public partial interface ",
                    Name = names.Primary,
                    Constants = constants.ToArray(),
                    PropertySignatures = properties.ToArray(),
                    MethodSignatures = methods.ToArray(),
                },
            };
        }
    }
}
