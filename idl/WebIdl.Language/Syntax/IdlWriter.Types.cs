using System.Text;
using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>This part: types, arguments, default values and extended attributes.</summary>
    public static partial class IdlWriter
    {
        /// <summary>Where a type stands: the grammar allows different bare keywords in each position.</summary>
        private enum TypePosition
        {
            /// <summary>Anywhere a type with extended attributes may stand.</summary>
            Default,

            /// <summary>A return type or a <c>Promise</c>'s subtype, where <c>void</c> is a keyword too.</summary>
            Return,

            /// <summary>A constant's type: a primitive type or an identifier.</summary>
            Const,
        }

        private static void AppendType(StringBuilder builder, IdlType type, bool includeExtAttrs, TypePosition position = TypePosition.Default)
        {
            if (includeExtAttrs && !type.ExtAttrs.IsEmpty)
            {
                AppendExtAttrs(builder, type.ExtAttrs);
                builder.Append(' ');
            }

            if (type.Union)
            {
                builder.Append('(');
                for (var i = 0; i < type.Subtypes.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(" or ");
                    }

                    AppendType(builder, type.Subtypes[i], true);
                }

                builder.Append(')');
            }
            else if (type.Generic.Length > 0)
            {
                builder.Append(type.Generic).Append('<');
                for (var i = 0; i < type.Subtypes.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendType(builder, type.Subtypes[i], true, type.Generic == "Promise" ? TypePosition.Return : TypePosition.Default);
                }

                builder.Append('>');
            }
            else
            {
                builder.Append(TypeName(type.Name ?? "", position));
            }

            if (type.Nullable)
            {
                builder.Append('?');
            }
        }

        private static void AppendArguments(StringBuilder builder, EquatableArray<Argument> arguments)
        {
            builder.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendArgument(builder, arguments[i]);
            }

            builder.Append(')');
        }

        private static void AppendArgument(StringBuilder builder, Argument argument)
        {
            if (!argument.ExtAttrs.IsEmpty)
            {
                AppendExtAttrs(builder, argument.ExtAttrs);
                builder.Append(' ');
            }

            if (argument.LegacyIn)
            {
                builder.Append("in ");
            }

            if (argument.Optional)
            {
                builder.Append("optional ");
            }

            AppendType(builder, argument.Type, true);
            if (argument.Variadic)
            {
                builder.Append("...");
            }

            builder.Append(' ').Append(Identifier(argument.Name, NamePosition.Argument));
            if (argument.Default is not null)
            {
                builder.Append(" = ");
                AppendValue(builder, argument.Default);
            }
        }

        private static void AppendValue(StringBuilder builder, DefaultValue value)
        {
            switch (value.Kind)
            {
                case "string":
                    AppendString(builder, value.Value ?? "");
                    break;
                case "null":
                    builder.Append("null");
                    break;
                case "Infinity":
                    builder.Append(value.Negative ? "-Infinity" : "Infinity");
                    break;
                case "NaN":
                    builder.Append("NaN");
                    break;
                case "sequence":
                    builder.Append("[]");
                    break;
                case "dictionary":
                    builder.Append("{}");
                    break;
                default:
                    // number and boolean: the literal text.
                    builder.Append(value.Value);
                    break;
            }
        }

        private static void AppendExtAttrs(StringBuilder builder, EquatableArray<ExtendedAttribute> attributes)
        {
            builder.Append('[');
            for (var i = 0; i < attributes.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendExtAttr(builder, attributes[i]);
            }

            builder.Append(']');
        }

        private static void AppendExtAttr(StringBuilder builder, ExtendedAttribute attribute)
        {
            // The parser keeps extended attribute names exactly as written (no escape removed).
            builder.Append(attribute.Name);
            var rhs = attribute.Rhs;
            if (rhs is not null)
            {
                builder.Append('=');
                if (rhs.Kind == "*")
                {
                    builder.Append('*');
                }
                else if (rhs.IsList)
                {
                    // `(Window,Worker)` without spaces, as the specifications write it.
                    var identifiers = rhs.Kind == "identifier-list";
                    builder.Append('(');
                    for (var i = 0; i < rhs.Values.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        builder.Append(identifiers ? Identifier(rhs.Values[i]) : rhs.Values[i]);
                    }

                    builder.Append(')');
                }
                else
                {
                    // Strings keep their quotes and numbers their literal text, so only identifiers need escaping.
                    builder.Append(rhs.Kind == "identifier" ? Identifier(rhs.Value ?? "") : rhs.Value);
                }
            }

            if (attribute.HasArgumentList || !attribute.Arguments.IsEmpty)
            {
                AppendArguments(builder, attribute.Arguments);
            }
        }
    }
}
