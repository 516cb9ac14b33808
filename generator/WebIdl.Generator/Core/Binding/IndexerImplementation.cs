using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An indexer with a body: <c>get =&gt; {Getter};</c> and a setter running <see cref="SetterStatements"/>.</summary>
    internal sealed record IndexerImplementation(
        EquatableArray<string> Docs,
        bool HasAttribute,
        string Attribute,
        string Modifiers,
        string Type,
        string Parameters,
        bool HasGetter,
        string Getter,
        bool HasSetter,
        EquatableArray<string> SetterStatements);
}
