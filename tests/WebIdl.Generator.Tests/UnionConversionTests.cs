using System.Linq;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// Unions that differ only in their members' conversions share one struct; each use still applies the
    /// conversions written there, whichever definition met the union first.
    /// </summary>
    public sealed class UnionConversionTests
    {
        [Fact]
        public void EachUseAppliesItsOwnMemberConversions()
        {
            const string idl = "[Exposed=Window] interface A { undefined f((long or DOMString) x); };\n"
                + "[Exposed=Window] interface B { undefined g(([EnforceRange] long or DOMString) x); };\n";
            var parsed = GeneratorPipeline.Parse("u.webidl", idl);
            var result = GeneratorPipeline.Bind(new[] { parsed }, new GeneratorOptions { Namespace = "T" });
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

            string Source(string hint) => GeneratorPipeline.Render(result.Definitions.Single(d => d.HintName == hint));
            Assert.Single(result.Definitions, d => d.HintName.EndsWith("OrDOMString.g.cs", System.StringComparison.Ordinal));
            Assert.DoesNotContain("EnforceRange(", Source("T.A.g.cs"));
            Assert.Contains("IdlConvert.EnforceRange(x, -2147483648, 2147483647, \"B\", \"g\", \"x\")", Source("T.B.g.cs"));
        }
    }
}
