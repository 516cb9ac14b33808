using System.Linq;
using WebIdl.Language.Syntax;
using Xunit;

namespace WebIdl.Language.Tests.Writer
{
    /// <summary>The writer's canonical form, escapes, legacy constructs and documentation comments.</summary>
    public sealed class IdlWriterTests
    {
        private static IdlFile ParseClean(string text)
        {
            var result = IdlParser.Parse(text, "t.webidl");
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            return result.File;
        }

        private static void AssertRoundTrips(string text)
        {
            var problems = RoundTrip.Problems(text, "t.webidl");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        private static string Write(string text) => IdlWriter.Write(ParseClean(text));

        [Fact]
        public void WritesEveryModernConstructCanonically()
        {
            const string input = @"// Source: Example
// Second header line

/**
 * The thing.
 *   Indented.
 */
[Exposed=(Window,Worker), LegacyWindowAlias=webkitThing, Global=*, SecureContext]
interface Thing : EventTarget {
  constructor(optional ThingInit init = {}, [Clamp] long... rest);
  const unsigned long long BIG = 0xFF;
  const double HALF = -0.5e1;
  const unrestricted float NOPE = -Infinity;
  const boolean YES = true;
  /** The name. */
  [CEReactions, Reflect=""data-name""] attribute [LegacyNullToEmptyString] DOMString name;
  static readonly attribute long count;
  stringifier attribute USVString href;
  inherit attribute long inherited;
  readonly attribute FrozenArray<record<DOMString, sequence<(long or [EnforceRange] unsigned short)?>>> nested;
  attribute ObservableArray<Node> nodes;
  attribute long async;
  attribute long required;
  getter any (unsigned long index);
  setter undefined (DOMString name, any value);
  deleter undefined (DOMString name);
  static Promise<undefined> make(optional (DOMString or Thing)? source = null, optional sequence<long> list = []);
  stringifier DOMString ();
  stringifier;
  Promise<void> legacyVoid(optional double x = NaN, optional float y = Infinity, optional DOMString s = ""a b"");
  undefined includes(any async, bigint required);
  iterable<DOMString, long>;
  async_iterable<long>(optional long start = 0);
  readonly maplike<DOMString, Thing>;
};
interface mixin M { const short S = 1; stringifier; readonly attribute long x; undefined op(); };
partial interface mixin M { attribute long y; };
Thing includes M;
partial interface Thing { setlike<long>; };
callback interface CB { const long C = 1; undefined handle(Event e); };
callback Fn = undefined (DOMString s, optional long n);
[LegacyTreatNonObjectAsNull] callback Legacy = any ();
namespace ns { readonly attribute long v; const long K = 2; undefined f(); };
partial namespace ns { undefined g(); };
dictionary ThingInit : Base { required long id; [EnforceRange] unsigned long n = 7; DOMString s = """"; sequence<long> l = []; boolean b = false; };
partial dictionary ThingInit { any extra = null; };
enum Mode { """", ""a-b"", /** doc */ ""c d"" };
typedef ([Clamp] long or DOMString)? Value;
typedef async_sequence<long> Stream;
interface Empty {};
";
            Assert.Equal(@"// Source: Example
// Second header line

/**
 * The thing.
 *   Indented.
 */
[Exposed=(Window,Worker), LegacyWindowAlias=webkitThing, Global=*, SecureContext]
interface Thing : EventTarget {
  constructor(optional ThingInit init = {}, [Clamp] long... rest);
  const unsigned long long BIG = 0xFF;
  const double HALF = -0.5e1;
  const unrestricted float NOPE = -Infinity;
  const boolean YES = true;
  /** The name. */
  [CEReactions, Reflect=""data-name""] attribute [LegacyNullToEmptyString] DOMString name;
  static readonly attribute long count;
  stringifier attribute USVString href;
  inherit attribute long inherited;
  readonly attribute FrozenArray<record<DOMString, sequence<(long or [EnforceRange] unsigned short)?>>> nested;
  attribute ObservableArray<Node> nodes;
  attribute long async;
  attribute long required;
  getter any (unsigned long index);
  setter undefined (DOMString name, any value);
  deleter undefined (DOMString name);
  static Promise<undefined> make(optional (DOMString or Thing)? source = null, optional sequence<long> list = []);
  stringifier DOMString ();
  stringifier;
  Promise<void> legacyVoid(optional double x = NaN, optional float y = Infinity, optional DOMString s = ""a b"");
  undefined includes(any async, bigint required);
  iterable<DOMString, long>;
  async_iterable<long>(optional long start = 0);
  readonly maplike<DOMString, Thing>;
};

interface mixin M {
  const short S = 1;
  stringifier;
  readonly attribute long x;
  undefined op();
};

partial interface mixin M {
  attribute long y;
};

Thing includes M;

partial interface Thing {
  setlike<long>;
};

callback interface CB {
  const long C = 1;
  undefined handle(Event e);
};

callback Fn = undefined (DOMString s, optional long n);

[LegacyTreatNonObjectAsNull]
callback Legacy = any ();

namespace ns {
  readonly attribute long v;
  const long K = 2;
  undefined f();
};

partial namespace ns {
  undefined g();
};

dictionary ThingInit : Base {
  required long id;
  [EnforceRange] unsigned long n = 7;
  DOMString s = """";
  sequence<long> l = [];
  boolean b = false;
};

partial dictionary ThingInit {
  any extra = null;
};

enum Mode {
  """",
  ""a-b"",
  /** doc */
  ""c d""
};

typedef ([Clamp] long or DOMString)? Value;

typedef async_sequence<long> Stream;

interface Empty {};
", Write(input));
            AssertRoundTrips(input);
        }

        [Fact]
        public void WritesLegacyConstructs()
        {
            const string input = @"// Old-style header

/** The module. */
module dom {
  /** An exception. */
  exception DOMException : Base {
    /** code */
    unsigned short code;
    const unsigned short INDEX_SIZE_ERR = 1;
  };
  interface Node;
  [Supplemental] interface Element : Node {
    attribute DOMString id getraises(DOMException) setraises(DOMException, Other);
    Node appendChild(in Node newChild, in optional long x = 5) raises(DOMException);
    getter legacycaller any item(in unsigned long index);
    legacycaller creator setter void (DOMString name, any value);
    jsonifier;
    serializer;
    stringifier;
    async iterable<DOMString>(optional long x);
  };
  Element implements EventTarget;
};
";
            Assert.Equal(@"// Old-style header

/** The module. */
module dom {
  /** An exception. */
  exception DOMException : Base {
    /** code */
    unsigned short code;
    const unsigned short INDEX_SIZE_ERR = 1;
  };

  interface Node;

  [Supplemental]
  interface Element : Node {
    attribute DOMString id getraises(DOMException) setraises(DOMException, Other);
    Node appendChild(in Node newChild, in optional long x = 5) raises(DOMException);
    getter legacycaller any item(in unsigned long index);
    setter legacycaller creator void (DOMString name, any value);
    jsonifier;
    serializer;
    stringifier;
    async iterable<DOMString>(optional long x);
  };

  Element implements EventTarget;
};
", Write(input));
            AssertRoundTrips(input);
        }

        [Fact]
        public void LegacyCallerBeforeAUnionReturnTypeGoesBeforeTheSpecialKeyword()
        {
            // `getter legacycaller (A or B) …` reads legacycaller as a type name, so the writer puts it first.
            const string input = "interface A {\n  legacycaller getter (long or DOMString) item(long x);\n};\n";
            var file = ParseClean(input);
            var item = (OperationMember)((InterfaceDefinition)file.Definitions[0]).Members[0];
            Assert.Equal("getter", item.Special);
            Assert.Equal(new[] { "legacycaller" }, item.LegacySpecials);
            Assert.Equal(input, IdlWriter.Write(file));
            AssertRoundTrips(input);
        }

        [Fact]
        public void KeywordNamesAreEscapedOnlyWhereTheGrammarNeedsIt()
        {
            const string input = @"[Exposed=_interface, Names=(_mixin,plain)]
interface _mixin : _includes {
  attribute _interface _async;
  attribute long _required;
  attribute long _mixin;
  undefined _includes(long _async, long _mixin, _DOMString _callback);
  const _DOMString _or = 1;
  attribute _void _void;
  _void _Promise();
  Promise<_void> p(_Promise _sequence);
  _legacycaller _legacycaller();
  undefined f(_in _in, in _in x);
};
_mixin includes _includes;
";
            const string expected = @"[Exposed=_interface, Names=(_mixin,plain)]
interface _mixin : _includes {
  attribute _interface async;
  attribute long required;
  attribute long _mixin;
  undefined includes(long async, long _mixin, DOMString callback);
  const _DOMString _or = 1;
  attribute _void _void;
  void _Promise();
  Promise<void> p(_Promise _sequence);
  _legacycaller legacycaller();
  undefined f(_in in, in _in x);
};

_mixin includes _includes;
";
            Assert.Equal(expected, Write(input));
            AssertRoundTrips(input);
        }

        [Fact]
        public void HyphenatedNamesAreWrittenBare()
        {
            // `_-x` is not an identifier, and `-x` already is one: a leading hyphen never takes the escape.
            const string input = "partial interface CSSStyleDeclaration {\n  [CEReactions] attribute [LegacyNullToEmptyString] CSSOMString -webkit-will-change;\n};\n";
            Assert.Equal(input, Write(input));
            AssertRoundTrips(input);
        }

        [Fact]
        public void ANameStartingWithAnUnderscoreGetsASecondOne()
        {
            // Only a hand-built tree can hold such a name; doubling the escape keeps it from silently losing its `_`.
            var file = new IdlFile { Definitions = new DefinitionNode[] { new InterfaceDefinition { Name = "_x" } } };
            Assert.Equal("interface __x {};\n", IdlWriter.Write(file));
        }

        /// <summary>Keywords spelled like identifiers (the lexer's list, besides punctuation and <c>-Infinity</c>).</summary>
        private static readonly string[] IdentifierLikeKeywords = Lexing.Keywords.ArgumentNameKeywords
            .Concat(Lexing.Keywords.StringTypes)
            .Concat(Lexing.Keywords.TypeNameKeywords)
            .Concat(new[]
            {
                "FrozenArray", "Infinity", "NaN", "ObservableArray", "Promise", "async_iterable", "async_sequence",
                "bigint", "boolean", "byte", "double", "false", "float", "long", "mixin", "null", "octet", "optional",
                "or", "readonly", "record", "sequence", "short", "true", "undefined", "unsigned", "void",
            })
            .ToArray();

        /// <summary>Legacy words the parser recognises by context, and hyphenated names.</summary>
        private static readonly string[] ContextualWords =
        {
            "exception", "module", "implements", "in", "raises", "getraises", "setraises", "legacycaller", "creator",
            "jsonifier", "serializer", "legacyiterable", "-foo", "-webkit-x",
        };

        /// <summary>Every keyword and contextual word, except <c>constructor</c>: <c>_constructor</c> is reserved.</summary>
        public static TheoryData<string> Words() => new TheoryData<string>(IdentifierLikeKeywords.Concat(ContextualWords).Where(w => w != "constructor"));

        [Theory]
        [MemberData(nameof(Words))]
        public void EveryNamePositionRoundTripsEveryKeyword(string word)
        {
            Assert.Equal(!ContextualWords.Contains(word), Lexing.Keywords.IsKeyword(word));
            var e = word[0] == '-' ? word : "_" + word;
            var input = $@"[Ext={e}, List=({e},{e})]
interface {e} : {e} {{
  const long {e} = 1;
  const {e} x = 1;
  attribute {e} {e};
  {e} {e}({e} {e}, optional {e} x = 1, {e}... y);
  getter {e} ({e} {e});
  iterable<{e}>;
  undefined g(in {e} {e}, in optional {e} x = 1);
  undefined f() raises({e});
  attribute long x getraises({e}) setraises({e});
}};
{e} includes {e};
{e} implements {e};
partial interface {e} {{}};
interface mixin {e} {{ attribute {e} {e}; }};
callback interface {e} {{ undefined f({e} {e}); }};
namespace {e} {{ readonly attribute {e} {e}; }};
dictionary {e} : {e} {{ {e} {e}; required {e} x; }};
enum {e} {{ ""a"" }};
typedef {e} {e};
typedef sequence<{e}> x;
callback {e} = {e} ({e} {e});
exception {e} : {e} {{ {e} {e}; const long {e} = 1; }};
module {e} {{ interface {e}; }};
";
            ParseClean(input);
            AssertRoundTrips(input);
        }

        [Fact]
        public void StringsAreWrittenBetweenQuotesAsTheyAre()
        {
            const string input = "enum E {\n  \"\",\n  \"a\\b\",\n  \"x'y\"\n};\n\ndictionary D {\n  DOMString s = \"\\n\";\n};\n";
            Assert.Equal(input, Write(input));
            AssertRoundTrips(input);
        }

        [Fact]
        public void DocumentationContainingACommentEndIsEscaped()
        {
            const string input = "// see a */ b\ninterface A {\n  // x */\n  attribute long x;\n};\nenum E {\n  // */\n  \"v\"\n};\n";
            var file = ParseClean(input);
            Assert.Equal("see a */ b", file.Definitions[0].Documentation);
            var written = IdlWriter.Write(file);
            Assert.Equal("/** see a *\\/ b */\ninterface A {\n  /** x *\\/ */\n  attribute long x;\n};\n\nenum E {\n  /**\n   * *\\/\n   */\n  \"v\"\n};\n", written);
            var reparsed = ParseClean(written);
            Assert.Equal(2, reparsed.Definitions.Count);
            Assert.Equal("see a *\\/ b", reparsed.Definitions[0].Documentation);
            Assert.Equal("x *\\/", ((InterfaceDefinition)reparsed.Definitions[0]).Members[0].Documentation);
            Assert.Equal("*\\/", ((EnumDefinition)reparsed.Definitions[1]).Values[0].Documentation);
        }

        [Theory]
        [InlineData("one line")]
        [InlineData("*starts with a star")]
        [InlineData("/starts with a slash")]
        [InlineData("ends with a star *")]
        [InlineData("two\nlines")]
        [InlineData("para one\n\npara two")]
        [InlineData("list:\n* one\n  * nested\n/ slash")]
        [InlineData("code:\n    indented()\n**bold**")]
        [InlineData("a */ b\n*/\n/*")]
        public void DocumentationTextSurvivesWhereverItStands(string doc)
        {
            var member = new AttributeMember { AttributeName = "x", Type = new IdlType { Name = "long" }, Documentation = doc };
            var value = new EnumValue { Value = "v", Documentation = doc };
            var file = new IdlFile
            {
                HeaderComment = doc,
                Definitions = new DefinitionNode[]
                {
                    new InterfaceDefinition { Name = "A", Documentation = doc, Members = new MemberNode[] { member } },
                    new ModuleDefinition { Name = "m", Documentation = doc, Definitions = new DefinitionNode[] { new EnumDefinition { Name = "E", Documentation = doc, Values = new[] { value } } } },
                },
            };
            var reparsed = ParseClean(IdlWriter.Write(file));
            var expected = doc.Replace("*/", "*\\/");
            Assert.Equal(doc, reparsed.HeaderComment);
            var a = (InterfaceDefinition)reparsed.Definitions[0];
            Assert.Equal(expected, a.Documentation);
            Assert.Equal(expected, a.Members[0].Documentation);
            var m = (ModuleDefinition)reparsed.Definitions[1];
            Assert.Equal(expected, m.Documentation);
            Assert.Equal(expected, m.Definitions[0].Documentation);
            Assert.Equal(expected, ((EnumDefinition)m.Definitions[0]).Values[0].Documentation);
        }

        [Fact]
        public void TheHeaderStaysApartFromTheFirstDefinitionsDocumentation()
        {
            const string input = "// Header\n\n/** Doc */\ninterface A {};\n";
            Assert.Equal(input, Write(input));
            AssertRoundTrips(input);
            Assert.Equal("// Only a header\n", Write("// Only a header\n"));
            AssertRoundTrips("// Only a header\n");
            Assert.Equal("", Write(""));
        }

        [Fact]
        public void WriteTypeRendersNestedExtendedAttributes()
        {
            var file = ParseClean("typedef [AllowShared] sequence<[Clamp] long?>? T;");
            var type = ((TypedefDefinition)file.Definitions[0]).Type;
            Assert.Equal("[AllowShared] sequence<[Clamp] long?>?", IdlWriter.WriteType(type));
            Assert.Equal("sequence<[Clamp] long?>?", type.ToString());
        }

        [Fact]
        public void WritesOneDefinition()
        {
            var file = ParseClean("/** D */ [A] dictionary D { long x = 1; };");
            Assert.Equal("/** D */\n[A]\ndictionary D {\n  long x = 1;\n};\n", IdlWriter.Write(file.Definitions[0]));
        }
    }
}
