using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary><c>const Type NAME = value;</c></summary>
    public sealed record ConstMember : MemberNode
    {
        /// <summary>The constant's name.</summary>
        public string ConstName { get; init; } = "";

        /// <summary>The constant's type.</summary>
        public IdlType Type { get; init; } = null!;

        /// <summary>The value.</summary>
        public DefaultValue Value { get; init; } = null!;

        /// <inheritdoc />
        public override string Name => ConstName;

        /// <inheritdoc />
        public override string Kind => "const";
    }

    /// <summary>An attribute: <c>[static|stringifier|inherit] [readonly] attribute Type name;</c>.</summary>
    public sealed record AttributeMember : MemberNode
    {
        /// <summary>The attribute's name.</summary>
        public string AttributeName { get; init; } = "";

        /// <summary>The attribute's type.</summary>
        public IdlType Type { get; init; } = null!;

        /// <summary><c>static</c>, <c>stringifier</c>, <c>inherit</c> or empty.</summary>
        public string Special { get; init; } = "";

        /// <summary>True for <c>readonly</c>.</summary>
        public bool Readonly { get; init; }

        /// <summary>Legacy <c>getraises(…)</c> exception names.</summary>
        public EquatableArray<string> GetRaises { get; init; }

        /// <summary>Legacy <c>setraises(…)</c> exception names.</summary>
        public EquatableArray<string> SetRaises { get; init; }

        /// <inheritdoc />
        public override string Name => AttributeName;

        /// <inheritdoc />
        public override string Kind => "attribute";
    }

    /// <summary>
    /// An operation: regular, <c>static</c>, special (<c>getter</c>, <c>setter</c>, <c>deleter</c>), <c>stringifier</c>,
    /// or a legacy special (<c>legacycaller</c>, <c>creator</c>, <c>jsonifier</c>, <c>serializer</c>).
    /// </summary>
    public sealed record OperationMember : MemberNode
    {
        /// <summary>The operation's name, or empty for unnamed specials.</summary>
        public string OperationName { get; init; } = "";

        /// <summary>The return type; null only for bare <c>stringifier;</c>, <c>jsonifier;</c> and <c>serializer;</c>.</summary>
        public IdlType? ReturnType { get; init; }

        /// <summary>The arguments.</summary>
        public EquatableArray<Argument> Arguments { get; init; }

        /// <summary><c>static</c>, <c>getter</c>, <c>setter</c>, <c>deleter</c>, <c>stringifier</c> or empty (webidl2.js's <c>special</c>).</summary>
        public string Special { get; init; } = "";

        /// <summary>Legacy qualifiers that webidl2.js does not know: <c>legacycaller</c>, <c>creator</c>, <c>jsonifier</c>, <c>serializer</c>, and specials after the first.</summary>
        public EquatableArray<string> LegacySpecials { get; init; }

        /// <summary>Legacy <c>raises(…)</c> exception names.</summary>
        public EquatableArray<string> Raises { get; init; }

        /// <inheritdoc />
        public override string Name => OperationName;

        /// <inheritdoc />
        public override string Kind => "operation";
    }

    /// <summary><c>constructor(arguments);</c></summary>
    public sealed record ConstructorMember : MemberNode
    {
        /// <summary>The arguments.</summary>
        public EquatableArray<Argument> Arguments { get; init; }

        /// <inheritdoc />
        public override string Kind => "constructor";
    }

    /// <summary><c>iterable&lt;…&gt;</c>, <c>async_iterable&lt;…&gt;(…)</c>, <c>maplike&lt;K, V&gt;</c> or <c>setlike&lt;T&gt;</c>.</summary>
    public sealed record IterableMember : MemberNode
    {
        /// <summary><c>iterable</c>, <c>async_iterable</c>, <c>maplike</c> or <c>setlike</c>.</summary>
        public string IterableKind { get; init; } = "";

        /// <summary>The type arguments (one or two).</summary>
        public EquatableArray<IdlType> Types { get; init; }

        /// <summary>Arguments of an async iterable.</summary>
        public EquatableArray<Argument> Arguments { get; init; }

        /// <summary>True for <c>readonly maplike</c>/<c>readonly setlike</c>.</summary>
        public bool Readonly { get; init; }

        /// <summary>True for the older <c>async iterable</c> spelling.</summary>
        public bool Async { get; init; }

        /// <summary>True when an argument list was written.</summary>
        public bool HasArgumentList { get; init; }

        /// <inheritdoc />
        public override string Kind => IterableKind;
    }

    /// <summary>A dictionary member: <c>[required] Type name [= default];</c>.</summary>
    public sealed record FieldMember : MemberNode
    {
        /// <summary>The member's name.</summary>
        public string FieldName { get; init; } = "";

        /// <summary>The member's type.</summary>
        public IdlType Type { get; init; } = null!;

        /// <summary>The default value, or null.</summary>
        public DefaultValue? Default { get; init; }

        /// <summary>True for <c>required</c>.</summary>
        public bool Required { get; init; }

        /// <inheritdoc />
        public override string Name => FieldName;

        /// <inheritdoc />
        public override string Kind => "field";
    }

    /// <summary>A field of a legacy exception: <c>Type name;</c>.</summary>
    public sealed record ExceptionFieldMember : MemberNode
    {
        /// <summary>The field's name.</summary>
        public string FieldName { get; init; } = "";

        /// <summary>The field's type.</summary>
        public IdlType Type { get; init; } = null!;

        /// <inheritdoc />
        public override string Name => FieldName;

        /// <inheritdoc />
        public override string Kind => "exception-field";
    }
}
