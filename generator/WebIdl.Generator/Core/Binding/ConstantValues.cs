using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>The value and docs of an IDL constant, shared by every kind of definition that can hold one.</summary>
    internal static class ConstantValues
    {
        /// <summary>
        /// The C# type and literal of <paramref name="constant"/>, or null after reporting WIDL0203 when the value does
        /// not fit its type or the type is not one a C# constant can have.
        /// </summary>
        public static (string Type, string Value)? Map(BindingContext context, ConstMember constant)
        {
            var type = context.Types.Map(constant.Type);
            var value = Signatures.Literal(constant.Value, type, type.CSharp);
            if (value is null || type.Kind is not (MappedKind.Integer or MappedKind.Float or MappedKind.Boolean or MappedKind.String))
            {
                context.Diagnostics.Add(IdlDiagnostic.Create(
                    GeneratorDiagnostics.ConstantOutOfRange, constant.NameSpan, constant.ConstName, constant.Value.Value ?? constant.Value.Kind, type.CSharp));
                return null;
            }

            return (type.CSharp, value);
        }

        /// <summary>The doc comment of a constant of <paramref name="owner"/>.</summary>
        public static EquatableArray<string> Docs(MemberSymbol member, string owner, ConstMember constant) =>
            MemberDocs.Start(member, owner, "The IDL constant " + DocComments.Code(owner + "." + constant.ConstName) + ".").Build();
    }
}
