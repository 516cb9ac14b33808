using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>An argument of an operation, constructor, callback or extended attribute.</summary>
    public sealed record Argument : SyntaxNode
    {
        /// <summary>The argument name, unescaped.</summary>
        public string Name { get; init; } = "";

        /// <summary>Extended attributes before <c>optional</c>.</summary>
        public EquatableArray<ExtendedAttribute> ExtAttrs { get; init; }

        /// <summary>The argument type.</summary>
        public IdlType Type { get; init; } = null!;

        /// <summary>True for <c>optional</c> arguments.</summary>
        public bool Optional { get; init; }

        /// <summary>True for <c>T... name</c>.</summary>
        public bool Variadic { get; init; }

        /// <summary>The default value of an optional argument, or null.</summary>
        public DefaultValue? Default { get; init; }

        /// <summary>True when the legacy <c>in</c> keyword preceded the argument (old specs; webidl2.js rejects it).</summary>
        public bool LegacyIn { get; init; }
    }

    /// <summary>
    /// A constant or default value. <see cref="Kind"/> is the webidl2.js value type:
    /// <c>number</c>, <c>string</c>, <c>boolean</c>, <c>null</c>, <c>Infinity</c>, <c>NaN</c>, <c>sequence</c> (<c>[]</c>) or <c>dictionary</c> (<c>{}</c>).
    /// </summary>
    public sealed record DefaultValue : SyntaxNode
    {
        /// <summary>The value type.</summary>
        public string Kind { get; init; } = "";

        /// <summary>The literal text of a number, the contents of a string, or <c>true</c>/<c>false</c>; null otherwise.</summary>
        public string? Value { get; init; }

        /// <summary>True for <c>-Infinity</c>.</summary>
        public bool Negative { get; init; }
    }
}
