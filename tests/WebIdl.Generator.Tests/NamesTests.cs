using WebIdl.Generator.Binding;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>The escaping and naming helpers on their own.</summary>
    public class NamesTests
    {
        [Theory]
        [InlineData("bufferedAmount", "BufferedAmount")]
        [InlineData("URL", "URL")]
        [InlineData("foo-bar", "Foo_bar")]
        [InlineData("2d", "_2d")]
        [InlineData("", "_")]
        [InlineData("class", "Class")]
        public void PascalCase(string idl, string expected) => Assert.Equal(expected, CSharpNames.Pascal(idl));

        [Theory]
        [InlineData("class", "@class")]
        [InlineData("value", "value")]
        [InlineData("data-x", "data_x")]
        [InlineData("OPEN", "OPEN")]
        public void VerbatimKeepsTheSpellingAndEscapesKeywords(string idl, string expected) => Assert.Equal(expected, CSharpNames.Verbatim(idl));

        [Theory]
        [InlineData("a-b", "AB")]
        [InlineData("slow-motion", "SlowMotion")]
        [InlineData("arraybuffer", "Arraybuffer")]
        [InlineData("2d", "_2d")]
        [InlineData("*/", "")]
        public void EnumWords(string value, string expected) => Assert.Equal(expected, CSharpNames.PascalWords(value));

        [Theory]
        [InlineData("plain", "\"plain\"")]
        [InlineData("a\"b", "\"a\\\"b\"")]
        [InlineData("back\\slash", "\"back\\\\slash\"")]
        [InlineData("line\nbreak", "\"line\\u000Abreak\"")]
        [InlineData("sep\u2028x", "\"sep\\u2028x\"")]
        [InlineData("\u00e4", "\"\\u00E4\"")]
        [InlineData("{0}", "\"{0}\"")]
        public void StringLiteralsEscapeEverythingOutsidePrintableAscii(string value, string expected) =>
            Assert.Equal(expected, CSharpNames.StringLiteral(value));

        [Fact]
        public void NameScopeSuffixesTakenNames()
        {
            var scope = new NameScope();
            scope.Reserve("Foo");
            Assert.Equal("Foo2", scope.Take("Foo"));
            Assert.Equal("Foo3", scope.Take("Foo"));
            Assert.Equal("@class", scope.Take("@class"));
            Assert.Equal("class2", scope.Take("@class"));
        }

        [Fact]
        public void DocCommentsEscapeAndSplitEveryLineTerminator()
        {
            var lines = new DocComments().Summary("a </summary> & <b>\r\n#error x\u2028*/ y\u0085z\u0001", "fallback").Build();
            Assert.Equal(
                new[] { "/// <summary>", "/// a &lt;/summary&gt; &amp; &lt;b&gt;", "/// #error x", "/// */ y", "/// z\uFFFD", "/// </summary>" },
                lines);
            Assert.Equal(new[] { "/// <summary>fallback</summary>" }, new DocComments().Summary("  \n ", "fallback").Build());
            Assert.Equal("&lt;c&gt; \uFFFD", DocComments.Text("<c>\n\uD800"));
        }
    }
}
