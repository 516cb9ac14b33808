using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>A method (or operator) with a block body: <c>{Modifiers}{ReturnType} {Name}({Parameters})</c> then <see cref="Statements"/>.</summary>
    internal sealed record MethodImplementation(EquatableArray<string> Docs, string Modifiers, string ReturnType, string Name, string Parameters, EquatableArray<string> Statements);
}
