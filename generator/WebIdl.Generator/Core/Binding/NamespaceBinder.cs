using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Binds IDL namespaces: a static class whose members check and convert their arguments, then call the
    /// <c>IFooNamespace</c> implementation registered in <c>Foo.Implementation</c> (a static class cannot have
    /// abstract members, so the registered implementation plays the part of the <c>…Core</c> members).
    /// </summary>
    internal static class NamespaceBinder
    {
        public static NamespaceBinding Bind(BindingContext context, NamespaceSymbol symbol)
        {
            var names = context.Names.Find(symbol.Name)!;
            var idl = symbol.Name;
            var implementationType = context.Names.Prefix + names.Secondary;
            var scope = new NameScope();
            scope.Reserve(names.Primary);
            scope.Reserve("s_implementation");
            foreach (var name in new[] { "Equals", "ReferenceEquals" })
            {
                scope.Reserve(name);
            }

            var implementation = scope.Take("Implementation");
            var constants = new List<ConstantBinding>();
            var properties = new List<PropertyImplementation>();
            var methods = new List<MethodImplementation>();
            var interfaceProperties = new List<PropertySignature>();
            var interfaceMethods = new List<MethodSignature>();
            var groups = new Dictionary<string, List<(MemberSymbol, EquatableArray<Argument>, IdlType?)>>(StringComparer.Ordinal);
            foreach (var member in symbol.Members)
            {
                if (member.Syntax is OperationMember { OperationName.Length: > 0, ReturnType: not null } op)
                {
                    if (!groups.TryGetValue(op.OperationName, out var list))
                    {
                        groups.Add(op.OperationName, list = new List<(MemberSymbol, EquatableArray<Argument>, IdlType?)>());
                    }

                    list.Add((member, op.Arguments, op.ReturnType));
                }
            }

            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in symbol.Members)
            {
                switch (member.Syntax)
                {
                    case ConstMember constant:
                        {
                            if (ConstantValues.Map(context, constant) is { } mapped)
                            {
                                constants.Add(new ConstantBinding(ConstantValues.Docs(member, idl, constant), "public const ", mapped.Type, scope.Take(CSharpNames.Verbatim(constant.ConstName)), mapped.Value));
                            }

                            break;
                        }

                    case AttributeMember attribute:
                        {
                            var type = context.Types.Map(attribute.Type);
                            var name = scope.Take(CSharpNames.Pascal(attribute.AttributeName));
                            var docs = MemberDocs.Start(member, idl, "The IDL attribute " + DocComments.Code(idl + "." + attribute.AttributeName) + " (" + DocComments.Code(type.IdlText) + ").").Build();
                            var target = implementation + "." + name;
                            EquatableArray<string> setter = default;
                            if (!attribute.Readonly)
                            {
                                setter = type.Kind == MappedKind.Enum
                                    ? new[] { (type.Nullable ? "if (value.HasValue && !" + type.EnumHelper + ".IsDefined(value.Value)) return;" : "if (!" + type.EnumHelper + ".IsDefined(value)) return;"), target + " = value;" }
                                    : new[] { target + " = " + Conversions.ToCore(type, "value", new CheckContext(idl, attribute.AttributeName, "value")) + ";" };
                            }

                            properties.Add(new PropertyImplementation(docs, "public static ", Conversions.PublicType(type), name, target, !attribute.Readonly, setter));
                            interfaceProperties.Add(new PropertySignature(docs, "", type.CSharp, name, !attribute.Readonly));
                            break;
                        }

                    case OperationMember { OperationName.Length: > 0, ReturnType: not null } op:
                        {
                            if (!done.Add(op.OperationName))
                            {
                                break;
                            }

                            var overloads = Overloads.Bind(context, idl, op.OperationName, groups[op.OperationName]);
                            var name = scope.Take(CSharpNames.Pascal(op.OperationName));
                            var fallback = "The IDL operation " + DocComments.Code(idl + "." + op.OperationName) + ".";
                            foreach (var overload in overloads)
                            {
                                var call = (overload.ReturnType.Kind == MappedKind.Void ? "" : "return ") + implementation + "." + name;
                                foreach (var signature in overload.Publics)
                                {
                                    var docs = MemberDocs.Start(overload.Member, idl, fallback).Parameters(overload.Arguments, signature.Names)
                                        .Raises(context, ((OperationMember)overload.Member.Syntax).Raises, "").Build();
                                    methods.Add(new MethodImplementation(docs, "public static ", overload.ReturnType.CSharp, name, signature.ParameterList(), new[] { call + "(" + signature.CoreArgumentList() + ");" }));
                                }

                                var coreDocs = new DocComments().Summary(overload.Member.Syntax.Documentation, fallback)
                                    .Remarks("Called by " + DocComments.Code(names.Primary + "." + CSharpNames.Unescaped(name)) + " with arguments it has already checked and converted.")
                                    .Parameters(overload.Arguments).Build();
                                interfaceMethods.Add(new MethodSignature(coreDocs, "", overload.ReturnType.CSharp, name, overload.CoreParameters));
                            }

                            break;
                        }

                    default:
                        context.NotMapped(member.Syntax.NameSpan, member.Kind + " '" + member.Name + "' in namespace '" + idl + "'", "namespaces map constants, attributes and regular operations");
                        break;
                }
            }

            properties.Insert(0, new PropertyImplementation(
                new DocComments().SummaryXml("The implementation of the Web IDL namespace " + DocComments.Code(idl) + ": register one before using its members.")
                    .Exception("global::System.InvalidOperationException", "Read before an implementation is registered.")
                    .Exception("global::System.ArgumentNullException", "Set to <see langword=\"null\"/>.").Build(),
                "public static ", implementationType, implementation,
                "s_implementation ?? throw new global::System.InvalidOperationException(" + CSharpNames.StringLiteral("No implementation of the Web IDL namespace " + idl + " is registered: set " + names.Primary + "." + CSharpNames.Unescaped(implementation) + " first.") + ")",
                true,
                new[] { "s_implementation = value ?? throw new global::System.ArgumentNullException(nameof(value));" }));

            return new NamespaceBinding
            {
                HintName = context.Names.HintName(names.Hint),
                Namespace = context.Names.Namespace,
                TypeName = names.Hint,
                IdlName = idl,
                Class = new TypeDeclaration
                {
                    Docs = new DocComments().Summary(symbol.Documentation, "The Web IDL namespace " + DocComments.Code(idl) + ".")
                        .Remarks("The members check and convert their arguments as Web IDL says, then call the registered " + DocComments.Code(names.Secondary) + ".").Build(),
                    Modifiers = "public static partial class ",
                    Name = names.Primary,
                    Constants = constants.ToArray(),
                    Fields = new[] { new FieldBinding("private static ", implementationType + "?", "s_implementation") },
                    Properties = properties.ToArray(),
                    Methods = methods.ToArray(),
                },
                Implementation = new TypeDeclaration
                {
                    Docs = new DocComments().SummaryXml("The implementation of the Web IDL namespace " + DocComments.Code(idl) + ", registered in " + DocComments.Code(names.Primary + "." + CSharpNames.Unescaped(implementation)) + ".").Build(),
                    Modifiers = "public partial interface ",
                    Name = names.Secondary,
                    PropertySignatures = interfaceProperties.ToArray(),
                    MethodSignatures = interfaceMethods.ToArray(),
                },
            };
        }
    }
}
