namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL callback interface: a C# interface that user code implements.</summary>
    internal sealed record CallbackInterfaceBinding : GeneratedDefinition
    {
        public TypeDeclaration Interface { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "callback-interface";
    }
}
