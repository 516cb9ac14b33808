using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>A constructor: <c>{Modifiers}{Name}({Parameters}){Initializer}</c> then <see cref="Statements"/> (often none).</summary>
    internal sealed record ConstructorImplementation(EquatableArray<string> Docs, string Modifiers, string Name, string Parameters, string Initializer, EquatableArray<string> Statements);
}
