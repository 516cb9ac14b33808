using System.Linq;
using CsCheck;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>
    /// Generates random, mostly valid WebIDL (modern and legacy, with escaped names, extended attributes,
    /// documentation comments and nested types). Not every sample is valid: the parser decides, and tests use the
    /// samples that parse cleanly for round trips and all samples (and their mutants) for robustness.
    /// </summary>
    internal static class RandomIdl
    {
        private static readonly Gen<string> Name = Gen.OneOf(
            "Foo", "bar", "x", "Window", "-webkit-x", "_interface", "_async", "async", "_legacycaller", "in", "_in", "includes",
            "_includes", "module", "exception", "implements", "raises", "jsonifier", "_required", "required", "_mixin", "_void",
            "_DOMString", "_Promise", "creator", "_constructor_", "getraises");

        private static readonly Gen<string> TypeName = Gen.OneOf(
            "long", "unsigned long long", "unrestricted double", "short", "octet", "bigint", "boolean", "DOMString", "USVString",
            "any", "object", "symbol", "ArrayBuffer", "Float16Array", "Foo", "_Foo", "_legacycaller", "_in", "-x", "_sequence",
            "undefined");

        private static readonly Gen<string> Value = Gen.OneOf("1", "-1", "0x1F", "1.5", "-0.5e3", "\"s\"", "\"\"", "null", "true", "false", "[]", "{}", "Infinity", "-Infinity", "NaN");

        private static readonly Gen<string> ConstValue = Gen.OneOf("1", "-1", "0x1F", "1.5", "true", "Infinity", "-Infinity", "NaN");

        private static readonly Gen<string> ExtAttrItem = Gen.OneOf(
            "A", "Exposed=Window", "Exposed=(Window,Worker)", "Global=*", "Clamp", "Reflect=\"x\"", "N=1.5", "L=(1,2)",
            "S=(\"a\",\"b\")", "Constructor(long x)", "Named=Image(optional long w = 1, [A] long... h)", "E=_interface", "LegacyNullToEmptyString");

        private static readonly Gen<string> ExtAttrs = Gen.Frequency(
            (3, (IGen<string>)Gen.Const("")),
            (1, ExtAttrItem.Array[1, 3].Select(items => "[" + string.Join(", ", items) + "] ")));

        private static readonly Gen<string> Doc = Gen.Frequency(
            (4, (IGen<string>)Gen.Const("")),
            (1, Gen.OneOf("/** One line. */\n", "// line one\n// line two\n", "/**\n * Multi\n *   indented\n *\n * * star\n */\n", "/* plain */\n", "// a */ b\n")));

        private static readonly Gen<string>[] Types = BuildTypes(3);

        /// <summary>Any type, nested up to three levels.</summary>
        public static Gen<string> Type => Types[Types.Length - 1];

        private static Gen<string> ReturnType => Gen.Frequency((5, Type), (1, Gen.Const("void")), (1, Gen.Const("undefined")));

        private static readonly Gen<string> Argument = Gen.Select(
            ExtAttrs,
            Gen.Int[0, 4],
            Type,
            Name,
            Value,
            (ext, form, type, name, value) => form switch
            {
                0 => $"{ext}optional {type} {name} = {value}",
                1 => $"{ext}{type}... {name}",
                2 => $"{ext}in {type} {name}",
                3 => $"{ext}optional {type} {name}",
                _ => $"{ext}{type} {name}",
            });

        private static readonly Gen<string> Arguments = Argument.Array[0, 3].Select(items => "(" + string.Join(", ", items) + ")");

        private static readonly Gen<string> InterfaceMember = Gen.Select(
            Doc,
            ExtAttrs,
            Gen.Int[0, 18],
            Gen.Select(Type, Type, ReturnType, Name, Arguments),
            Gen.Select(ConstValue, Name),
            (doc, ext, form, parts, constant) =>
            {
                var (type, other, returnType, name, arguments) = parts;
                var member = form switch
                {
                    0 => $"attribute {type} {name};",
                    1 => $"readonly attribute {type} {name};",
                    2 => $"static readonly attribute {type} {name};",
                    3 => $"stringifier attribute DOMString {name};",
                    4 => $"inherit attribute {type} {name};",
                    5 => $"const long {constant.Item2} = {constant.Item1};",
                    6 => $"{returnType} {name}{arguments};",
                    7 => $"getter {returnType} {arguments};",
                    8 => $"static {returnType} {name}{arguments};",
                    9 => $"legacycaller {returnType} {name}{arguments};",
                    10 => $"iterable<{type}, {other}>;",
                    11 => $"async iterable<{type}>{arguments};",
                    12 => $"async_iterable<{type}>{arguments};",
                    13 => $"readonly maplike<{type}, {other}>;",
                    14 => $"constructor{arguments};",
                    15 => "stringifier;",
                    16 => "jsonifier;",
                    17 => $"{returnType} {name}{arguments} raises({name}, E);",
                    _ => $"attribute {type} {name} getraises({name}) setraises(E, F);",
                };
                return doc + ext + member;
            });

        private static readonly Gen<string> DictionaryMember = Gen.Select(
            Doc,
            ExtAttrs,
            Gen.Int[0, 2],
            Gen.Select(Type, Name, Value),
            (doc, ext, form, parts) => doc + ext + form switch
            {
                0 => $"required {parts.Item1} {parts.Item2};",
                1 => $"{parts.Item1} {parts.Item2} = {parts.Item3};",
                _ => $"{parts.Item1} {parts.Item2};",
            });

        private static readonly Gen<string> Definition = Gen.Select(
            Doc,
            ExtAttrs,
            Gen.Int[0, 14],
            Gen.Select(Name, Name, InterfaceMember.Array[0, 5], DictionaryMember.Array[0, 4], Type),
            Gen.Select(ReturnType, Arguments, Gen.OneOf("\"a\"", "\"b c\"", "\"\"", "/** v */ \"d\"").Array[1, 3]),
            (doc, ext, form, parts, rest) =>
            {
                var (name, other, members, fields, type) = parts;
                var (returnType, arguments, values) = rest;
                string Body(string[] items) => "{\n" + string.Concat(items.Select(item => "  " + item + "\n")) + "}";
                var definition = form switch
                {
                    0 => $"interface {name} : {other} {Body(members)};",
                    1 => $"partial interface {name} {Body(members)};",
                    2 => $"interface mixin {name} {Body(members.Where(m => !m.Contains("iterable") && !m.Contains("maplike")).ToArray())};",
                    3 => $"callback interface {name} {{ undefined handle{arguments}; }};",
                    4 => $"namespace {name} {{ readonly attribute {type} {other}; }};",
                    5 => $"dictionary {name} : {other} {Body(fields)};",
                    6 => $"enum {name} {{ {string.Join(", ", values)} }};",
                    7 => $"typedef {type} {name};",
                    8 => $"callback {name} = {returnType} {arguments};",
                    9 => $"{name} includes {other};",
                    10 => $"{name} implements {other};",
                    11 => $"exception {name} : {other} {{ {type} {other}; const long C = 1; }};",
                    12 => $"module {name} {{ interface {other}; typedef {type} {other}; }};",
                    13 => $"interface {name};",
                    _ => $"partial dictionary {name} {Body(fields)};",
                };
                return doc + ext + definition;
            });

        /// <summary>A file: an optional header and up to five definitions.</summary>
        public static readonly Gen<string> File = Gen.Select(
            Gen.OneOf("", "// Header line\n\n", "/* header */\n\n"),
            Definition.Array[0, 5],
            (header, definitions) => header + string.Join("\n", definitions) + "\n");

        private static Gen<string>[] BuildTypes(int depth)
        {
            var levels = new Gen<string>[depth + 1];
            levels[0] = TypeName;
            for (var d = 1; d <= depth; d++)
            {
                var inner = levels[d - 1];
                var withAttrs = Gen.Select(ExtAttrs, inner, (ext, type) => ext + type);
                levels[d] = Gen.Frequency(
                    (6, (IGen<string>)TypeName),
                    (1, TypeName.Select(t => t + "?")),
                    (1, withAttrs.Select(t => "sequence<" + t + ">")),
                    (1, withAttrs.Select(t => "FrozenArray<" + t + ">?")),
                    (1, withAttrs.Select(t => "async_sequence<" + t + ">")),
                    (1, withAttrs.Select(t => "record<DOMString, " + t + ">")),
                    (1, inner.Select(t => "Promise<" + t + ">")),
                    (1, withAttrs.Array[2, 3].Select(ts => "(" + string.Join(" or ", ts) + ")")),
                    (1, withAttrs.Array[2, 2].Select(ts => "(" + string.Join(" or ", ts) + ")?")));
            }

            return levels;
        }
    }
}
