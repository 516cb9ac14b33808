using System;
using System.Globalization;
using System.Numerics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Binding
{
    /// <summary>What a validation check names in its message: <c>Interface.member: argument 'name'</c>, as C# literals.</summary>
    internal sealed class CheckContext
    {
        public CheckContext(string interfaceName, string memberName, string argumentName)
        {
            Interface = CSharpNames.StringLiteral(interfaceName);
            Member = CSharpNames.StringLiteral(memberName);
            Argument = CSharpNames.StringLiteral(argumentName);
            Description = interfaceName + "." + memberName + ": argument '" + argumentName + "'";
        }

        public string Interface { get; }

        public string Member { get; }

        public string Argument { get; }

        /// <summary>The plain description, as <c>IdlConvert.Describe</c> words it.</summary>
        public string Description { get; }

        /// <summary><c>"I", "m", "a"</c>.</summary>
        public string Names => Interface + ", " + Member + ", " + Argument;
    }

    /// <summary>
    /// Which runtime helper each value needs on its way from a public member to a <c>…Core</c> member, written as one
    /// C# expression (no statements, no locals, so nothing can clash with a parameter name). The rules are Web IDL's:
    /// <c>[EnforceRange]</c> and <c>[Clamp]</c> integers (taken as a wider C# type), restricted floats, USVString,
    /// ByteString, enums (arguments only), non-nullable references, required dictionary members, and the same for
    /// the elements of sequences and records and the members of unions.
    /// </summary>
    internal static class Conversions
    {
        private const string Convert = "global::WebIdl.Runtime.IdlConvert.";
        private const string Linq = "global::System.Linq.Enumerable.";

        /// <summary>The C# type a public member takes for <paramref name="type"/>: integers under <c>[EnforceRange]</c>/<c>[Clamp]</c> widen to <c>long</c> (<c>ulong</c> for <c>unsigned long long</c>).</summary>
        public static string PublicType(MappedType type)
        {
            if (type.Kind == MappedKind.Integer && (type.EnforceRange || type.Clamp))
            {
                var wide = type.NonNullable == "ulong" ? "ulong" : "long";
                return type.Nullable ? wide + "?" : wide;
            }

            return type.NullToEmpty ? "string?" : type.CSharp;
        }

        /// <summary>The identity of <see cref="PublicType"/> for overload comparison.</summary>
        public static string PublicIdentity(MappedType type)
        {
            if (type.Kind == MappedKind.Integer && (type.EnforceRange || type.Clamp))
            {
                var wide = type.NonNullable == "ulong" ? "ulong" : "long";
                return type.Nullable ? wide + "?" : wide;
            }

            return type.IdentityKey;
        }

        /// <summary>
        /// The expression that turns <paramref name="expression"/> (of <see cref="PublicType"/>) into the core value,
        /// or <paramref name="expression"/> itself when nothing needs doing.
        /// </summary>
        public static string ToCore(MappedType type, string expression, CheckContext context) =>
            Convert0(type, expression, context, exact: false, depth: 0);

        /// <summary>The same for a value that already has the exact core type (variadic elements, sequence elements).</summary>
        public static string ToCoreExact(MappedType type, string expression, CheckContext context, int depth) =>
            Convert0(type, expression, context, exact: true, depth: depth);

        /// <summary>The null check alone.</summary>
        public static string NotNullCheck(string expression, CheckContext context) => NotNull(expression, context);

        private static string Convert0(MappedType type, string expression, CheckContext context, bool exact, int depth)
        {
            if (type.Kind == MappedKind.Any || type.Kind == MappedKind.Void)
            {
                return expression;
            }

            if (type.NullToEmpty && !type.Nullable)
            {
                return NonNull(type, "(" + expression + " ?? \"\")", context, exact, depth).Replace(NotNull("(" + expression + " ?? \"\")", context), "(" + expression + " ?? \"\")");
            }

            if (!type.Nullable)
            {
                return NonNull(type, expression, context, exact, depth);
            }

            var value = type.IsValueType ? expression + ".Value" : expression;
            var inner = NonNull(type.AsNonNullable(), value, context, exact, depth);
            if (inner == value)
            {
                return expression;
            }

            return "(" + expression + " is null ? (" + type.CSharp + ")null : " + inner + ")";
        }

        private static string NonNull(MappedType type, string e, CheckContext c, bool exact, int depth)
        {
            switch (type.Kind)
            {
                case MappedKind.Integer:
                    return Integer(type, e, c, exact);
                case MappedKind.Float:
                    if (type.Primitive == "float")
                    {
                        return Convert + "RestrictedFloat(" + e + ", " + c.Names + ")";
                    }

                    return type.Primitive == "double" ? Convert + "RestrictedDouble(" + e + ", " + c.Names + ")" : e;
                case MappedKind.String:
                    return type.Primitive switch
                    {
                        "USVString" => Convert + "ToUsvString(" + NotNull(e, c) + ")",
                        "ByteString" => Convert + "ToByteString(" + e + ", " + c.Names + ")",
                        _ => NotNull(e, c),
                    };
                case MappedKind.Enum:
                    return type.EnumHelper + ".EnsureDefined(" + e + ", " + c.Names + ")";
                case MappedKind.Dictionary:
                    return type.DictionaryName is not null && type.EnsureRequired is { } ensure
                        ? ensure + "(" + NotNull(e, c) + ", " + c.Names + ")"
                        : NotNull(e, c);
                case MappedKind.Sequence:
                case MappedKind.ObservableArray:
                    {
                        var item = "__item" + depth.ToString(CultureInfo.InvariantCulture);
                        var element = type.Element!;
                        var converted = Convert0(element, item, c, exact: true, depth + 1);
                        if (converted == item)
                        {
                            return NotNull(e, c);
                        }

                        var collect = type.Kind == MappedKind.Sequence ? "ToArray" : "ToList";
                        return Linq + collect + "(" + Linq + "Select(" + NotNull(e, c) + ", " + item + " => " + converted + "))";
                    }

                case MappedKind.Record:
                    {
                        var pair = "__pair" + depth.ToString(CultureInfo.InvariantCulture);
                        var key = type.Key is { } keyType ? Convert0(keyType, pair + ".Key", c, exact: true, depth + 1) : pair + ".Key";
                        var value = Convert0(type.Element!, pair + ".Value", c, exact: true, depth + 1);
                        // Keys come from a dictionary: never null, so the string check is the conversion alone.
                        key = key.Replace(NotNull(pair + ".Key", c), pair + ".Key");
                        if (key == pair + ".Key" && value == pair + ".Value")
                        {
                            return NotNull(e, c);
                        }
                        return Linq + "ToDictionary(" + NotNull(e, c) + ", " + pair + " => " + key + ", " + pair + " => " + value + ")";
                    }

                case MappedKind.Union:
                    return Union(type, e, c, depth);
                case MappedKind.Boolean:
                case MappedKind.BigInt:
                case MappedKind.Buffer:
                    return e;
                default:
                    return type.IsValueType ? e : NotNull(e, c);
            }
        }

        private static string Union(MappedType type, string e, CheckContext c, int depth)
        {
            var shape = type.Union!;
            var result = e;
            for (var i = shape.Members.Count - 1; i >= 0; i--)
            {
                var member = shape.Members[i];
                var access = e + ".As" + member.Accessor;
                var converted = Convert0(type.UnionMemberType(i), access, c, exact: true, depth + 1);

                // The union's From already rejects null, so a bare null check adds nothing.
                if (converted == access || converted == NotNull(access, c))
                {
                    continue;
                }

                result = "(" + e + ".Is" + member.Accessor + " ? " + shape.FullName + ".From(" + converted + ") : " + result + ")";
            }

            // default(TheUnion) holds no value (index 0): the struct's stand-in for null. Index, not Value, which
            // would box a value-type member.
            return "(" + e + ".Index == 0 ? throw new global::System.ArgumentNullException(" + c.Argument + ", "
                + CSharpNames.StringLiteral(c.Description + " must not be null.") + ") : " + result + ")";
        }

        private static string Integer(MappedType type, string e, CheckContext c, bool exact)
        {
            var cs = type.NonNullable;
            var sixtyFour = cs == "long" || cs == "ulong";
            if (exact && !sixtyFour)
            {
                return e; // the exact C# type cannot hold a value outside the IDL range
            }

            if (type.EnforceRange)
            {
                return cs switch
                {
                    "ulong" => Convert + "EnforceRange(" + e + ", (ulong)" + Convert + "MaxSafeInteger, " + c.Names + ")",
                    "long" => Convert + "EnforceRange(" + e + ", " + Convert + "MinSafeInteger, " + Convert + "MaxSafeInteger, " + c.Names + ")",
                    _ => "(" + cs + ")" + Convert + "EnforceRange(" + e + ", " + Min(cs) + ", " + Max(cs) + ", " + c.Names + ")",
                };
            }

            if (type.Clamp)
            {
                return cs switch
                {
                    "ulong" => Convert + "Clamp(" + e + ", (ulong)" + Convert + "MaxSafeInteger)",
                    "long" => Convert + "Clamp(" + e + ", " + Convert + "MinSafeInteger, " + Convert + "MaxSafeInteger)",
                    _ => "(" + cs + ")" + Convert + "Clamp(" + e + ", " + Min(cs) + ", " + Max(cs) + ")",
                };
            }

            return e;
        }

        private static string NotNull(string e, CheckContext c) => Convert + "NotNull(" + e + ", " + c.Names + ")";

        private static string Min(string cs) => cs switch
        {
            "sbyte" => "-128",
            "byte" => "0",
            "short" => "-32768",
            "ushort" => "0",
            "int" => "-2147483648",
            _ => "0",
        };

        private static string Max(string cs) => cs switch
        {
            "sbyte" => "127",
            "byte" => "255",
            "short" => "32767",
            "ushort" => "65535",
            "int" => "2147483647",
            _ => "4294967295",
        };

        /// <summary>The range of a C# integer type, for constants and defaults.</summary>
        public static bool Fits(BigInteger value, string cs) => cs switch
        {
            "sbyte" => value >= sbyte.MinValue && value <= sbyte.MaxValue,
            "byte" => value >= byte.MinValue && value <= byte.MaxValue,
            "short" => value >= short.MinValue && value <= short.MaxValue,
            "ushort" => value >= ushort.MinValue && value <= ushort.MaxValue,
            "int" => value >= int.MinValue && value <= int.MaxValue,
            "uint" => value >= uint.MinValue && value <= uint.MaxValue,
            "long" => value >= long.MinValue && value <= long.MaxValue,
            "ulong" => value >= ulong.MinValue && value <= ulong.MaxValue,
            _ => true,
        };

        /// <summary>Parses an IDL integer literal (decimal, <c>0x</c> hex, leading-zero octal, optional minus).</summary>
        public static bool TryParseInteger(string text, out BigInteger value)
        {
            value = BigInteger.Zero;
            if (string.IsNullOrEmpty(text))
            {
                return false;
            }

            var negative = text[0] == '-';
            var digits = negative ? text.Substring(1) : text;
            if (digits.Length == 0)
            {
                return false;
            }

            var radix = 10;
            if (digits.Length > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
            {
                radix = 16;
                digits = digits.Substring(2);
            }
            else if (digits.Length > 1 && digits[0] == '0')
            {
                radix = 8;
                digits = digits.Substring(1);
            }

            foreach (var ch in digits)
            {
                var digit = ch >= '0' && ch <= '9' ? ch - '0'
                    : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                    : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                    : 99;
                if (digit >= radix)
                {
                    return false;
                }

                value = (value * radix) + digit;
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>
        /// A C# constant expression for an IDL constant or default <paramref name="value"/> of a number, boolean or
        /// string type (<paramref name="cs"/> is the C# type the constant is written for); null when the value does
        /// not fit or is not a constant.
        /// </summary>
        public static string? Literal(DefaultValue value, MappedType type, string cs)
        {
            switch (value.Kind)
            {
                case "boolean":
                    return type.Kind == MappedKind.Boolean ? (value.Value == "true" ? "true" : "false") : null;
                case "string":
                    if (type.Kind == MappedKind.String)
                    {
                        return CSharpNames.StringLiteral(value.Value ?? "");
                    }

                    if (type.Kind == MappedKind.Enum && type.EnumValues is { } values && type.EnumMembers is { } members)
                    {
                        for (var i = 0; i < values.Count; i++)
                        {
                            if (values[i] == value.Value)
                            {
                                return type.NonNullable + "." + members[i];
                            }
                        }
                    }

                    return null;
                case "Infinity":
                    return type.Kind == MappedKind.Float ? (cs.StartsWith("float", StringComparison.Ordinal) ? "float." : "double.") + (value.Negative ? "NegativeInfinity" : "PositiveInfinity") : null;
                case "NaN":
                    return type.Kind == MappedKind.Float ? (cs.StartsWith("float", StringComparison.Ordinal) ? "float." : "double.") + "NaN" : null;
                case "number":
                    return Number(value.Value ?? "", type, cs);
                default:
                    return null;
            }
        }

        private static string? Number(string text, MappedType type, string cs)
        {
            var bare = cs.TrimEnd('?');
            if (type.Kind == MappedKind.Integer)
            {
                if (!TryParseInteger(text, out var integer) || !Fits(integer, bare))
                {
                    return null;
                }

                return integer.ToString(CultureInfo.InvariantCulture);
            }

            if (type.Kind == MappedKind.Float)
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    if (!TryParseInteger(text, out var whole))
                    {
                        return null;
                    }

                    number = (double)whole;
                }

                if (bare == "float")
                {
                    var single = (float)number;
                    if (float.IsInfinity(single))
                    {
                        return null;
                    }

                    return FloatText(single.ToString("R", CultureInfo.InvariantCulture)) + "F";
                }

                if (double.IsInfinity(number))
                {
                    return null;
                }

                return FloatText(number.ToString("R", CultureInfo.InvariantCulture)) + "D";
            }

            return null;
        }

        private static string FloatText(string text) =>
            text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 || text.IndexOf('e') >= 0 ? text : text + ".0";
    }
}
