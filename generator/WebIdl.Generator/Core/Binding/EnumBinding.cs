using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL enum: a C# enum whose members stand for the IDL strings (the helper class is <see cref="EnumHelperBinding"/>).</summary>
    internal sealed record EnumBinding : GeneratedDefinition
    {
        public EquatableArray<string> Docs { get; init; }

        public string Name { get; init; } = "";

        public EquatableArray<EnumMemberBinding> Members { get; init; }

        /// <inheritdoc />
        public override string Kind => "enum";
    }
}
