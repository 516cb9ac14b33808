using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>A method without a body (contract or abstract <c>…Core</c>): <c>{Modifiers}{ReturnType} {Name}({Parameters});</c></summary>
    internal sealed record MethodSignature(EquatableArray<string> Docs, string Modifiers, string ReturnType, string Name, string Parameters);
}
