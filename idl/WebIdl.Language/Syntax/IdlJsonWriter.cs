using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>
    /// Writes a syntax tree as the JSON that <c>JSON.stringify(WebIDL2.parse(text))</c> prints with webidl2.js 24.5
    /// (structurally; keys come in a fixed order of our own). Legacy constructs that webidl2.js cannot parse use the
    /// same style with their own <c>type</c> names: <c>exception</c> (with <c>exception-field</c> members),
    /// <c>module</c> (with <c>definitions</c>), <c>implements</c> (<c>target</c>, <c>implements</c>),
    /// <c>forward-declaration</c>; operations gain <c>raises</c> and <c>legacySpecials</c>, attributes
    /// <c>getraises</c> and <c>setraises</c>, only when present.
    /// </summary>
    public static class IdlJsonWriter
    {
        /// <summary>The JSON array of the file's definitions.</summary>
        public static string Write(IdlFile file)
        {
            var json = new JsonBuilder();
            WriteDefinitions(json, file.Definitions);
            return json.ToString();
        }

        /// <summary>The JSON of one definition.</summary>
        public static string Write(DefinitionNode definition)
        {
            var json = new JsonBuilder();
            WriteDefinition(json, definition);
            return json.ToString();
        }

        private static void WriteDefinitions(JsonBuilder json, EquatableArray<DefinitionNode> definitions)
        {
            json.BeginArray();
            foreach (var definition in definitions)
            {
                json.Item();
                WriteDefinition(json, definition);
            }

            json.EndArray();
        }

        private static void WriteDefinition(JsonBuilder json, DefinitionNode definition)
        {
            json.BeginObject();
            json.Property("type").String(definition.Kind);
            switch (definition)
            {
                case ContainerDefinition container:
                    json.Property("name").String(container.Name);
                    json.Property("inheritance").StringOrNull(container.Inheritance);
                    json.Property("members").BeginArray();
                    foreach (var member in container.Members)
                    {
                        json.Item();
                        WriteMember(json, member);
                    }

                    json.EndArray();
                    WriteExtAttrs(json, container.ExtAttrs);
                    json.Property("partial").Bool(container.Partial);
                    break;
                case CallbackDefinition callback:
                    json.Property("name").String(callback.Name);
                    json.Property("idlType");
                    WriteType(json, callback.ReturnType, "return-type");
                    WriteArguments(json, callback.Arguments);
                    WriteExtAttrs(json, callback.ExtAttrs);
                    break;
                case EnumDefinition enumeration:
                    json.Property("name").String(enumeration.Name);
                    json.Property("values").BeginArray();
                    foreach (var value in enumeration.Values)
                    {
                        json.Item();
                        json.BeginObject();
                        json.Property("type").String("enum-value");
                        json.Property("value").String(value.Value);
                        json.EndObject();
                    }

                    json.EndArray();
                    WriteExtAttrs(json, enumeration.ExtAttrs);
                    break;
                case TypedefDefinition typedef:
                    json.Property("name").String(typedef.Name);
                    json.Property("idlType");
                    WriteType(json, typedef.Type, "typedef-type");
                    WriteExtAttrs(json, typedef.ExtAttrs);
                    break;
                case IncludesStatement includes:
                    json.Property("target").String(includes.Name);
                    json.Property("includes").String(includes.Mixin);
                    WriteExtAttrs(json, includes.ExtAttrs);
                    break;
                case ImplementsStatement implements:
                    json.Property("target").String(implements.Name);
                    json.Property("implements").String(implements.Implements);
                    WriteExtAttrs(json, implements.ExtAttrs);
                    break;
                case ModuleDefinition module:
                    json.Property("name").String(module.Name);
                    json.Property("definitions");
                    WriteDefinitions(json, module.Definitions);
                    WriteExtAttrs(json, module.ExtAttrs);
                    break;
                default:
                    json.Property("name").String(definition.Name);
                    WriteExtAttrs(json, definition.ExtAttrs);
                    break;
            }

            json.EndObject();
        }

        private static void WriteMember(JsonBuilder json, MemberNode member)
        {
            json.BeginObject();
            json.Property("type").String(member.Kind);
            switch (member)
            {
                case ConstMember constant:
                    json.Property("name").String(constant.Name);
                    json.Property("idlType");
                    WriteType(json, constant.Type, "const-type");
                    WriteExtAttrs(json, constant.ExtAttrs);
                    json.Property("value");
                    WriteValue(json, constant.Value);
                    break;
                case AttributeMember attribute:
                    json.Property("name").String(attribute.Name);
                    json.Property("idlType");
                    WriteType(json, attribute.Type, "attribute-type");
                    WriteExtAttrs(json, attribute.ExtAttrs);
                    json.Property("special").String(attribute.Special);
                    json.Property("readonly").Bool(attribute.Readonly);
                    WriteNames(json, "getraises", attribute.GetRaises);
                    WriteNames(json, "setraises", attribute.SetRaises);
                    break;
                case OperationMember operation:
                    json.Property("name").String(operation.Name);
                    if (operation.ReturnType is not null)
                    {
                        json.Property("idlType");
                        WriteType(json, operation.ReturnType, "return-type");
                    }

                    WriteArguments(json, operation.Arguments);
                    WriteExtAttrs(json, operation.ExtAttrs);
                    json.Property("special").String(operation.Special);
                    WriteNames(json, "legacySpecials", operation.LegacySpecials);
                    WriteNames(json, "raises", operation.Raises);
                    break;
                case ConstructorMember constructor:
                    WriteArguments(json, constructor.Arguments);
                    WriteExtAttrs(json, constructor.ExtAttrs);
                    break;
                case IterableMember iterable:
                    json.Property("idlType").BeginArray();
                    foreach (var type in iterable.Types)
                    {
                        json.Item();
                        WriteType(json, type, null);
                    }

                    json.EndArray();
                    WriteArguments(json, iterable.Arguments);
                    WriteExtAttrs(json, iterable.ExtAttrs);
                    json.Property("readonly").Bool(iterable.Readonly);
                    json.Property("async").Bool(iterable.Async);
                    break;
                case FieldMember field:
                    json.Property("name").String(field.Name);
                    WriteExtAttrs(json, field.ExtAttrs);
                    json.Property("idlType");
                    WriteType(json, field.Type, "dictionary-type");
                    json.Property("default");
                    WriteDefault(json, field.Default);
                    json.Property("required").Bool(field.Required);
                    break;
                case ExceptionFieldMember exceptionField:
                    json.Property("name").String(exceptionField.Name);
                    json.Property("idlType");
                    WriteType(json, exceptionField.Type, "exception-field-type");
                    WriteExtAttrs(json, exceptionField.ExtAttrs);
                    break;
            }

            json.EndObject();
        }

        private static void WriteNames(JsonBuilder json, string property, EquatableArray<string> names)
        {
            if (names.IsEmpty)
            {
                return;
            }

            json.Property(property).BeginArray();
            foreach (var name in names)
            {
                json.Item();
                json.String(name);
            }

            json.EndArray();
        }

        private static void WriteArguments(JsonBuilder json, EquatableArray<Argument> arguments)
        {
            json.Property("arguments").BeginArray();
            foreach (var argument in arguments)
            {
                json.Item();
                json.BeginObject();
                json.Property("type").String("argument");
                json.Property("name").String(argument.Name);
                WriteExtAttrs(json, argument.ExtAttrs);
                json.Property("idlType");
                WriteType(json, argument.Type, "argument-type");
                json.Property("default");
                WriteDefault(json, argument.Default);
                json.Property("optional").Bool(argument.Optional);
                json.Property("variadic").Bool(argument.Variadic);
                json.EndObject();
            }

            json.EndArray();
        }

        private static void WriteDefault(JsonBuilder json, DefaultValue? value)
        {
            if (value is null)
            {
                json.Null();
            }
            else
            {
                WriteValue(json, value);
            }
        }

        private static void WriteValue(JsonBuilder json, DefaultValue value)
        {
            json.BeginObject();
            json.Property("type").String(value.Kind);
            switch (value.Kind)
            {
                case "number":
                case "string":
                    json.Property("value").String(value.Value ?? "");
                    break;
                case "boolean":
                    json.Property("value").Bool(value.Value == "true");
                    break;
                case "Infinity":
                    json.Property("negative").Bool(value.Negative);
                    break;
                case "sequence":
                    json.Property("value").BeginArray().EndArray();
                    break;
            }

            json.EndObject();
        }

        private static void WriteExtAttrs(JsonBuilder json, EquatableArray<ExtendedAttribute> attributes)
        {
            json.Property("extAttrs").BeginArray();
            foreach (var attribute in attributes)
            {
                json.Item();
                json.BeginObject();
                json.Property("type").String("extended-attribute");
                json.Property("name").String(attribute.Name);
                json.Property("rhs");
                if (attribute.Rhs is null)
                {
                    json.Null();
                }
                else
                {
                    json.BeginObject();
                    json.Property("type").String(attribute.Rhs.Kind);
                    json.Property("value");
                    if (attribute.Rhs.IsList)
                    {
                        json.BeginArray();
                        foreach (var value in attribute.Rhs.Values)
                        {
                            json.Item();
                            json.BeginObject();
                            json.Property("value").String(value);
                            json.EndObject();
                        }

                        json.EndArray();
                    }
                    else
                    {
                        json.StringOrNull(attribute.Rhs.Value);
                    }

                    json.EndObject();
                }

                WriteArguments(json, attribute.Arguments);
                json.EndObject();
            }

            json.EndArray();
        }

        /// <summary>
        /// Writes a type. <paramref name="context"/> is webidl2.js's <c>type</c> field: it depends on where the type
        /// stands, and subtypes inherit it, except that a <c>Promise</c>'s subtype is a return type when the
        /// context is null.
        /// </summary>
        private static void WriteType(JsonBuilder json, IdlType type, string? context)
        {
            // `void` is only ever read as a return type, and webidl2.js labels it so wherever it stands.
            if (type.Name == "void" && type.Subtypes.IsEmpty)
            {
                context = "return-type";
            }

            json.BeginObject();
            json.Property("type").StringOrNull(context);
            WriteExtAttrs(json, type.ExtAttrs);
            json.Property("generic").String(type.Generic);
            json.Property("nullable").Bool(type.Nullable);
            json.Property("union").Bool(type.Union);
            json.Property("idlType");
            if (type.Subtypes.IsEmpty)
            {
                json.String(type.Name ?? "");
            }
            else
            {
                var subContext = type.Generic == "Promise" ? context ?? "return-type" : context;
                json.BeginArray();
                foreach (var subtype in type.Subtypes)
                {
                    json.Item();
                    WriteType(json, subtype, subContext);
                }

                json.EndArray();
            }

            json.EndObject();
        }

        /// <summary>A minimal JSON writer with JSON.stringify's escaping.</summary>
        private sealed class JsonBuilder
        {
            private readonly StringBuilder builder = new StringBuilder();
            private readonly Stack<bool> first = new Stack<bool>();

            public JsonBuilder BeginObject()
            {
                builder.Append('{');
                first.Push(true);
                return this;
            }

            public JsonBuilder EndObject()
            {
                builder.Append('}');
                first.Pop();
                return this;
            }

            public JsonBuilder BeginArray()
            {
                builder.Append('[');
                first.Push(true);
                return this;
            }

            public JsonBuilder EndArray()
            {
                builder.Append(']');
                first.Pop();
                return this;
            }

            public void Item() => Separator();

            public JsonBuilder Property(string name)
            {
                Separator();
                AppendString(name);
                builder.Append(':');
                return this;
            }

            public void String(string value) => AppendString(value);

            public void StringOrNull(string? value)
            {
                if (value is null)
                {
                    Null();
                }
                else
                {
                    AppendString(value);
                }
            }

            public void Bool(bool value) => builder.Append(value ? "true" : "false");

            public void Null() => builder.Append("null");

            public override string ToString() => builder.ToString();

            private void Separator()
            {
                if (first.Count == 0)
                {
                    return;
                }

                if (first.Peek())
                {
                    first.Pop();
                    first.Push(false);
                }
                else
                {
                    builder.Append(',');
                }
            }

            private void AppendString(string value)
            {
                builder.Append('"');
                for (var i = 0; i < value.Length; i++)
                {
                    var c = value[i];
                    switch (c)
                    {
                        case '"':
                            builder.Append("\\\"");
                            break;
                        case '\\':
                            builder.Append("\\\\");
                            break;
                        case '\n':
                            builder.Append("\\n");
                            break;
                        case '\r':
                            builder.Append("\\r");
                            break;
                        case '\t':
                            builder.Append("\\t");
                            break;
                        case '\b':
                            builder.Append("\\b");
                            break;
                        case '\f':
                            builder.Append("\\f");
                            break;
                        default:
                            var lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                                && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                            if (c < 0x20 || lone)
                            {
                                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                builder.Append(c);
                            }

                            break;
                    }
                }

                builder.Append('"');
            }
        }
    }
}
