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
        private readonly IReadOnlyDictionary<string, UnionName>? fixedNames;
        private readonly Dictionary<string, UnionShape> byKey = new Dictionary<string, UnionShape>(StringComparer.Ordinal);
        private readonly List<UnionSpec> specs = new List<UnionSpec>();

        /// <param name="names">The names of the set; union names are taken in its scopes.</param>
        /// <param name="fixedNames">Names decided for the whole set (by key), used instead of taking new ones.</param>
        public UnionRegistry(TypeNames names, IReadOnlyDictionary<string, UnionName>? fixedNames = null)
        {
            this.names = names;
            this.fixedNames = fixedNames;
        }

        /// <summary>The unions met so far, in the order they were met.</summary>
        public IReadOnlyList<UnionSpec> Specs => specs;

        /// <summary>When set, every <see cref="GetOrAdd"/> call is appended to it, with the struct name it gave.</summary>
        public List<UnionCall>? Recording { get; set; }

        public UnionShape GetOrAdd(string baseName, IReadOnlyList<MappedType> members, string idlText)
        {
            var keyBuilder = new StringBuilder(baseName);
            foreach (var member in members)
            {
                keyBuilder.Append('|').Append(member.IdentityCore);
            }

            var key = keyBuilder.ToString();
            if (byKey.TryGetValue(key, out var existing))
            {
                Recording?.Add(new UnionCall(baseName, members, idlText, existing.StructName));
                return existing;
            }

            var accessors = new NameScope();
            var memberNames = new HashSet<string>(StringComparer.Ordinal) { "Value", "Index", "From", "Match" };
            var shaped = new List<UnionMemberShape>(members.Count);
            var memberSpecs = new UnionMemberSpec[members.Count];
            for (var i = 0; i < members.Count; i++)
            {
                var accessor = CSharpNames.Unescaped(accessors.Take(CSharpNames.Sanitize(members[i].DisplayName.Length == 0 ? "Member" : members[i].DisplayName)));
                shaped.Add(new UnionMemberShape(members[i], accessor, i + 1));
                memberSpecs[i] = new UnionMemberSpec(members[i].NonNullable, members[i].IdlText, members[i].IsValueType, members[i].AllowsUserConversion, accessor, i + 1);
                memberNames.Add("Is" + accessor);
                memberNames.Add("As" + accessor);
            }

            // A struct cannot have a member with its own name (CS0542).
            var candidate = CSharpNames.Sanitize(baseName);
            if (memberNames.Contains(candidate))
            {
                candidate += "Union";
            }

            candidate = CSharpNames.Escape(candidate);
            string structName, hint;
            if (fixedNames is not null && fixedNames.TryGetValue(key, out var decided))
            {
                structName = decided.Struct;
                hint = decided.Hint;
                names.Types.Reserve(structName);
                names.Hints.Reserve(hint);
            }
            else
            {
                structName = names.Types.Take(candidate);
                hint = names.Hints.Take(CSharpNames.Unescaped(structName));
            }

            var shape = new UnionShape(CSharpNames.Unescaped(structName), names.Prefix + structName, shaped);
            byKey.Add(key, shape);
            specs.Add(new UnionSpec(key, candidate, idlText, memberSpecs, structName, hint));
            Recording?.Add(new UnionCall(baseName, members, idlText, shape.StructName));
            return shape;
        }

        /// <summary>The binding record of a union struct under its final name.</summary>
        public static UnionBinding Bind(TypeNames names, UnionSpec spec, UnionName name)
        {
            var entry = new Entry(new UnionShape(CSharpNames.Unescaped(name.Struct), names.Prefix + name.Struct, Array.Empty<UnionMemberShape>()), name.Hint, spec.IdlText);
            return Bind(names, entry, spec.Members);
        }

        private static UnionBinding Bind(TypeNames names, Entry entry, EquatableArray<UnionMemberSpec> members)
        {
            var shape = entry.Shape;
            var self = shape.StructName;
            var idl = DocComments.Code(entry.IdlText);

            // A value-type member (a buffer's ReadOnlyMemory<byte>, a number, an enum) is kept in a field of its own
            // type rather than boxed into _value: wrapping one allocates nothing. Members of the same C# type share
            // the field, which is named after the first of them.
            var valueFields = new Dictionary<string, string>(StringComparer.Ordinal);
            var fields = new List<FieldBinding>
            {
                new FieldBinding("private readonly ", "object?", "_value"),
                new FieldBinding("private readonly ", "int", "_index"),
            };
            foreach (var member in members)
            {
                if (member.IsValueType && !valueFields.ContainsKey(member.Type))
                {
                    var field = "_value" + member.Index.ToString(CultureInfo.InvariantCulture);
                    valueFields.Add(member.Type, field);
                    fields.Add(new FieldBinding("private readonly ", member.Type, field));
                }
            }

            string FieldOf(UnionMemberSpec member) => member.IsValueType ? valueFields[member.Type] : "_value";
            string Read(UnionMemberSpec member) => UnionRegistry.Read(member, valueFields);

            // Value boxes a value-type member only when asked for.
            var valueGetter = "_value";
            for (var i = members.Count - 1; i >= 0; i--)
            {
                if (members[i].IsValueType)
                {
                    valueGetter = "_index == " + members[i].Index.ToString(CultureInfo.InvariantCulture) + " ? (object?)" + FieldOf(members[i]) + " : " + valueGetter;
                }
            }

            var properties = new List<PropertyImplementation>
            {
                new PropertyImplementation(
                    new DocComments().SummaryXml("The value, whichever member type it has; <see langword=\"null\"/> for the default value, which holds none.").Build(),
                    "public ", "object?", "Value", valueGetter, false, default),
                new PropertyImplementation(
                    new DocComments().SummaryXml("Which member type the value has: 1 for the first, 2 for the second, …; 0 for the default value.").Build(),
                    "public ", "int", "Index", "_index", false, default),
            };
            var methods = new List<MethodImplementation>();
            var matchParameters = new List<string>();
            var matchDocs = new DocComments().SummaryXml("Calls the function for the member type the value has and returns its result.");
            matchDocs.TypeParam("TResult", "The result type.");
            var matchStatements = new List<string>();
            foreach (var member in members)
            {
                var type = member.Type;
                var index = member.Index.ToString(CultureInfo.InvariantCulture);
                var memberIdl = DocComments.Code(member.IdlText);
                properties.Add(new PropertyImplementation(
                    new DocComments().SummaryXml("True when the value is a " + memberIdl + ".").Build(),
                    "public ", "bool", "Is" + member.Accessor, "_index == " + index, false, default));
                properties.Add(new PropertyImplementation(
                    new DocComments().SummaryXml("The value as a " + memberIdl + ".")
                        .Exception("global::System.InvalidOperationException", "The value is not a " + memberIdl + ".").Build(),
                    "public ", type, "As" + member.Accessor,
                    "_index == " + index + " ? " + Read(member) + " : throw new global::System.InvalidOperationException(" + CSharpNames.StringLiteral("The " + self + " value is not a " + member.IdlText + ".") + ")",
                    false, default));
                var create = member.IsValueType
                    ? "return new " + self + "(null, " + index + ", " + FieldOf(member).Substring(1) + ": value);"
                    : "return new " + self + "(value ?? throw new global::System.ArgumentNullException(nameof(value)), " + index + ");";
                var fromDocs = new DocComments().SummaryXml("Wraps a " + memberIdl + ".").Param("value", "The value.").Returns("The union value.");
                if (!member.IsValueType)
                {
                    fromDocs.Exception("global::System.ArgumentNullException", "<paramref name=\"value\"/> is <see langword=\"null\"/>.");
                }

                methods.Add(new MethodImplementation(fromDocs.Build(), "public static ", self, "From", type + " value", new[] { create }));
                if (member.AllowsUserConversion)
                {
                    methods.Add(new MethodImplementation(
                        new DocComments().SummaryXml("Wraps a " + memberIdl + ".").Param("value", "The value.").Returns("The union value.").Build(),
                        "public static implicit ", "operator", self, type + " value", new[] { "return From(value);" }));
                }

                var parameter = "if" + member.Accessor;
                matchParameters.Add("global::System.Func<" + type + ", TResult> " + parameter);
                matchDocs.Param(parameter, "Called when the value is a " + memberIdl + ".");
                matchStatements.Add("if (_index == " + index + ") return " + parameter + "(" + Read(member) + ");");
            }

            matchStatements.Add("throw new global::System.InvalidOperationException(" + CSharpNames.StringLiteral("The " + self + " value is the default value, which holds no member.") + ");");
            matchDocs.Returns("The function's result.").Exception("global::System.InvalidOperationException", "The value is the default value.");
            methods.Add(new MethodImplementation(matchDocs.Build(), "public ", "TResult", "Match<TResult>", string.Join(", ", matchParameters), matchStatements.ToArray()));

            var declaration = new TypeDeclaration
            {
                Docs = new DocComments().SummaryXml("The Web IDL union " + idl + ": a value of exactly one of its member types. The default value holds none.").Build(),
                Modifiers = "public readonly partial struct ",
                Name = self,
                Fields = fields.ToArray(),
                Constructors = new[] { Constructor(self, fields) },
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

        // A reference member is read from _value with a cast, a value-type member from its own field.
        private static string Read(UnionMemberSpec member, IReadOnlyDictionary<string, string> valueFields) =>
            member.IsValueType ? valueFields[member.Type] : "(" + member.Type + ")_value!";

        // The private constructor: the reference value (or null) and the index, then one optional parameter per
        // value-type field, named after the field, which From passes by name.
        private static ConstructorImplementation Constructor(string self, List<FieldBinding> fields)
        {
            if (fields.Count == 2)
            {
                return new ConstructorImplementation(default, "private ", self, "object value, int index", "", new[] { "_value = value;", "_index = index;" });
            }

            var parameters = new StringBuilder("object? value, int index");
            var statements = new List<string> { "_value = value;", "_index = index;" };
            for (var i = 2; i < fields.Count; i++)
            {
                var name = fields[i].Name.Substring(1);
                parameters.Append(", ").Append(fields[i].Type).Append(' ').Append(name).Append(" = default");
                statements.Add(fields[i].Name + " = " + name + ";");
            }

            return new ConstructorImplementation(default, "private ", self, parameters.ToString(), "", statements.ToArray());
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

    /// <summary>A union struct's final name and the file part of its hint name.</summary>
    internal sealed record UnionName(string Struct, string Hint);

    /// <summary>One <see cref="UnionRegistry.GetOrAdd"/> call (its arguments) and the struct name it gave, to replay.</summary>
    internal sealed record UnionCall(string BaseName, IReadOnlyList<MappedType> Members, string IdlText, string StructName);

    /// <summary>One member type of a union struct, as the struct's record needs it.</summary>
    internal sealed record UnionMemberSpec(string Type, string IdlText, bool IsValueType, bool AllowsUserConversion, string Accessor, int Index);

    /// <summary>
    /// A union met while binding one definition: its identity (<see cref="Key"/>: the base name and the C# identity
    /// of each member type), the name it asks for, and what its struct needs. <see cref="StructName"/> and
    /// <see cref="Hint"/> are the names it got while binding; the whole set's naming may give others.
    /// </summary>
    internal sealed record UnionSpec(string Key, string Candidate, string IdlText, EquatableArray<UnionMemberSpec> Members, string StructName, string Hint);
}
