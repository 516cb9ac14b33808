using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An event with accessors: <c>add =&gt; {Add}; remove =&gt; {Remove};</c></summary>
    internal sealed record EventImplementation(EquatableArray<string> Docs, string Modifiers, string Type, string Name, string Add, string Remove);
}
