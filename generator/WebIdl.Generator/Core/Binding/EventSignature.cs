using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An event in a contract: <c>{Modifiers}event {Type} {Name};</c></summary>
    internal sealed record EventSignature(EquatableArray<string> Docs, string Modifiers, string Type, string Name);
}
