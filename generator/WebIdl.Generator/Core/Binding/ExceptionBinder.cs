using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Binding
{
    /// <summary>Binds legacy IDL exceptions: an exception class with the constants, and the fields as properties.</summary>
    internal static class ExceptionBinder
    {
        private static readonly string[] ExceptionMembers =
        {
            "Message", "Data", "HelpLink", "HResult", "InnerException", "Source", "StackTrace", "TargetSite", "GetBaseException",
            "GetObjectData", "SerializeObjectState", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        public static ExceptionBinding Bind(BindingContext context, ExceptionSymbol symbol)
        {
            var names = context.Names.Find(symbol.Name)!;
            var idl = symbol.Name;
            var scope = new NameScope();
            scope.Reserve(names.Primary);
            foreach (var name in ExceptionMembers)
            {
                scope.Reserve(name);
            }

            var bases = " : global::System.Exception";
            if (symbol.Inheritance is { } baseName)
            {
                if (context.Model.TryGetDefinition(baseName, out var definition) && definition is ExceptionSymbol && context.Names.Find(baseName) is { } baseNames)
                {
                    bases = " : " + context.Names.Prefix + baseNames.Primary;
                    foreach (var inherited in context.Model.GetInheritanceChain(symbol.Name))
                    {
                        foreach (var member in inherited.Members)
                        {
                            scope.Reserve(member.Syntax is ConstMember ? CSharpNames.Verbatim(member.Name) : CSharpNames.Pascal(member.Name));
                        }
                    }
                }
                else
                {
                    context.NotMapped(((ContainerDefinition)symbol.Syntax).InheritanceSpan, "Inheritance of exception '" + idl + "' from '" + baseName + "'", "the base is not an exception of the set; the class derives from System.Exception");
                }
            }

            var constants = new List<ConstantBinding>();
            var properties = new List<DataProperty>();
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

                    case ExceptionFieldMember field:
                        {
                            var type = context.Types.Map(field.Type);
                            var initializer = "";
                            if (!type.Nullable && !type.IsValueType)
                            {
                                initializer = type.Kind == MappedKind.String ? " = \"\";"
                                    : type.Kind == MappedKind.Sequence ? " = global::System.Array.Empty<" + type.Element!.CSharp + ">();"
                                    : " = null!;";
                            }

                            var docs = MemberDocs.Start(member, idl, "The IDL exception field " + DocComments.Code(idl + "." + field.FieldName) + " (" + DocComments.Code(type.IdlText) + ").").Build();
                            properties.Add(new DataProperty(docs, "public ", type.CSharp, scope.Take(CSharpNames.Pascal(field.FieldName)), "get; init;", initializer));
                            break;
                        }

                    default:
                        context.NotMapped(member.Syntax.NameSpan, member.Kind + " '" + member.Name + "' in exception '" + idl + "'", "exceptions hold constants and fields");
                        break;
                }
            }

            var self = names.Primary;
            var constructors = new[]
            {
                new ConstructorImplementation(new DocComments().SummaryXml("Creates the exception with a default message.").Build(), "public ", self, "", "", default),
                new ConstructorImplementation(new DocComments().SummaryXml("Creates the exception with a message.").Param("message", "The message.").Build(), "public ", self, "string? message", " : base(message)", default),
                new ConstructorImplementation(
                    new DocComments().SummaryXml("Creates the exception with a message and the exception that caused it.").Param("message", "The message.").Param("innerException", "The cause.").Build(),
                    "public ", self, "string? message, global::System.Exception? innerException", " : base(message, innerException)", default),
            };
            return new ExceptionBinding
            {
                HintName = context.Names.HintName(names.Hint),
                Namespace = context.Names.Namespace,
                TypeName = names.Hint,
                IdlName = idl,
                Class = new TypeDeclaration
                {
                    Docs = new DocComments().Summary(symbol.Documentation, "The legacy Web IDL exception " + DocComments.Code(idl) + ".")
                        .Remarks("Operations that " + DocComments.Code("raises(" + idl + ")") + " document it with an " + DocComments.Code("exception") + " tag.").Build(),
                    Modifiers = "public partial class ",
                    Name = self,
                    Bases = bases,
                    Constants = constants.ToArray(),
                    Constructors = constructors,
                    DataProperties = properties.ToArray(),
                },
            };
        }
    }
}
