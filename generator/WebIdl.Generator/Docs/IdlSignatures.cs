using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Docs
{
    /// <summary>
    /// IDL signatures as Markdown: the exact text <see cref="IdlWriter"/> prints, in code spans, with every type name
    /// (and legacy <c>raises</c> name) that is a definition of the set turned into a link to its page.
    /// </summary>
    /// <remarks>
    /// The text is never re-created here. Each linkable name in the tree is replaced by a numbered marker
    /// identifier, <see cref="IdlWriter"/> prints the marked tree, and the markers are cut out again. The pieces put
    /// back together must equal the writer's text for the unmarked tree; when they do not (a name the writer
    /// escapes, say) the signature is printed without links, and <see cref="Fallbacks"/> counts it, so a test can
    /// require zero over a whole corpus.
    /// </remarks>
    internal sealed class IdlSignatures
    {
        private const string Marker = "WebIdlDocsLinkMarker";

        private readonly Func<string, string?> pageOf;

        /// <summary>Creates the writer.</summary>
        /// <param name="pageOf">The page file of a definition name, or null when the name has no page.</param>
        public IdlSignatures(Func<string, string?> pageOf) => this.pageOf = pageOf;

        /// <summary>How many signatures were printed without links because the marked text did not match.</summary>
        public int Fallbacks { get; private set; }

        /// <summary>The exact IDL text of a member, one line, with its extended attributes, ending with <c>;</c>.</summary>
        public static string MemberText(MemberNode member) => WriteMember(member with { Documentation = null });

        /// <summary>A member's signature as Markdown.</summary>
        public string Member(MemberNode member)
        {
            member = member with { Documentation = null };
            var names = new List<string>();
            var marked = MarkMember(member, names);
            return Render(WriteMember(member), names.Count == 0 ? null : WriteMember(marked), names);
        }

        /// <summary>A type as Markdown (with its extended attributes).</summary>
        public string Type(IdlType type)
        {
            var names = new List<string>();
            var marked = MarkType(type, names);
            return Render(IdlWriter.WriteType(type), names.Count == 0 ? null : IdlWriter.WriteType(marked), names);
        }

        /// <summary>
        /// A callback's or typedef's whole definition (extended attributes and documentation left out) as Markdown;
        /// null for other definitions.
        /// </summary>
        public string? Definition(DefinitionNode definition)
        {
            var names = new List<string>();
            DefinitionNode marked;
            switch (definition)
            {
                case CallbackDefinition callback:
                    callback = callback with { Documentation = null, ExtAttrs = default };
                    definition = callback;
                    marked = callback with { ReturnType = MarkType(callback.ReturnType, names), Arguments = MarkArguments(callback.Arguments, names) };
                    break;
                case TypedefDefinition typedef:
                    typedef = typedef with { Documentation = null, ExtAttrs = default };
                    definition = typedef;
                    marked = typedef with { Type = MarkType(typedef.Type, names) };
                    break;
                default:
                    return null;
            }

            return Render(IdlWriter.Write(definition).TrimEnd('\n'), names.Count == 0 ? null : IdlWriter.Write(marked).TrimEnd('\n'), names);
        }

        /// <summary>The text of a member as the writer prints it inside a body, without indentation or line break.</summary>
        private static string WriteMember(MemberNode member)
        {
            var text = IdlWriter.Write(new InterfaceDefinition { Name = "X", Members = new EquatableArray<MemberNode>(new[] { member }) });
            var start = text.IndexOf("{\n", StringComparison.Ordinal) + 2;
            var end = text.LastIndexOf("\n};", StringComparison.Ordinal);
            return end > start ? text.Substring(start, end - start).Trim() : text.Trim();
        }

        private string Render(string exact, string? marked, List<string> names)
        {
            if (marked is null)
            {
                return CodeRun(exact);
            }

            if (exact.IndexOf(Marker, StringComparison.Ordinal) >= 0)
            {
                Fallbacks++;
                return CodeRun(exact);
            }

            var markdown = new StringBuilder();
            var plain = new StringBuilder();
            var i = 0;
            while (i < marked.Length)
            {
                var at = marked.IndexOf(Marker, i, StringComparison.Ordinal);
                if (at < 0)
                {
                    Append(marked.Substring(i));
                    break;
                }

                Append(marked.Substring(i, at - i));
                var digits = at + Marker.Length;
                var end = digits;
                while (end < marked.Length && marked[end] >= '0' && marked[end] <= '9')
                {
                    end++;
                }

                if (end == digits || end >= marked.Length || marked[end] != 'Z'
                    || !int.TryParse(marked.Substring(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= names.Count)
                {
                    Fallbacks++;
                    return CodeRun(exact);
                }

                var name = names[index];
                var written = WrittenName(name);
                plain.Append(written);
                markdown.Append(Markdown.Link(Markdown.Code(written), pageOf(name)!));
                i = end + 1;
            }

            if (plain.ToString() != exact)
            {
                Fallbacks++;
                return CodeRun(exact);
            }

            return markdown.ToString();

            void Append(string text)
            {
                plain.Append(text);
                markdown.Append(CodeRun(text));
            }
        }

        /// <summary>How the writer prints a type name: escaped with <c>_</c> when it is a keyword.</summary>
        private static string WrittenName(string name) => IdlWriter.WriteType(new IdlType { Name = name }, includeExtAttrs: false);

        /// <summary>Text as code, with leading and trailing spaces kept outside the span so they survive.</summary>
        private static string CodeRun(string text)
        {
            var start = 0;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var end = text.Length;
            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            return new string(' ', start) + Markdown.Code(text.Substring(start, end - start)) + new string(' ', text.Length - end);
        }

        private string Mark(string name, List<string> names)
        {
            names.Add(name);
            return Marker + (names.Count - 1).ToString(CultureInfo.InvariantCulture) + "Z";
        }

        private IdlType MarkType(IdlType type, List<string> names)
        {
            if (type.Union || type.Generic.Length > 0)
            {
                var subtypes = new IdlType[type.Subtypes.Count];
                var changed = false;
                for (var i = 0; i < subtypes.Length; i++)
                {
                    subtypes[i] = MarkType(type.Subtypes[i], names);
                    changed |= !ReferenceEquals(subtypes[i], type.Subtypes[i]);
                }

                return changed ? type with { Subtypes = subtypes } : type;
            }

            return type.Name is not null && pageOf(type.Name) is not null ? type with { Name = Mark(type.Name, names) } : type;
        }

        private EquatableArray<Argument> MarkArguments(EquatableArray<Argument> arguments, List<string> names)
        {
            if (arguments.IsEmpty)
            {
                return arguments;
            }

            var marked = new Argument[arguments.Count];
            for (var i = 0; i < marked.Length; i++)
            {
                marked[i] = arguments[i] with { Type = MarkType(arguments[i].Type, names) };
            }

            return marked;
        }

        private EquatableArray<string> MarkNames(EquatableArray<string> raised, List<string> names)
        {
            if (raised.IsEmpty)
            {
                return raised;
            }

            var marked = new string[raised.Count];
            for (var i = 0; i < marked.Length; i++)
            {
                marked[i] = pageOf(raised[i]) is not null ? Mark(raised[i], names) : raised[i];
            }

            return marked;
        }

        private MemberNode MarkMember(MemberNode member, List<string> names)
        {
            // Order matters only for the marker numbers; each marker carries its own index.
            switch (member)
            {
                case ConstMember constant:
                    return constant with { Type = MarkType(constant.Type, names) };
                case AttributeMember attribute:
                    var type = MarkType(attribute.Type, names);
                    return attribute with { Type = type, GetRaises = MarkNames(attribute.GetRaises, names), SetRaises = MarkNames(attribute.SetRaises, names) };
                case OperationMember operation:
                    var returnType = operation.ReturnType is null ? null : MarkType(operation.ReturnType, names);
                    var arguments = MarkArguments(operation.Arguments, names);
                    return operation with { ReturnType = returnType, Arguments = arguments, Raises = MarkNames(operation.Raises, names) };
                case ConstructorMember constructor:
                    return constructor with { Arguments = MarkArguments(constructor.Arguments, names) };
                case IterableMember iterable:
                    var types = new IdlType[iterable.Types.Count];
                    for (var i = 0; i < types.Length; i++)
                    {
                        types[i] = MarkType(iterable.Types[i], names);
                    }

                    return iterable with { Types = types, Arguments = MarkArguments(iterable.Arguments, names) };
                case FieldMember field:
                    return field with { Type = MarkType(field.Type, names) };
                case ExceptionFieldMember exceptionField:
                    return exceptionField with { Type = MarkType(exceptionField.Type, names) };
                default:
                    return member;
            }
        }
    }
}
