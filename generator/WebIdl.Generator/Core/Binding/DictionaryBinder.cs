using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Binds IDL dictionaries to records: <c>init</c> properties, C# <c>required</c> for required members, defaults as
    /// initialisers, optional members without a default nullable; inheritance kept (a runtime base such as
    /// <c>EventInit</c> included). A dictionary with required members that can be missing gets a static
    /// <c>EnsureRequired</c> that validation stubs call.
    /// </summary>
    internal static class DictionaryBinder
    {
        private static readonly string[] RecordMembers =
        {
            "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone",
            "ReferenceEquals", "Finalize", "EnsureRequired",
        };

        public static DictionaryBinding Bind(BindingContext context, DictionarySymbol symbol)
        {
            var names = context.Names.Find(symbol.Name)!;
            var scope = new NameScope();
            scope.Reserve(names.Primary);
            foreach (var name in RecordMembers)
            {
                scope.Reserve(name);
            }

            var bases = "";
            if (symbol.Inheritance is { } baseName)
            {
                if (context.Model.TryGetDefinition(baseName, out var definition) && definition is DictionarySymbol && context.Names.Find(baseName) is { } baseNames)
                {
                    bases = " : " + context.Names.Prefix + baseNames.Primary;
                    foreach (var inherited in context.Model.GetInheritanceChain(symbol.Name))
                    {
                        foreach (var member in inherited.Members)
                        {
                            scope.Reserve(CSharpNames.Pascal(member.Name));
                        }
                    }
                }
                else if (RuntimeTypes.Find(baseName) is { Kind: RuntimeTypeKind.Dictionary } runtime && (runtime.Owned || !context.Model.TryGetDefinition(baseName, out _)))
                {
                    bases = " : " + runtime.CSharp;
                    foreach (var name in new[] { "Bubbles", "Cancelable", "Composed", "Capture", "Once", "Passive", "Signal" })
                    {
                        scope.Reserve(name);
                    }
                }
                else
                {
                    context.NotMapped(((ContainerDefinition)symbol.Syntax).InheritanceSpan, "Inheritance of dictionary '" + symbol.Name + "' from '" + baseName + "'", "the base is not a dictionary the generator knows; the record has no base");
                }
            }

            var properties = new List<DataProperty>();
            var checks = new List<string>();
            var full = context.Names.Prefix + names.Primary;
            foreach (var member in symbol.Members)
            {
                if (member.Syntax is not FieldMember field)
                {
                    context.NotMapped(member.Syntax.NameSpan, member.Kind + " '" + member.Name + "' in dictionary '" + symbol.Name + "'", "dictionaries hold only fields");
                    continue;
                }

                var type = context.Types.Map(field.Type);
                var name = scope.Take(CSharpNames.Pascal(field.FieldName));
                var fallback = "The IDL dictionary member " + DocComments.Code(symbol.Name + "." + field.FieldName) + " (" + DocComments.Code(type.IdlText) + ").";
                var remarks = BindingContext.OriginRemark(member, symbol.Name);
                string modifiers = "public ";
                string typeText;
                string initializer = "";
                if (field.Required)
                {
                    modifiers = "public required ";
                    typeText = type.CSharp;
                    remarks = Join(remarks, "Required.");
                    if (!type.IsValueType || type.Kind == MappedKind.Union)
                    {
                        var missing = type.Kind == MappedKind.Union ? "value." + name + ".Index == 0" : "value." + name + " is null";
                        checks.Add("if (" + missing + ") throw new global::System.ArgumentException(global::WebIdl.Runtime.IdlConvert.Describe(interfaceName, memberName, argumentName) + "
                            + CSharpNames.StringLiteral(" is missing the required member '" + field.FieldName + "' of " + symbol.Name + ".") + ", argumentName);");
                    }
                }
                else if (field.Default is { } value && value.Kind != "null" && (Signatures.Literal(value, type, type.CSharp) ?? Signatures.Substitute(value, type)) is { } defaultValue)
                {
                    typeText = type.CSharp;
                    initializer = " = " + defaultValue + ";";
                    remarks = Join(remarks, "IDL default: " + DocComments.Code(DefaultText(value)) + ".");
                }
                else
                {
                    typeText = type.AsNullable().CSharp;
                    if (field.Default is { Kind: not "null" } unmapped)
                    {
                        context.NotMapped(unmapped.Span, "Default value of '" + symbol.Name + "." + field.FieldName + "'", "it has no C# form for " + type.IdlText + "; the member starts as null");
                    }
                }

                var docs = new DocComments().Summary(field.Documentation, fallback).Remarks(remarks).Build();
                properties.Add(new DataProperty(docs, modifiers, typeText, name, "get; init;", initializer));
            }

            var methods = new List<MethodImplementation>();
            if (context.Types.HasRequiredChecks(symbol.Name))
            {
                var statements = new List<string>();
                if (symbol.Inheritance is { } parentName && context.Model.TryGetDefinition(parentName, out var parent) && parent is DictionarySymbol
                    && context.Names.Find(parentName) is { } parentNames && context.Types.HasRequiredChecks(parentName))
                {
                    statements.Add(context.Names.Prefix + parentNames.Primary + ".EnsureRequired(value, interfaceName, memberName, argumentName);");
                }

                statements.Add("global::WebIdl.Runtime.IdlConvert.NotNull(value, interfaceName, memberName, argumentName);");
                statements.AddRange(checks);
                statements.Add("return value;");
                var docs = new DocComments()
                    .SummaryXml("Checks that a " + DocComments.Code(symbol.Name) + " has its required members, as validation stubs do for dictionary arguments.")
                    .Param("value", "The dictionary.")
                    .Param("interfaceName", "The IDL interface, for the message.")
                    .Param("memberName", "The IDL member, for the message.")
                    .Param("argumentName", "The IDL argument, for the message.")
                    .Returns("<paramref name=\"value\"/>.")
                    .Exception("global::System.ArgumentException", "A required member is missing (null).")
                    .Build();
                methods.Add(new MethodImplementation(docs, "public static ", full, "EnsureRequired", full + " value, string interfaceName, string memberName, string argumentName", statements.ToArray()));
            }

            var record = new TypeDeclaration
            {
                Docs = new DocComments().Summary(symbol.Documentation, "The Web IDL dictionary " + DocComments.Code(symbol.Name) + ".").Build(),
                Modifiers = "public partial record ",
                Name = names.Primary,
                Bases = bases,
                DataProperties = properties.ToArray(),
                Methods = methods.ToArray(),
            };
            return new DictionaryBinding
            {
                HintName = context.Names.HintName(names.Hint),
                Namespace = context.Names.Namespace,
                TypeName = names.Hint,
                IdlName = symbol.Name,
                Record = record,
            };
        }

        private static string Join(string first, string second) => first.Length == 0 ? second : first + " " + second;

        /// <summary>The IDL default as written, for the docs.</summary>
        public static string DefaultText(DefaultValue value) => value.Kind switch
        {
            "string" => "\"" + value.Value + "\"",
            "sequence" => "[]",
            "dictionary" => "{}",
            "Infinity" => value.Negative ? "-Infinity" : "Infinity",
            "NaN" => "NaN",
            "null" => "null",
            _ => value.Value ?? "",
        };
    }
}
