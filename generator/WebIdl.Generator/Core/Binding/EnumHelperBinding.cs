namespace WebIdl.Generator.Binding
{
    /// <summary>The helper of an IDL enum: <c>ToIdlString</c>, <c>TryParse</c>, <c>IsDefined</c>, <c>EnsureDefined</c>.</summary>
    internal sealed record EnumHelperBinding : GeneratedDefinition
    {
        public TypeDeclaration Class { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "enum-helper";
    }
}
