using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>
    /// One extended attribute: <c>[Name]</c>, <c>[Name=rhs]</c>, <c>[Name(args)]</c>, <c>[Name=Rhs(args)]</c>,
    /// <c>[Name=(a,b)]</c> or <c>[Name=*]</c>.
    /// </summary>
    public sealed record ExtendedAttribute : SyntaxNode
    {
        /// <summary>The attribute's name.</summary>
        public string Name { get; init; } = "";

        /// <summary>The right-hand side after <c>=</c>, or null.</summary>
        public ExtendedAttributeRhs? Rhs { get; init; }

        /// <summary>The argument list (empty when there is none).</summary>
        public EquatableArray<Argument> Arguments { get; init; }

        /// <summary>True when an argument list was written, even an empty one: <c>[Constructor()]</c>.</summary>
        public bool HasArgumentList { get; init; }
    }

    /// <summary>The right-hand side of an extended attribute.</summary>
    public sealed record ExtendedAttributeRhs
    {
        /// <summary>
        /// The webidl2.js rhs type: <c>identifier</c>, <c>string</c>, <c>integer</c>, <c>decimal</c>, <c>*</c>,
        /// or one of those with <c>-list</c> appended.
        /// </summary>
        public string Kind { get; init; } = "";

        /// <summary>The single value (strings keep their quotes, as in webidl2.js); null for lists and <c>*</c>.</summary>
        public string? Value { get; init; }

        /// <summary>The values of a list right-hand side.</summary>
        public EquatableArray<string> Values { get; init; }

        /// <summary>True for list forms such as <c>(Window,Worker)</c>.</summary>
        public bool IsList => Kind.EndsWith("-list", System.StringComparison.Ordinal);
    }
}
