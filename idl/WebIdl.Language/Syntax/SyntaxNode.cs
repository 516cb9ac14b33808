using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>Base of every syntax tree node: immutable, value-equal, with the span of source it came from.</summary>
    public abstract record SyntaxNode
    {
        /// <summary>The source text this node was parsed from.</summary>
        public SourceSpan Span { get; init; }
    }

    /// <summary>A top-level definition (interface, dictionary, enum, …) or a legacy top-level construct.</summary>
    public abstract record DefinitionNode : SyntaxNode
    {
        /// <summary>The definition's name, with a leading escape underscore removed (as webidl2.js does).</summary>
        public string Name { get; init; } = "";

        /// <summary>Where the name is; diagnostics about the definition point here.</summary>
        public SourceSpan NameSpan { get; init; }

        /// <summary>Extended attributes written before the definition.</summary>
        public EquatableArray<ExtendedAttribute> ExtAttrs { get; init; }

        /// <summary>The text of the comment block directly above the definition, markers stripped; null when there is none.</summary>
        public string? Documentation { get; init; }

        /// <summary>The webidl2.js <c>type</c> string of this definition (<c>interface</c>, <c>dictionary</c>, …).</summary>
        public abstract string Kind { get; }
    }

    /// <summary>A member of an interface, mixin, namespace, dictionary or exception.</summary>
    public abstract record MemberNode : SyntaxNode
    {
        /// <summary>Extended attributes written before the member.</summary>
        public EquatableArray<ExtendedAttribute> ExtAttrs { get; init; }

        /// <summary>The text of the comment block directly above the member, markers stripped; null when there is none.</summary>
        public string? Documentation { get; init; }

        /// <summary>The member's name, or empty for members that have none (constructors, iterables, unnamed specials).</summary>
        public virtual string Name => "";

        /// <summary>Where the member's name (or first token) is.</summary>
        public SourceSpan NameSpan { get; init; }

        /// <summary>The webidl2.js <c>type</c> string of this member (<c>attribute</c>, <c>operation</c>, …).</summary>
        public abstract string Kind { get; }
    }
}
