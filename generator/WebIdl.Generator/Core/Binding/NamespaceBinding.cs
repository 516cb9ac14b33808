namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL namespace: a static class with validating members, and the interface its implementation registers.</summary>
    internal sealed record NamespaceBinding : GeneratedDefinition
    {
        public TypeDeclaration Class { get; init; } = new TypeDeclaration();

        public TypeDeclaration Implementation { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "namespace";
    }
}
