namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL dictionary: a record with <c>init</c> properties, <c>required</c> members and defaults.</summary>
    internal sealed record DictionaryBinding : GeneratedDefinition
    {
        public TypeDeclaration Record { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "dictionary";
    }
}
