using System.Text;
using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>This part: definitions.</summary>
    public static partial class IdlWriter
    {
        private static void AppendDefinitions(StringBuilder builder, EquatableArray<DefinitionNode> definitions, int depth)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('\n');
                }

                AppendDefinition(builder, definitions[i], depth);
            }
        }

        private static void AppendDefinition(StringBuilder builder, DefinitionNode definition, int depth)
        {
            AppendDocumentation(builder, definition.Documentation, depth);
            if (!definition.ExtAttrs.IsEmpty)
            {
                // `[Exposed=Window]` on its own line, as the specifications write it.
                AppendIndent(builder, depth);
                AppendExtAttrs(builder, definition.ExtAttrs);
                builder.Append('\n');
            }

            AppendIndent(builder, depth);
            switch (definition)
            {
                case ContainerDefinition container:
                    AppendContainer(builder, container, depth);
                    break;
                case CallbackDefinition callback:
                    builder.Append("callback ").Append(Identifier(callback.Name)).Append(" = ");
                    AppendType(builder, callback.ReturnType, true, TypePosition.Return);
                    builder.Append(' ');
                    AppendArguments(builder, callback.Arguments);
                    builder.Append(";\n");
                    break;
                case EnumDefinition enumeration:
                    AppendEnum(builder, enumeration, depth);
                    break;
                case TypedefDefinition typedef:
                    builder.Append("typedef ");
                    AppendType(builder, typedef.Type, true);
                    builder.Append(' ').Append(Identifier(typedef.Name)).Append(";\n");
                    break;
                case IncludesStatement includes:
                    builder.Append(Identifier(includes.Name)).Append(" includes ").Append(Identifier(includes.Mixin)).Append(";\n");
                    break;
                case ImplementsStatement implements:
                    builder.Append(Identifier(implements.Name)).Append(" implements ").Append(Identifier(implements.Implements)).Append(";\n");
                    break;
                case ModuleDefinition module:
                    builder.Append("module ").Append(Identifier(module.Name));
                    if (module.Definitions.IsEmpty)
                    {
                        builder.Append(" {};\n");
                        break;
                    }

                    builder.Append(" {\n");
                    AppendDefinitions(builder, module.Definitions, depth + 1);
                    AppendIndent(builder, depth);
                    builder.Append("};\n");
                    break;
                case ForwardDeclaration forward:
                    builder.Append("interface ").Append(Identifier(forward.Name)).Append(";\n");
                    break;
                default:
                    // A definition kind this writer does not know: say so in the output rather than drop it silently.
                    builder.Append("/* ").Append(EscapeCommentText(definition.Kind)).Append(' ').Append(EscapeCommentText(definition.Name)).Append(" */\n");
                    break;
            }
        }

        private static void AppendContainer(StringBuilder builder, ContainerDefinition container, int depth)
        {
            if (container.Partial)
            {
                builder.Append("partial ");
            }

            builder.Append(container switch
            {
                InterfaceDefinition => "interface ",
                InterfaceMixinDefinition => "interface mixin ",
                CallbackInterfaceDefinition => "callback interface ",
                NamespaceDefinition => "namespace ",
                DictionaryDefinition => "dictionary ",
                ExceptionDefinition => "exception ",
                _ => container.Kind + " ",
            });
            builder.Append(Identifier(container.Name));
            if (container.Inheritance is not null)
            {
                builder.Append(" : ").Append(Identifier(container.Inheritance));
            }

            if (container.Members.IsEmpty)
            {
                builder.Append(" {};\n");
                return;
            }

            builder.Append(" {\n");
            foreach (var member in container.Members)
            {
                AppendMember(builder, member, depth + 1);
            }

            AppendIndent(builder, depth);
            builder.Append("};\n");
        }

        private static void AppendEnum(StringBuilder builder, EnumDefinition enumeration, int depth)
        {
            builder.Append("enum ").Append(Identifier(enumeration.Name));
            if (enumeration.Values.IsEmpty)
            {
                builder.Append(" {};\n");
                return;
            }

            builder.Append(" {\n");
            for (var i = 0; i < enumeration.Values.Count; i++)
            {
                var value = enumeration.Values[i];
                AppendDocumentation(builder, value.Documentation, depth + 1);
                AppendIndent(builder, depth + 1);
                AppendString(builder, value.Value);
                if (i < enumeration.Values.Count - 1)
                {
                    builder.Append(',');
                }

                builder.Append('\n');
            }

            AppendIndent(builder, depth);
            builder.Append("};\n");
        }
    }
}
