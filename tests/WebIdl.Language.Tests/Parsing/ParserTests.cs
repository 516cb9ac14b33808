using System.Linq;
using WebIdl.Language.Syntax;
using Xunit;

namespace WebIdl.Language.Tests.Parsing
{
    /// <summary>Productions, spans, documentation comments and diagnostics of the parser.</summary>
    public sealed class ParserTests
    {
        private static IdlFile ParseClean(string text)
        {
            var result = IdlParser.Parse(text, "t.webidl");
            Assert.Empty(result.Diagnostics);
            return result.File;
        }

        [Fact]
        public void DocumentationCommentsAttachToTheFollowingDefinitionAndMember()
        {
            var file = ParseClean(@"// Source: Some Spec (https://example.org/spec)

/**
 * A socket.
 *   Indented line.
 */
interface S {
  // The URL.
  // Second line.
  readonly attribute USVString url;

  /* not attached: a blank line follows */

  undefined close();
};
enum E {
  /** first */ ""a"", ""b"",
};");
            Assert.Equal("Source: Some Spec (https://example.org/spec)", file.HeaderComment);
            var s = (InterfaceDefinition)file.Definitions[0];
            Assert.Equal("A socket.\n  Indented line.", s.Documentation);
            Assert.Equal("The URL.\nSecond line.", s.Members[0].Documentation);
            Assert.Null(s.Members[1].Documentation);
            var e = (EnumDefinition)file.Definitions[1];
            Assert.Equal("first", e.Values[0].Documentation);
            Assert.Equal(new[] { "a", "b" }, e.Values.Select(v => v.Value));
        }

        [Fact]
        public void SectionCommentsAboveADocCommentAreNotDocumentation()
        {
            var file = ParseClean("interface S {\n  // ready state\n  /** Connecting. */\n  const short A = 0;\n  // plain only\n  const short B = 1;\n};");
            var s = (InterfaceDefinition)file.Definitions[0];
            Assert.Equal("Connecting.", s.Members[0].Documentation);
            Assert.Equal("plain only", s.Members[1].Documentation);
        }

        [Fact]
        public void SpansCarryFileLineAndColumn()
        {
            var file = ParseClean("\n  interface Foo {\n    attribute long bar;\n  };\n");
            var foo = file.Definitions[0];
            Assert.Equal(("t.webidl", 2, 3), (foo.Span.Path, foo.Span.Line, foo.Span.Column));
            Assert.Equal((2, 13), (foo.NameSpan.Line, foo.NameSpan.Column));
            var bar = ((InterfaceDefinition)foo).Members[0];
            Assert.Equal((3, 5), (bar.Span.Line, bar.Span.Column));
            Assert.Equal((3, 20), (bar.NameSpan.Line, bar.NameSpan.Column));
            Assert.Equal("attribute long bar;", "\n  interface Foo {\n    attribute long bar;\n  };\n".Substring(bar.Span.Start, bar.Span.Length));
        }

        [Fact]
        public void EscapedNamesAreUnescaped()
        {
            var file = ParseClean("interface _interface { attribute long _attribute; undefined f(long _optional); };");
            var i = (InterfaceDefinition)file.Definitions[0];
            Assert.Equal("interface", i.Name);
            Assert.Equal("attribute", i.Members[0].Name);
        }

        [Fact]
        public void ErrorsAreMsBuildFormattedAndNameExpectedAndFound()
        {
            var result = IdlParser.Parse("interface A {\n  attribute long;\n};", "a.webidl");
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("a.webidl(2,17): error WIDL0007: Attribute lacks a name, found ';'", error.ToString());

            var unknown = IdlParser.Parse("interface A {};\n!!", "b.webidl");
            Assert.Equal("b.webidl(2,1): error WIDL0001: Expected a definition, found '!'", Assert.Single(unknown.Diagnostics).ToString());
        }

        [Fact]
        public void RecoversAtTheNextDefinitionAndReportsEveryProblem()
        {
            var result = IdlParser.Parse(
                "interface A { attribute; };\ndictionary B { long x; };\nenum C { };\ntypedef long D;\ninterface E : { };\n",
                "r.webidl");
            Assert.Equal(3, result.Diagnostics.Count(d => d.IsError));
            Assert.Equal(new[] { 1, 3, 5 }, result.Diagnostics.Select(d => d.Span.Line));
            Assert.Equal(new[] { "B", "D" }, result.File.Definitions.Select(d => d.Name));
        }

        [Fact]
        public void LexicalProblemsAreDiagnostics()
        {
            Assert.Contains(IdlParser.Parse("interface A {}; /* never closed", "x").Diagnostics, d => d.Id == "WIDL0003");
            Assert.Contains(IdlParser.Parse("enum E { \"open", "x").Diagnostics, d => d.Id == "WIDL0004");
            Assert.Contains(IdlParser.Parse("interface toString {};", "x").Diagnostics, d => d.Id == "WIDL0006");
        }

        [Fact]
        public void DeepNestingIsADiagnosticNotACrash()
        {
            var text = "typedef " + string.Concat(Enumerable.Repeat("sequence<", 5000)) + "long" + new string('>', 5000) + " T;";
            var result = IdlParser.Parse(text, "deep.webidl");
            Assert.Contains(result.Diagnostics, d => d.Id == "WIDL0005");
        }

        [Fact]
        public void EveryModernMemberForm()
        {
            var file = ParseClean(@"
[Exposed=*, LegacyFactoryFunction=Image(optional unsigned long width)]
interface A : B {
  constructor(optional D init = {});
  const unrestricted double X = -Infinity;
  static readonly attribute long s;
  stringifier attribute DOMString str;
  inherit attribute long i;
  getter any (unsigned long index);
  setter undefined (DOMString name, any value);
  deleter undefined (DOMString name);
  stringifier;
  static Promise<undefined> go(long... rest);
  async_iterable<long, DOMString>(optional long start = 0);
  readonly maplike<DOMString, (long or sequence<long>)?>;
  attribute ObservableArray<record<USVString, FrozenArray<bigint>>> arr;
  undefined f([EnforceRange] long a, optional [Clamp] octet b = 0x1F, optional DOMString c = ""x"", optional object? d = null, optional sequence<long> e = []);
};
callback interface CI { undefined handle(); };
callback CB = undefined (any... args);
namespace N { readonly attribute long x; undefined f(); };
partial namespace N { const long y = 1; };
interface mixin M { attribute symbol s; };
A includes M;
dictionary D : E { required long r; long o = 5; };
partial interface A { iterable<long>; };
");
            Assert.Equal(9, file.Definitions.Count);
        }
    }
}
