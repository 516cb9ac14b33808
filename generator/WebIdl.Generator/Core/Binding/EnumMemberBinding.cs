using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>One C# enum member and the IDL string it stands for (<see cref="Literal"/> is a C# string literal).</summary>
    internal sealed record EnumMemberBinding(EquatableArray<string> Docs, string Name, string Literal);
}
