using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An auto-property of a record or exception: <c>{Modifiers}{Type} {Name} { {Accessors} }{Initializer}</c>.</summary>
    internal sealed record DataProperty(EquatableArray<string> Docs, string Modifiers, string Type, string Name, string Accessors, string Initializer);
}
