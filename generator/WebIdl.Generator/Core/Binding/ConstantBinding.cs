using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary><c>public const {Type} {Name} = {Value};</c></summary>
    internal sealed record ConstantBinding(EquatableArray<string> Docs, string Modifiers, string Type, string Name, string Value);
}
