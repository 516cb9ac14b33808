namespace WebIdl.Generator.Binding
{
    /// <summary>A union type: a readonly struct holding one value of one of its member types.</summary>
    internal sealed record UnionBinding : GeneratedDefinition
    {
        public TypeDeclaration Struct { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "union";
    }
}
