using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL callback function: <c>public delegate {ReturnType} {Name}({Parameters});</c></summary>
    internal sealed record CallbackBinding : GeneratedDefinition
    {
        public EquatableArray<string> Docs { get; init; }

        public string ReturnType { get; init; } = "";

        public string Name { get; init; } = "";

        public string Parameters { get; init; } = "";

        /// <inheritdoc />
        public override string Kind => "callback";
    }
}
