using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An indexer in a contract: <c>{Attribute} {Modifiers}{Type} this[{Parameters}] { get; set; }</c></summary>
    internal sealed record IndexerSignature(EquatableArray<string> Docs, bool HasAttribute, string Attribute, string Modifiers, string Type, string Parameters, bool HasGetter, bool HasSetter);
}
