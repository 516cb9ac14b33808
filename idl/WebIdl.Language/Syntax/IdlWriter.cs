using System.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>Prints syntax trees back as WebIDL text.</summary>
    public static partial class IdlWriter
    {
        /// <summary>Renders a type as WebIDL.</summary>
        public static string WriteType(IdlType type, bool includeExtAttrs = true)
        {
            var builder = new StringBuilder();
            AppendType(builder, type, includeExtAttrs);
            return builder.ToString();
        }

        private static void AppendType(StringBuilder builder, IdlType type, bool includeExtAttrs)
        {
            if (includeExtAttrs && !type.ExtAttrs.IsEmpty)
            {
                builder.Append('[');
                for (var i = 0; i < type.ExtAttrs.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(type.ExtAttrs[i].Name);
                }

                builder.Append("] ");
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

                    AppendType(builder, type.Subtypes[i], true);
                }

                builder.Append('>');
            }
            else
            {
                builder.Append(type.Name);
            }

            if (type.Nullable)
            {
                builder.Append('?');
            }
        }
    }
}
