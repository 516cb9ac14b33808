using System.Linq;
using CsCheck;
using Xunit;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>
    /// Random token soups: sequences of WebIDL keywords, punctuation, identifiers, numbers, strings, comments,
    /// whitespace, grammar fragments and arbitrary characters. The parser never throws or hangs, and every result
    /// passes <see cref="GuardedParse.CheckInvariants"/>.
    /// </summary>
    public sealed class TokenSoupTests
    {
        private static readonly string[] Words =
        {
            "async", "attribute", "callback", "const", "constructor", "deleter", "dictionary", "enum", "getter",
            "includes", "inherit", "interface", "iterable", "maplike", "namespace", "partial", "required", "setlike",
            "setter", "static", "stringifier", "typedef", "unrestricted", "ByteString", "DOMString", "USVString",
            "ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Float16Array", "BigInt64Array", "any",
            "object", "symbol", "-Infinity", "FrozenArray", "Infinity", "NaN", "ObservableArray", "Promise",
            "async_iterable", "async_sequence", "bigint", "boolean", "byte", "double", "false", "float", "long", "mixin",
            "null", "octet", "optional", "or", "readonly", "record", "sequence", "short", "true", "undefined", "unsigned",
            "void", "exception", "module", "implements", "in", "raises", "getraises", "setraises", "legacycaller",
            "creator", "jsonifier", "serializer", "legacyiterable", "toString", "_constructor", "_toString",
        };

        private static readonly string[] Punctuation = { "...", "(", ")", ",", ":", ";", "<", "=", ">", "?", "*", "[", "]", "{", "}", "-", ".", "/", "_" };

        private static readonly string[] Identifiers = { "Foo", "_Foo", "-foo", "x", "Window", "Exposed", "Clamp", "_", "-", "__x", "a-b", "A_1" };

        private static readonly string[] Numbers = { "0", "7", "-1", "0x1F", "0X", "017", "08", "1.5", ".5", "5.", "1e10", "-1.5E-3", "1e", "-", "-.", "9999999999999999999999" };

        private static readonly string[] Trivia = { " ", "\n", "\t", "\r\n", "\r", "// comment\n", "/* block */", "/** doc */\n", "*/", "\uFEFF", "\u2028" };

        /// <summary>Pieces that swallow the rest of the input; rarer, or little else would be parsed.</summary>
        private static readonly string[] Swallowers = { "/* unterminated", "//", "/*", "\"", "\"unterminated" };

        private static readonly string[] Fragments =
        {
            "interface A {", "interface mixin M {", "partial interface A {", "callback interface C {", "namespace N {",
            "dictionary D : B {", "enum E {", "typedef", "callback F = undefined (", "};", "}", "attribute long x;",
            "readonly attribute DOMString? s;", "undefined f(optional long x = 1, any... rest);", "getter any (unsigned long i);",
            "const short C = 1;", "constructor();", "iterable<long, long>;", "async_iterable<long>(", "maplike<DOMString, long>;",
            "required long r;", "long x = {};", "sequence<(long or DOMString)?>", "record<DOMString, any>", "Promise<undefined>",
            "[Exposed=(Window,Worker), Global=*]", "[A(long x), B=C(long y)]", "[LegacyNullToEmptyString] DOMString",
            "A includes B;", "A implements B;", "exception X : Y { long code; };", "module m {", "interface Fwd;",
            "void f(in long x) raises(E);", "attribute long a getraises(E) setraises(E);", "legacycaller any (long i);",
            "jsonifier;", "serializer;", "stringifier;", "async iterable<long>(long x);", "\"value\",",
        };

        private static readonly Gen<string> Piece = Gen.Frequency(
            (10, (IGen<string>)Gen.OneOf(Words)),
            (8, Gen.OneOf(Punctuation)),
            (4, Gen.OneOf(Identifiers)),
            (2, Gen.OneOf(Numbers)),
            (2, Gen.String[Gen.Char["abc ;{}<>()*/\\\n"], 0, 6].Select(s => "\"" + s + "\"")),
            (3, Gen.OneOf(Trivia)),
            (1, Gen.OneOf(Swallowers)),
            (6, Gen.OneOf(Fragments)),
            (2, Gen.Char.Select(c => c.ToString())),
            (1, Gen.String[0, 4]));

        private static readonly Gen<string> Separator = Gen.Frequency((6, " "), (3, ""), (1, "\n"));

        /// <summary>Soups of up to 120 pieces.</summary>
        private static readonly Gen<string> Soup = Gen.Select(Piece, Separator, (piece, separator) => piece + separator)
            .Array[0, 120]
            .Select(pieces => string.Concat(pieces));

        /// <summary>Each legacy-syntax mode: the parser takes different branches when legacy syntax is an error.</summary>
        private static readonly Gen<IdlParserOptions> Options = Gen.OneOf(
            IdlParserOptions.Default,
            IdlParserOptions.Strict,
            new IdlParserOptions { LegacySyntax = LegacySyntaxHandling.Warning });

        [Fact]
        public void RandomTokenSoupsNeverBreakTheParser()
        {
            Gen.Select(Soup, Options).Sample(
                (text, options) => GuardedParse.Parse(text, $"a token soup ({options.LegacySyntax})", options),
                iter: 20000,
                print: sample => GuardedParse.Show(sample.Item1) + " " + sample.Item2.LegacySyntax);
        }

        [Fact]
        public void RandomTokenSoupsInsideABodyNeverBreakTheParser()
        {
            // The same soups inside an interface body reach the member, type and argument productions more often.
            Gen.Select(Soup.Select(soup => "[Exposed=Window] interface I {\n" + soup + "\n};\n"), Options).Sample(
                (text, options) => GuardedParse.Parse(text, $"a token soup in an interface ({options.LegacySyntax})", options),
                iter: 10000,
                print: sample => GuardedParse.Show(sample.Item1) + " " + sample.Item2.LegacySyntax);
        }

        [Fact]
        public void TheTriviaOracleAgreesWithTheParserOnSimpleCases()
        {
            Assert.True(GuardedParse.IsTrivia(" \n// x\n/* y */\t"));
            Assert.False(GuardedParse.IsTrivia("/* open"));
            Assert.False(GuardedParse.IsTrivia("// x\u2028y"));
            Assert.Empty(IdlParser.Parse("\uFEFF // only a comment\n").Diagnostics);
            Assert.NotEmpty(IdlParser.Parse("/* open").Diagnostics);
            Assert.NotEmpty(IdlParser.Parse("// x\u2028y").Diagnostics);
            Assert.All(new[] { "", " ", "\n\n" }, text => Assert.True(GuardedParse.IsTrivia(text) && IdlParser.Parse(text).Diagnostics.IsEmpty));
            Assert.Contains(Words, w => w == "interface");
            Assert.True(Words.Distinct().Count() == Words.Length);
        }
    }
}
