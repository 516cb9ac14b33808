using System.Linq;
using Xunit;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>After an error the parser resumes at the next definition: every broken definition is reported once, and every good one kept.</summary>
    public sealed class RecoveryTests
    {
        [Fact]
        public void ThreeBrokenDefinitionsAmongGoodOnes()
        {
            const string text = @"interface Good1 { attribute long a; };
interface Broken1 { attribute long; };
dictionary Good2 { long x = 1; };
enum Broken2 { ""a"" ""b"" };
typedef long Good3;
callback Broken3 = undefined (long x;
[Exposed=Window] interface Good4 { undefined f(); };
";
            var result = GuardedParse.Parse(text, "three broken definitions");
            var errors = result.Diagnostics.Where(d => d.IsError).ToArray();
            Assert.Equal(new[] { 2, 4, 6 }, errors.Select(d => d.Span.Line));
            Assert.Equal(new[] { "Good1", "Good2", "Good3", "Good4" }, result.File.Definitions.Select(d => d.Name));
        }

        [Theory]
        [InlineData("interface A { attribute long; };", 1)]
        [InlineData("interface A { undefined f(; };", 1)]
        [InlineData("interface A { const long X; };", 1)]
        [InlineData("dictionary A { required long x = 1; };", 1)]
        [InlineData("interface A : { };", 1)]
        [InlineData("typedef sequence<long T;", 1)]
        [InlineData("enum E { };", 1)]
        [InlineData("A includes ;", 1)]
        [InlineData("[Exposed=Window] ;", 1)]
        [InlineData("interface A { attribute long x; } interface B {};", 1)]
        [InlineData("partial enum E { \"a\" };", 1)]
        [InlineData("interface A { [A( long x; };", 1)]
        public void OneBrokenDefinitionBetweenGoodOnes(string broken, int errorCount)
        {
            var text = "interface Before {};\n" + broken + "\ninterface After { attribute long a; };\n";
            var result = GuardedParse.Parse(text, broken);
            Assert.True(
                result.Diagnostics.Count(d => d.IsError) == errorCount,
                $"{broken}: {string.Join("; ", result.Diagnostics)}");
            Assert.Equal("Before", result.File.Definitions.First().Name);
            Assert.Equal("After", result.File.Definitions.Last().Name);
        }
    }
}
