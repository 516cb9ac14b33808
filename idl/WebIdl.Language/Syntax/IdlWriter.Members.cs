using System.Text;
using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>This part: members of interfaces, mixins, namespaces, dictionaries, callback interfaces and exceptions.</summary>
    public static partial class IdlWriter
    {
        private static void AppendMember(StringBuilder builder, MemberNode member, int depth)
        {
            AppendDocumentation(builder, member.Documentation, depth);
            AppendIndent(builder, depth);
            if (!member.ExtAttrs.IsEmpty)
            {
                AppendExtAttrs(builder, member.ExtAttrs);
                builder.Append(' ');
            }

            switch (member)
            {
                case ConstMember constant:
                    builder.Append("const ");
                    AppendType(builder, constant.Type, true, TypePosition.Const);
                    builder.Append(' ').Append(Identifier(constant.Name)).Append(" = ");
                    AppendValue(builder, constant.Value);
                    break;
                case AttributeMember attribute:
                    AppendAttribute(builder, attribute);
                    break;
                case OperationMember operation:
                    AppendOperation(builder, operation);
                    break;
                case ConstructorMember constructor:
                    builder.Append("constructor");
                    AppendArguments(builder, constructor.Arguments);
                    break;
                case IterableMember iterable:
                    AppendIterable(builder, iterable);
                    break;
                case FieldMember field:
                    if (field.Required)
                    {
                        builder.Append("required ");
                    }

                    AppendType(builder, field.Type, true);
                    builder.Append(' ').Append(Identifier(field.Name));
                    if (field.Default is not null)
                    {
                        builder.Append(" = ");
                        AppendValue(builder, field.Default);
                    }

                    break;
                case ExceptionFieldMember exceptionField:
                    AppendType(builder, exceptionField.Type, true);
                    builder.Append(' ').Append(Identifier(exceptionField.Name));
                    break;
                default:
                    // A member kind this writer does not know: keep a trace instead of dropping it silently.
                    builder.Append("/* ").Append(EscapeCommentText(member.Kind)).Append(' ').Append(EscapeCommentText(member.Name)).Append(" */\n");
                    return;
            }

            builder.Append(";\n");
        }

        private static void AppendAttribute(StringBuilder builder, AttributeMember attribute)
        {
            if (attribute.Special.Length > 0)
            {
                builder.Append(attribute.Special).Append(' ');
            }

            if (attribute.Readonly)
            {
                builder.Append("readonly ");
            }

            builder.Append("attribute ");
            AppendType(builder, attribute.Type, true);
            builder.Append(' ').Append(Identifier(attribute.Name, NamePosition.Attribute));
            AppendRaises(builder, "getraises", attribute.GetRaises);
            AppendRaises(builder, "setraises", attribute.SetRaises);
        }

        private static void AppendOperation(StringBuilder builder, OperationMember operation)
        {
            if (operation.ReturnType is null)
            {
                // Bare `stringifier;`, or the legacy `jsonifier;` / `serializer;`.
                var word = operation.Special.Length > 0 ? operation.Special : (operation.LegacySpecials.IsEmpty ? "stringifier" : operation.LegacySpecials[0]);
                builder.Append(word);
                return;
            }

            // The parser reads `legacycaller (` as a type named legacycaller, so before a union return type the
            // leading legacycaller/creator words go before the special keyword instead of after it. LegacySpecials
            // keeps its order either way: the first special keyword is not part of that list.
            var leading = 0;
            if (operation.Special.Length > 0 && operation.ReturnType.Union)
            {
                while (leading < operation.LegacySpecials.Count && IsLegacyCallerWord(operation.LegacySpecials[leading]))
                {
                    leading++;
                }
            }

            for (var i = 0; i < leading; i++)
            {
                builder.Append(operation.LegacySpecials[i]).Append(' ');
            }

            if (operation.Special.Length > 0)
            {
                builder.Append(operation.Special).Append(' ');
            }

            for (var i = leading; i < operation.LegacySpecials.Count; i++)
            {
                builder.Append(operation.LegacySpecials[i]).Append(' ');
            }

            AppendType(builder, operation.ReturnType, true, TypePosition.Return);
            builder.Append(' ');
            if (operation.Name.Length > 0)
            {
                builder.Append(Identifier(operation.Name, NamePosition.Operation));
            }

            AppendArguments(builder, operation.Arguments);
            AppendRaises(builder, "raises", operation.Raises);
        }

        private static bool IsLegacyCallerWord(string word) => word == "legacycaller" || word == "creator";

        private static void AppendIterable(StringBuilder builder, IterableMember iterable)
        {
            if (iterable.Readonly)
            {
                builder.Append("readonly ");
            }

            if (iterable.Async)
            {
                builder.Append("async ");
            }

            builder.Append(iterable.IterableKind).Append('<');
            for (var i = 0; i < iterable.Types.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendType(builder, iterable.Types[i], true);
            }

            builder.Append('>');
            if (iterable.HasArgumentList || !iterable.Arguments.IsEmpty)
            {
                AppendArguments(builder, iterable.Arguments);
            }
        }

        private static void AppendRaises(StringBuilder builder, string keyword, EquatableArray<string> names)
        {
            if (names.IsEmpty)
            {
                return;
            }

            builder.Append(' ').Append(keyword).Append('(');
            for (var i = 0; i < names.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(Identifier(names[i]));
            }

            builder.Append(')');
        }
    }
}
