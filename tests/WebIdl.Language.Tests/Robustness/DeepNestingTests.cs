using System.Linq;
using WebIdl.Language.Diagnostics;
using Xunit;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>
    /// Pathologically deep and wide inputs, each parsed on a thread with the default 1 MB stack (see
    /// <see cref="GuardedParse"/>): nesting past the limit is WIDL0005, never a stack overflow (which would end the
    /// test process), and wide inputs parse in linear time.
    /// </summary>
    public sealed class DeepNestingTests
    {
        private static readonly string NestingTooDeep = DiagnosticCatalogue.NestingTooDeep.Id;

        private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

        private static void AssertNestingTooDeep(string text, string what)
        {
            var result = GuardedParse.Parse(text, what);
            Assert.Contains(result.Diagnostics, d => d.Id == NestingTooDeep);
        }

        [Fact]
        public void TenThousandNestedSequences() =>
            AssertNestingTooDeep("typedef " + Repeat("sequence<", 10_000) + "long" + Repeat(">", 10_000) + " T;", "10,000 nested sequence<");

        [Fact]
        public void TenThousandUnclosedSequences() =>
            AssertNestingTooDeep("typedef " + Repeat("sequence<", 10_000), "10,000 unclosed sequence<");

        [Fact]
        public void TenThousandNestedGenericsOfEveryKind() =>
            AssertNestingTooDeep(
                "interface I { attribute " + Repeat("Promise<FrozenArray<record<DOMString, ObservableArray<async_sequence<", 2_000) + "long" + Repeat(">>>>>", 2_000) + " a; };",
                "2,000 × five nested generics");

        [Fact]
        public void TenThousandNestedUnions() =>
            AssertNestingTooDeep("typedef " + Repeat("(", 10_000) + "long" + Repeat(" or long)", 10_000) + " T;", "10,000 nested unions");

        [Fact]
        public void TenThousandOpeningParentheses()
        {
            // Bare parentheses: at the top level, as a type, and as an argument list.
            GuardedParse.Parse(Repeat("(", 10_000), "10,000 (");
            AssertNestingTooDeep("typedef " + Repeat("(", 10_000), "typedef and 10,000 (");
            AssertNestingTooDeep("interface I { undefined f(" + Repeat("(", 10_000), "an operation and 10,000 (");
        }

        [Fact]
        public void TenThousandNestedExtendedAttributeArgumentLists()
        {
            // [A([A([A(… long x)] long x)] long x)] interface I {};
            var text = Repeat("[A(", 10_000) + "long x" + Repeat(")] long x", 9_999) + ")] interface I {};";
            AssertNestingTooDeep(text, "10,000 nested [A(");
            AssertNestingTooDeep(Repeat("[A(", 10_000), "10,000 unclosed [A(");
        }

        [Fact]
        public void TenThousandNestedModules() =>
            AssertNestingTooDeep(Repeat("module m { ", 10_000) + Repeat("}; ", 10_000), "10,000 nested modules");

        [Fact]
        public void AHundredThousandOpeningBraces()
        {
            var result = GuardedParse.Parse(Repeat("{", 100_000), "100,000 {");
            Assert.Contains(result.Diagnostics, d => d.IsError);
            result = GuardedParse.Parse("interface I " + Repeat("{", 100_000), "interface and 100,000 {");
            Assert.Contains(result.Diagnostics, d => d.IsError);
            result = GuardedParse.Parse("dictionary D { long x = " + Repeat("{", 100_000), "a default and 100,000 {");
            Assert.Contains(result.Diagnostics, d => d.IsError);
        }

        [Fact]
        public void NestingWithinTheLimitParses()
        {
            var result = GuardedParse.Parse("typedef " + Repeat("sequence<", 20) + "long" + Repeat(">", 20) + " T;", "20 nested sequence<");
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void WideInputsParse()
        {
            var arguments = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => "long a" + i));
            var result = GuardedParse.Parse("interface I { undefined f(" + arguments + "); };", "100,000 arguments");
            Assert.Empty(result.Diagnostics);

            var union = "(" + string.Join(" or ", Enumerable.Range(0, 100_000).Select(i => "T" + i)) + ")";
            result = GuardedParse.Parse("typedef " + union + " U;", "a union of 100,000 types");
            Assert.Empty(result.Diagnostics);

            var members = Repeat("attribute long a;\n", 100_000);
            result = GuardedParse.Parse("interface I {\n" + members + "};", "100,000 members");
            Assert.Empty(result.Diagnostics);

            result = GuardedParse.Parse(Repeat("typedef long T;\n", 100_000), "100,000 definitions");
            Assert.Empty(result.Diagnostics);
            Assert.Equal(100_000, result.File.Definitions.Count);

            result = GuardedParse.Parse(Repeat("interface I { attribute long; };\n", 20_000), "20,000 broken definitions");
            Assert.Equal(20_000, result.Diagnostics.Count);
        }
    }
}
