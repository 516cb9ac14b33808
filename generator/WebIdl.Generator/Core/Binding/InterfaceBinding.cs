namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL interface: the contract <c>IFoo</c>, the validation stub <c>FooBase</c>, and <c>IFooStatics</c> when it has constructors or static members.</summary>
    internal sealed record InterfaceBinding : GeneratedDefinition
    {
        public TypeDeclaration Contract { get; init; } = new TypeDeclaration();

        public TypeDeclaration Stub { get; init; } = new TypeDeclaration();

        public bool HasStatics { get; init; }

        /// <summary>True for an interface the runtime owns (<see cref="GeneratorOptions.OwnedContracts"/>): the contract alone is rendered.</summary>
        public bool ContractOnly { get; init; }

        public TypeDeclaration Statics { get; init; } = new TypeDeclaration();

        /// <inheritdoc />
        public override string Kind => "interface";
    }
}
