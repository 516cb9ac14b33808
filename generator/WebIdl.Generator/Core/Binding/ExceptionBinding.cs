namespace WebIdl.Generator.Binding
{
    /// <summary>A legacy IDL exception: an exception class with the constants and fields.</summary>
    internal sealed record ExceptionBinding : GeneratedDefinition
    {
        public TypeDeclaration Class { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "exception";
    }
}
