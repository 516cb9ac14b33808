using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>A property without a body (contract or abstract <c>…Core</c>): <c>{Modifiers}{Type} {Name} { get; set; }</c></summary>
    internal sealed record PropertySignature(EquatableArray<string> Docs, string Modifiers, string Type, string Name, bool HasSetter);
}
