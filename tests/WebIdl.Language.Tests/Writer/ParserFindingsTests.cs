using System.Linq;
using WebIdl.Language.Syntax;
using Xunit;

namespace WebIdl.Language.Tests.Writer
{
    /// <summary>
    /// Parser bugs found while testing the writer's round trip. They fail until the grammar is fixed (the grammar
    /// belongs to the parser's owners); each test holds the minimal input.
    /// </summary>
    public sealed class ParserFindingsTests
    {
        [Theory]
        [InlineData("interface A { legacycaller (long or DOMString) item(long x); };", "", "legacycaller")]
        [InlineData("interface A { creator (long or DOMString) (long x); };", "", "creator")]
        [InlineData("interface A { getter legacycaller (long or DOMString) item(long x); };", "getter", "legacycaller")]
        public void ALegacyCallerMayReturnAUnion(string text, string special, string legacy)
        {
            // The lookahead that keeps `legacycaller(` and `legacycaller?` as type names also catches `legacycaller (A or B)`.
            var result = IdlParser.Parse(text, "t.webidl");
            Assert.Empty(result.Diagnostics);
            var operation = (OperationMember)((InterfaceDefinition)result.File.Definitions[0]).Members[0];
            Assert.Equal(special, operation.Special);
            Assert.Equal(new[] { legacy }, operation.LegacySpecials);
            Assert.True(operation.ReturnType!.Union);
            Assert.Empty(RoundTrip.Problems(text, "t.webidl"));
        }

        [Fact]
        public void ACommentAfterCodeOnTheSameLineDocumentsNothingBelowIt()
        {
            // dom.idl: `readonly attribute EventTarget? srcElement; // legacy` makes "legacy" the documentation of
            // the next attribute, currentTarget.
            const string text = "interface A {\n  attribute long a; // about a\n  attribute long b;\n}; // after A\ninterface B {};\nenum E { \"a\", // about a\n  \"b\" };\n";
            var file = IdlParser.Parse(text, "t.webidl").File;
            var a = (InterfaceDefinition)file.Definitions[0];
            Assert.Null(a.Members[1].Documentation);
            Assert.Null(file.Definitions[1].Documentation);
            Assert.Null(((EnumDefinition)file.Definitions[2]).Values.Last().Documentation);
        }
    }
}
