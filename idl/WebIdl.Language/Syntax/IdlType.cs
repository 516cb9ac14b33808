using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>
    /// A WebIDL type: a named or primitive type, a generic (<c>sequence</c>, <c>record</c>, <c>Promise</c>, …),
    /// or a union, each possibly nullable and annotated with extended attributes.
    /// </summary>
    public sealed record IdlType : SyntaxNode
    {
        /// <summary>
        /// The syntactic position webidl2.js records as <c>type</c>: <c>argument-type</c>, <c>attribute-type</c>,
        /// <c>return-type</c>, <c>const-type</c>, <c>dictionary-type</c>, <c>typedef-type</c>, or null.
        /// </summary>
        public string? Context { get; init; }

        /// <summary>Extended attributes on the type itself.</summary>
        public EquatableArray<ExtendedAttribute> ExtAttrs { get; init; }

        /// <summary>The generic's name (<c>sequence</c>, <c>FrozenArray</c>, <c>ObservableArray</c>, <c>record</c>, <c>Promise</c>, <c>async_sequence</c>) or empty.</summary>
        public string Generic { get; init; } = "";

        /// <summary>True for <c>T?</c>.</summary>
        public bool Nullable { get; init; }

        /// <summary>True for <c>(A or B)</c>.</summary>
        public bool Union { get; init; }

        /// <summary>The type name for a non-generic, non-union type (<c>unsigned long long</c>, <c>DOMString</c>, <c>Node</c>); null otherwise.</summary>
        public string? Name { get; init; }

        /// <summary>Type arguments of a generic, or members of a union.</summary>
        public EquatableArray<IdlType> Subtypes { get; init; }

        /// <summary>Renders the type as WebIDL text (without extended attributes on the outermost type).</summary>
        public override string ToString() => IdlWriter.WriteType(this, includeExtAttrs: false);
    }
}
