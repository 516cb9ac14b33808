using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>A definition with a body of members: interfaces, mixins, callback interfaces, namespaces, dictionaries and legacy exceptions.</summary>
    public abstract record ContainerDefinition : DefinitionNode
    {
        /// <summary>The inherited definition's name, or null.</summary>
        public string? Inheritance { get; init; }

        /// <summary>Where the inherited name is written.</summary>
        public SourceSpan InheritanceSpan { get; init; }

        /// <summary>True for <c>partial</c> definitions.</summary>
        public bool Partial { get; init; }

        /// <summary>The members, in source order.</summary>
        public EquatableArray<MemberNode> Members { get; init; }
    }

    /// <summary><c>interface Name : Base { … };</c></summary>
    public sealed record InterfaceDefinition : ContainerDefinition
    {
        /// <inheritdoc />
        public override string Kind => "interface";
    }

    /// <summary><c>interface mixin Name { … };</c></summary>
    public sealed record InterfaceMixinDefinition : ContainerDefinition
    {
        /// <inheritdoc />
        public override string Kind => "interface mixin";
    }

    /// <summary><c>callback interface Name { … };</c></summary>
    public sealed record CallbackInterfaceDefinition : ContainerDefinition
    {
        /// <inheritdoc />
        public override string Kind => "callback interface";
    }

    /// <summary><c>namespace Name { … };</c></summary>
    public sealed record NamespaceDefinition : ContainerDefinition
    {
        /// <inheritdoc />
        public override string Kind => "namespace";
    }

    /// <summary><c>dictionary Name : Base { … };</c></summary>
    public sealed record DictionaryDefinition : ContainerDefinition
    {
        /// <inheritdoc />
        public override string Kind => "dictionary";
    }

    /// <summary>Legacy <c>exception Name : Base { fields and constants };</c> from pre-2012 WebIDL.</summary>
    public sealed record ExceptionDefinition : ContainerDefinition
    {
        /// <inheritdoc />
        public override string Kind => "exception";
    }

    /// <summary><c>callback Name = ReturnType (arguments);</c></summary>
    public sealed record CallbackDefinition : DefinitionNode
    {
        /// <summary>The return type.</summary>
        public IdlType ReturnType { get; init; } = null!;

        /// <summary>The arguments.</summary>
        public EquatableArray<Argument> Arguments { get; init; }

        /// <inheritdoc />
        public override string Kind => "callback";
    }

    /// <summary><c>enum Name { "a", "b" };</c></summary>
    public sealed record EnumDefinition : DefinitionNode
    {
        /// <summary>The values, in order.</summary>
        public EquatableArray<EnumValue> Values { get; init; }

        /// <inheritdoc />
        public override string Kind => "enum";
    }

    /// <summary>One string of an enum.</summary>
    public sealed record EnumValue : SyntaxNode
    {
        /// <summary>The string's contents, without quotes.</summary>
        public string Value { get; init; } = "";

        /// <summary>The comment block directly above the value, or null.</summary>
        public string? Documentation { get; init; }
    }

    /// <summary><c>typedef Type Name;</c></summary>
    public sealed record TypedefDefinition : DefinitionNode
    {
        /// <summary>The aliased type.</summary>
        public IdlType Type { get; init; } = null!;

        /// <inheritdoc />
        public override string Kind => "typedef";
    }

    /// <summary><c>Target includes Mixin;</c>. <see cref="DefinitionNode.Name"/> is the target.</summary>
    public sealed record IncludesStatement : DefinitionNode
    {
        /// <summary>The mixin's name.</summary>
        public string Mixin { get; init; } = "";

        /// <summary>Where the mixin's name is written.</summary>
        public SourceSpan MixinSpan { get; init; }

        /// <inheritdoc />
        public override string Kind => "includes";
    }

    /// <summary>Legacy <c>Target implements Other;</c>. <see cref="DefinitionNode.Name"/> is the target.</summary>
    public sealed record ImplementsStatement : DefinitionNode
    {
        /// <summary>The implemented interface's name.</summary>
        public string Implements { get; init; } = "";

        /// <summary>Where the implemented name is written.</summary>
        public SourceSpan ImplementsSpan { get; init; }

        /// <inheritdoc />
        public override string Kind => "implements";
    }

    /// <summary>Legacy <c>module name { definitions };</c> from OMG-IDL-era specs.</summary>
    public sealed record ModuleDefinition : DefinitionNode
    {
        /// <summary>The definitions inside the module.</summary>
        public EquatableArray<DefinitionNode> Definitions { get; init; }

        /// <inheritdoc />
        public override string Kind => "module";
    }

    /// <summary>Legacy forward declaration <c>interface Name;</c>.</summary>
    public sealed record ForwardDeclaration : DefinitionNode
    {
        /// <inheritdoc />
        public override string Kind => "forward-declaration";
    }
}
