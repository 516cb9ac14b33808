using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// The union structs of the set, each emitted once. A union written through a typedef is named after the typedef;
    /// any other is named after its member types (<c>DOMStringOrDOMStringSequence</c>). Two unions with the same name
    /// and the same C# member types are the same struct; a different union that would get a taken name gets a
    /// numeric suffix.
    /// </summary>
    internal sealed class UnionRegistry
    {
        private readonly TypeNames names;
        private readonly Dictionary<string, Entry> byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private readonly List<Entry> entries = new List<Entry>();

        public UnionRegistry(TypeNames names) => this.names = names;

        public UnionShape GetOrAdd(string baseName, IReadOnlyList<MappedType> members, string idlText)
        {
            var key = new StringBuilder(baseName);
            foreach (var member in members)
            {
                key.Append('|').Append(member.IdentityCore);
            }

            if (byKey.TryGetValue(key.ToString(), out var existing))
            {
                return existing.Shape;
            }

            var accessors = new NameScope();
            var memberNames = new HashSet<string>(StringComparer.Ordinal) { "Value", "Index", "From", "Match" };
            var shaped = new List<UnionMemberShape>(members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                var accessor = CSharpNames.Unescaped(accessors.Take(CSharpNames.Sanitize(members[i].DisplayName.Length == 0 ? "Member" : members[i].DisplayName)));
                shaped.Add(new UnionMemberShape(members[i], accessor, i + 1));
                memberNames.Add("Is" + accessor);
                memberNames.Add("As" + accessor);
            }

            // A struct cannot have a member with its own name (CS0542).
            var candidate = CSharpNames.Sanitize(baseName);
            if (memberNames.Contains(candidate))
            {
                candidate += "Union";
            }

            var structName = names.Types.Take(CSharpNames.Escape(candidate));
            var hint = names.Hints.Take(CSharpNames.Unescaped(structName));

            var shape = new UnionShape(CSharpNames.Unescaped(structName), names.Prefix + structName, shaped);
            var entry = new Entry(shape, hint, idlText);
            byKey.Add(key.ToString(), entry);
            entries.Add(entry);
            return shape;
        }

        /// <summary>The union structs met so far, as binding records.</summary>
        public IEnumerable<GeneratedDefinition> Build()
        {
            foreach (var entry in entries)
            {
                yield return Bind(entry);
            }
        }

        private UnionBinding Bind(Entry entry)
        {
            var shape = entry.Shape;
            var self = shape.StructName;
            var idl = DocComments.Code(entry.IdlText);
            var properties = new List<PropertyImplementation>
            {
                new PropertyImplementation(
                    new DocComments().SummaryXml("The value, whichever member type it has; <see langword=\"null\"/> for the default value, which holds none.").Build(),
                    "public ", "object?", "Value", "_value", false, default),
                new PropertyImplementation(
                    new DocComments().SummaryXml("Which member type the value has: 1 for the first, 2 for the second, …; 0 for the default value.").Build(),
                    "public ", "int", "Index", "_index", false, default),
            };
            var methods = new List<MethodImplementation>();
            var matchParameters = new List<string>();
            var matchDocs = new DocComments().SummaryXml("Calls the function for the member type the value has and returns its result.");
            matchDocs.TypeParam("TResult", "The result type.");
            var matchStatements = new List<string>();
            foreach (var member in shape.Members)
            {
                var type = member.Type.NonNullable;
                var index = member.Index.ToString(CultureInfo.InvariantCulture);
                var memberIdl = DocComments.Code(member.Type.IdlText);
                properties.Add(new PropertyImplementation(
                    new DocComments().SummaryXml("True when the value is a " + memberIdl + ".").Build(),
                    "public ", "bool", "Is" + member.Accessor, "_index == " + index, false, default));
                properties.Add(new PropertyImplementation(
                    new DocComments().SummaryXml("The value as a " + memberIdl + ".")
                        .Exception("global::System.InvalidOperationException", "The value is not a " + memberIdl + ".").Build(),
                    "public ", type, "As" + member.Accessor,
                    "_index == " + index + " ? (" + type + ")_value! : throw new global::System.InvalidOperationException(" + CSharpNames.StringLiteral("The " + self + " value is not a " + member.Type.IdlText + ".") + ")",
                    false, default));
                var create = member.Type.IsValueType
                    ? "return new " + self + "(value, " + index + ");"
                    : "return new " + self + "(value ?? throw new global::System.ArgumentNullException(nameof(value)), " + index + ");";
                var fromDocs = new DocComments().SummaryXml("Wraps a " + memberIdl + ".").Param("value", "The value.").Returns("The union value.");
                if (!member.Type.IsValueType)
                {
                    fromDocs.Exception("global::System.ArgumentNullException", "<paramref name=\"value\"/> is <see langword=\"null\"/>.");
                }

                methods.Add(new MethodImplementation(fromDocs.Build(), "public static ", self, "From", type + " value", new[] { create }));
                if (member.Type.AllowsUserConversion)
                {
                    methods.Add(new MethodImplementation(
                        new DocComments().SummaryXml("Wraps a " + memberIdl + ".").Param("value", "The value.").Returns("The union value.").Build(),
                        "public static implicit ", "operator", self, type + " value", new[] { "return From(value);" }));
                }

                var parameter = "if" + member.Accessor;
                matchParameters.Add("global::System.Func<" + type + ", TResult> " + parameter);
                matchDocs.Param(parameter, "Called when the value is a " + memberIdl + ".");
                matchStatements.Add("if (_index == " + index + ") return " + parameter + "((" + type + ")_value!);");
            }

            matchStatements.Add("throw new global::System.InvalidOperationException(" + CSharpNames.StringLiteral("The " + self + " value is the default value, which holds no member.") + ");");
            matchDocs.Returns("The function's result.").Exception("global::System.InvalidOperationException", "The value is the default value.");
            methods.Add(new MethodImplementation(matchDocs.Build(), "public ", "TResult", "Match<TResult>", string.Join(", ", matchParameters), matchStatements.ToArray()));

            var declaration = new TypeDeclaration
            {
                Docs = new DocComments().SummaryXml("The Web IDL union " + idl + ": a value of exactly one of its member types. The default value holds none.").Build(),
                Modifiers = "public readonly partial struct ",
                Name = self,
                Fields = new[]
                {
                    new FieldBinding("private readonly ", "object?", "_value"),
                    new FieldBinding("private readonly ", "int", "_index"),
                },
                Constructors = new[]
                {
                    new ConstructorImplementation(default, "private ", self, "object value, int index", "", new[] { "_value = value;", "_index = index;" }),
                },
                Properties = properties.ToArray(),
                Methods = methods.ToArray(),
            };
            return new UnionBinding
            {
                HintName = names.HintName(entry.Hint),
                Namespace = names.Namespace,
                TypeName = self,
                IdlName = entry.IdlText,
                Struct = declaration,
            };
        }

        private sealed class Entry
        {
            public Entry(UnionShape shape, string hint, string idlText)
            {
                Shape = shape;
                Hint = hint;
                IdlText = idlText;
            }

            public UnionShape Shape { get; }

            public string Hint { get; }

            public string IdlText { get; }
        }
    }
}
