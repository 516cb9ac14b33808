using System.Collections.Generic;

namespace WebIdl.Generator.Binding
{
    /// <summary>What an IDL type is, as far as C# and the validation stubs care.</summary>
    internal enum MappedKind
    {
        Void,
        Boolean,
        Integer,
        Float,
        BigInt,
        String,
        Any,
        Object,
        Enum,
        Interface,
        Dictionary,
        Callback,
        CallbackInterface,
        Exception,
        Sequence,
        ObservableArray,
        AsyncSequence,
        Record,
        Promise,
        Buffer,
        Union,
        Runtime,
        External,
    }

    /// <summary>
    /// An IDL type mapped to C#: the type string (fully qualified) and what the binder needs to choose conversions,
    /// defaults and union shapes. Working data of the binder, never part of a binding record.
    /// </summary>
    internal sealed class MappedType
    {
        public MappedType(MappedKind kind, string nonNullable, bool isValueType, bool nullable)
        {
            Kind = kind;
            NonNullable = nonNullable;
            IsValueType = isValueType;
            Nullable = nullable;
        }

        public MappedKind Kind { get; }

        /// <summary>The C# type without a nullable annotation.</summary>
        public string NonNullable { get; }

        public bool IsValueType { get; }

        /// <summary>True for IDL <c>T?</c> (and <c>any</c>, which includes null).</summary>
        public bool Nullable { get; }

        /// <summary>The C# type as used: <see cref="NonNullable"/> with <c>?</c> when nullable (<c>void</c> never).</summary>
        public string CSharp => Nullable && Kind != MappedKind.Void ? NonNullable + "?" : NonNullable;

        /// <summary>The IDL primitive name for numbers and strings (<c>unsigned short</c>, <c>USVString</c>); empty otherwise.</summary>
        public string Primitive { get; init; } = "";

        /// <summary><c>[EnforceRange]</c> applies.</summary>
        public bool EnforceRange { get; init; }

        /// <summary><c>[Clamp]</c> applies.</summary>
        public bool Clamp { get; init; }

        /// <summary><c>[LegacyNullToEmptyString]</c> applies: a null string argument becomes <c>""</c>.</summary>
        public bool NullToEmpty { get; init; }

        /// <summary>The element type of a sequence, observable array, async sequence or promise; the value type of a record.</summary>
        public MappedType? Element { get; init; }

        /// <summary>The key type of a record.</summary>
        public MappedType? Key { get; init; }

        /// <summary>The union, for <see cref="MappedKind.Union"/>.</summary>
        public UnionShape? Union { get; init; }

        /// <summary>
        /// For a union: its member types as written at this use, in the order of <see cref="UnionShape.Members"/>.
        /// Two unions that differ only in conversions (<c>[EnforceRange] long</c> and <c>long</c>) share one struct,
        /// so the conversions must come from the use, not from the shape.
        /// </summary>
        public IReadOnlyList<MappedType>? UnionMembers { get; init; }

        /// <summary>The type of union member <paramref name="index"/> as written at this use.</summary>
        public MappedType UnionMemberType(int index) =>
            UnionMembers is { } members && members.Count == Union!.Members.Count ? members[index] : Union!.Members[index].Type;

        /// <summary>The enum's helper class (<c>global::Ns.FooIdl</c>) and the IDL values, for <see cref="MappedKind.Enum"/>.</summary>
        public string? EnumHelper { get; init; }

        /// <summary>The IDL enum values, for <see cref="MappedKind.Enum"/>.</summary>
        public IReadOnlyList<string>? EnumValues { get; init; }

        /// <summary>The C# member names of the enum, parallel to <see cref="EnumValues"/>.</summary>
        public IReadOnlyList<string>? EnumMembers { get; init; }

        /// <summary>The IDL name of a dictionary (for required-member checks).</summary>
        public string? DictionaryName { get; init; }

        /// <summary>True for a dictionary with a required member (its own or inherited): <c>{}</c> cannot stand for it.</summary>
        public bool HasRequiredMembers { get; init; }

        /// <summary>The dictionary's generated <c>EnsureRequired</c> method (fully qualified) when it has required members to check; else null.</summary>
        public string? EnsureRequired { get; init; }

        /// <summary>The type as IDL text, for documentation.</summary>
        public string IdlText { get; init; } = "";

        /// <summary>A PascalCase name for the type, for union struct names and accessors (<c>DOMString</c>, <c>UnsignedLongSequence</c>).</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>
        /// What overload resolution sees: the CLR type, where a nullable reference type is the same type and a
        /// nullable value type is not.
        /// </summary>
        public string IdentityKey => Nullable && IsValueType ? IdentityCore + "?" : IdentityCore;

        /// <summary><see cref="IdentityKey"/> without the outer nullable.</summary>
        public string IdentityCore { get; init; } = "";

        /// <summary>True when C# allows a user-defined implicit conversion from this type (not interfaces, not <c>object</c>).</summary>
        public bool AllowsUserConversion { get; init; } = true;

        /// <summary>The same type, nullable.</summary>
        public MappedType AsNullable() => Nullable ? this : With(nullable: true);

        /// <summary>The same type, not nullable.</summary>
        public MappedType AsNonNullable() => !Nullable || Kind == MappedKind.Any ? this : With(nullable: false);

        private MappedType With(bool nullable) => new MappedType(Kind, NonNullable, IsValueType, nullable)
        {
            Primitive = Primitive,
            EnforceRange = EnforceRange,
            Clamp = Clamp,
            NullToEmpty = NullToEmpty,
            Element = Element,
            Key = Key,
            Union = Union,
            UnionMembers = UnionMembers,
            EnumHelper = EnumHelper,
            EnumValues = EnumValues,
            EnumMembers = EnumMembers,
            DictionaryName = DictionaryName,
            EnsureRequired = EnsureRequired,
            HasRequiredMembers = HasRequiredMembers,
            IdlText = IdlText,
            DisplayName = DisplayName,
            IdentityCore = IdentityCore,
            AllowsUserConversion = AllowsUserConversion,
        };
    }

    /// <summary>A union as the binder sees it: its struct and its flattened, de-duplicated member types.</summary>
    internal sealed class UnionShape
    {
        public UnionShape(string structName, string fullName, IReadOnlyList<UnionMemberShape> members)
        {
            StructName = structName;
            FullName = fullName;
            Members = members;
        }

        /// <summary>The struct's simple name.</summary>
        public string StructName { get; }

        /// <summary>The struct's fully qualified name.</summary>
        public string FullName { get; }

        public IReadOnlyList<UnionMemberShape> Members { get; }
    }

    /// <summary>One member type of a union with its accessor suffix (<c>IsDOMString</c>, <c>AsDOMString</c>).</summary>
    internal sealed class UnionMemberShape
    {
        public UnionMemberShape(MappedType type, string accessor, int index)
        {
            Type = type;
            Accessor = accessor;
            Index = index;
        }

        public MappedType Type { get; }

        public string Accessor { get; }

        /// <summary>1-based; 0 is the empty default value.</summary>
        public int Index { get; }
    }
}
