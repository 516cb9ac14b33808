using System.Collections.Generic;
using System.Globalization;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Binds IDL enums: a C# enum (members in IDL order, so value <c>i</c> is the <c>i</c>-th IDL string) and the
    /// helper class <c>FooIdl</c> that converts both ways and checks values.
    /// </summary>
    internal static class EnumBinder
    {
        public static IEnumerable<GeneratedDefinition> Bind(BindingContext context, EnumSymbol symbol)
        {
            var names = context.Names.Find(symbol.Name)!;
            var values = EnumNames.Values(symbol);
            var members = EnumNames.Members(symbol);
            if (values.Count != symbol.Values.Count)
            {
                context.NotMapped(symbol.NameSpan, "A repeated value of enum '" + symbol.Name + "'", "each IDL string becomes one C# member; repeats are left out");
            }

            var full = context.Names.Prefix + names.Primary;
            var docsByValue = new Dictionary<string, string?>();
            if (symbol.Syntax is EnumDefinition definition)
            {
                foreach (var value in definition.Values)
                {
                    if (!docsByValue.ContainsKey(value.Value))
                    {
                        docsByValue.Add(value.Value, value.Documentation);
                    }
                }
            }

            var enumMembers = new List<EnumMemberBinding>();
            var toString = new List<string> { "switch (value)", "{" };
            var parse = new List<string> { "switch (value)", "{" };
            for (var i = 0; i < values.Count; i++)
            {
                var literal = CSharpNames.StringLiteral(values[i]);
                docsByValue.TryGetValue(values[i], out var documentation);
                var docs = new DocComments().Summary(documentation, "The IDL value " + DocComments.Code("\"" + values[i] + "\"") + ".").Build();
                enumMembers.Add(new EnumMemberBinding(docs, members[i], literal));
                toString.Add("    case " + full + "." + members[i] + ":");
                toString.Add("        return " + literal + ";");
                parse.Add("    case " + literal + ":");
                parse.Add("        result = " + full + "." + members[i] + ";");
                parse.Add("        return true;");
            }

            toString.Add("    default:");
            toString.Add("        throw new global::System.ArgumentOutOfRangeException(nameof(value), value, " + CSharpNames.StringLiteral("Not a value of the IDL enum " + symbol.Name + ".") + ");");
            toString.Add("}");
            parse.Add("    default:");
            parse.Add("        result = default;");
            parse.Add("        return false;");
            parse.Add("}");
            var idl = DocComments.Code(symbol.Name);
            var count = values.Count.ToString(CultureInfo.InvariantCulture);
            var methods = new[]
            {
                new MethodImplementation(
                    new DocComments().SummaryXml("The IDL string of a " + idl + " value.").Param("value", "The value.").Returns("The IDL string.")
                        .Exception("global::System.ArgumentOutOfRangeException", "<paramref name=\"value\"/> is not one of the enum's values.").Build(),
                    "public static ", "string", "ToIdlString", "this " + full + " value", (toString.Count > 0 && values.Count > 0 ? toString : Throwing(symbol)).ToArray()),
                new MethodImplementation(
                    new DocComments().SummaryXml("Finds the " + idl + " value for an IDL string (compared ordinally, as Web IDL does).").Param("value", "The IDL string.")
                        .Param("result", "The value, when there is one.").Returns("True when the string is one of the enum's values.").Build(),
                    "public static ", "bool", "TryParse", "string? value, out " + full + " result", parse.ToArray()),
                new MethodImplementation(
                    new DocComments().SummaryXml("Whether a " + idl + " holds one of the enum's values (a C# enum can hold any number).").Param("value", "The value.").Returns("True for the enum's values.").Build(),
                    "public static ", "bool", "IsDefined", full + " value", new[] { values.Count == 0 ? "return false;" : "return (uint)value < " + count + ";" }),
                new MethodImplementation(
                    new DocComments().SummaryXml("The check validation stubs make for a " + idl + " argument.").Param("value", "The value.")
                        .Param("interfaceName", "The IDL interface, for the message.").Param("memberName", "The IDL member, for the message.").Param("argumentName", "The IDL argument, for the message.")
                        .Returns("<paramref name=\"value\"/>.")
                        .Exception("global::System.ArgumentOutOfRangeException", "<paramref name=\"value\"/> is not one of the enum's values.").Build(),
                    "public static ", full, "EnsureDefined", full + " value, string interfaceName, string memberName, string argumentName",
                    new[]
                    {
                        "if (IsDefined(value)) return value;",
                        "throw new global::System.ArgumentOutOfRangeException(argumentName, value, global::WebIdl.Runtime.IdlConvert.Describe(interfaceName, memberName, argumentName) + "
                            + CSharpNames.StringLiteral(" is not a value of the IDL enum " + symbol.Name + ".") + ");",
                    }),
            };

            yield return new EnumBinding
            {
                HintName = context.Names.HintName(names.Hint),
                Namespace = context.Names.Namespace,
                TypeName = names.Hint,
                IdlName = symbol.Name,
                Docs = new DocComments().Summary(symbol.Documentation, "The Web IDL enum " + idl + ".")
                    .Remarks(DocComments.Code(names.Helper) + " converts the values to and from their IDL strings.").Build(),
                Name = names.Primary,
                Members = enumMembers.ToArray(),
            };
            yield return new EnumHelperBinding
            {
                HintName = context.Names.HintName(names.HelperHint),
                Namespace = context.Names.Namespace,
                TypeName = names.HelperHint,
                IdlName = symbol.Name,
                Class = new TypeDeclaration
                {
                    Docs = new DocComments().SummaryXml("Converts " + DocComments.Code(names.Primary) + " values to and from the strings of the Web IDL enum " + idl + ".").Build(),
                    Modifiers = "public static partial class ",
                    Name = names.Helper,
                    Methods = methods,
                },
            };
        }

        private static List<string> Throwing(EnumSymbol symbol) => new List<string>
        {
            "throw new global::System.ArgumentOutOfRangeException(nameof(value), value, " + CSharpNames.StringLiteral("Not a value of the IDL enum " + symbol.Name + ".") + ");",
        };
    }
}
