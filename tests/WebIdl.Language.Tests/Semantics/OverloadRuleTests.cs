using WebIdl.Language.Diagnostics;
using Xunit;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>Overload distinguishability (WIDL0111) and repeated overloads (WIDL0131).</summary>
    public sealed class OverloadRuleTests
    {
        private const string Prelude =
            "dictionary Dict {};\nenum E { \"a\" };\ncallback Cb = undefined ();\ncallback interface Listener { undefined handle(); };\n" +
            "[Exposed=Window] interface Base {};\n[Exposed=Window] interface Derived : Base {};\n[Exposed=Window] interface Other {};\n";

        private static void AssertClash(string members, bool clash)
        {
            var model = SemanticHost.Build(Prelude + "[Exposed=Window] interface I {\n" + members + "\n};");
            if (clash)
            {
                Assert.Single(model.Of(DiagnosticCatalogue.IndistinguishableOverloads));
            }
            else
            {
                model.AssertNone(DiagnosticCatalogue.IndistinguishableOverloads);
            }
        }

        [Theory]
        [InlineData("long", "double", true)]
        [InlineData("long", "DOMString", false)]
        [InlineData("DOMString", "USVString", true)]
        [InlineData("E", "DOMString", true)]
        [InlineData("boolean", "long", false)]
        [InlineData("boolean", "boolean?", true)]
        [InlineData("bigint", "long", false)]
        [InlineData("object", "Base", true)]
        [InlineData("object", "DOMString", false)]
        [InlineData("object", "Dict", true)]
        [InlineData("object", "sequence<long>", true)]
        [InlineData("Base", "Other", false)]
        [InlineData("Base", "Derived", true)]
        [InlineData("Base", "Base?", true)]
        [InlineData("ArrayBuffer", "Uint8Array", false)]
        [InlineData("Base", "Dict", false)]
        [InlineData("Dict", "record<DOMString, long>", true)]
        [InlineData("Dict", "Listener", true)]
        [InlineData("Cb", "Dict", false)]
        [InlineData("Cb", "object", true)]
        [InlineData("sequence<long>", "FrozenArray<long>", true)]
        [InlineData("sequence<long>", "Dict", false)]
        [InlineData("sequence<long>", "DOMString", false)]
        [InlineData("long?", "DOMString?", true)]
        [InlineData("long?", "Dict", true)]
        [InlineData("long?", "DOMString", false)]
        [InlineData("(long or DOMString)", "boolean", false)]
        [InlineData("(long or DOMString)", "double", true)]
        [InlineData("(Base or sequence<long>)", "(DOMString or Dict)", false)]
        [InlineData("any", "long", true)]
        [InlineData("Promise<long>", "long", true)]
        [InlineData("symbol", "DOMString", false)]
        [InlineData("Unknown1", "Unknown2", false)]
        public void OneArgumentOverloads(string first, string second, bool clash)
        {
            var model = SemanticHost.Build(Prelude + $"[Exposed=Window] interface I {{\n  undefined f({first} a);\n  undefined f({second} b);\n}};");
            if (clash)
            {
                var diagnostic = Assert.Single(model.Of(DiagnosticCatalogue.IndistinguishableOverloads));
                Assert.Equal(10, diagnostic.Span.Line);
                Assert.Equal($"Overloads of operation 'f' with 1 argument(s) cannot be distinguished: f({first}) and f({second})", diagnostic.Message);
            }
            else
            {
                model.AssertNone(DiagnosticCatalogue.IndistinguishableOverloads);
            }
        }

        [Fact]
        public void TypedefsAreResolvedBeforeComparing()
        {
            var model = SemanticHost.Build("typedef unsigned long GLenum;\n[Exposed=Window] interface I { undefined f(GLenum a); undefined f(double b); };");
            Assert.Single(model.Of(DiagnosticCatalogue.IndistinguishableOverloads));
        }

        [Fact]
        public void OptionalArgumentsMakeShorterEntries()
        {
            AssertClash("  undefined f();\n  undefined f(optional long x);", clash: true);
            AssertClash("  undefined f(long x);\n  undefined f(long x, optional DOMString y);", clash: true);
            AssertClash("  undefined f(long x);\n  undefined f(long x, DOMString y);", clash: false);
            AssertClash("  undefined f(DOMString a, optional long b);\n  undefined f(long a, optional long b);", clash: false);
        }

        [Fact]
        public void VariadicArgumentsRepeat()
        {
            AssertClash("  undefined f(long... xs);\n  undefined f(long a, double b);", clash: true);
            AssertClash("  undefined f(long... xs);\n  undefined f(long a, DOMString b);", clash: false);
            AssertClash("  undefined f(long... xs);\n  undefined f();", clash: true);
        }

        [Fact]
        public void SomeIndexMustSeparateEveryPair()
        {
            // Index 1 separates them although index 0 does not.
            AssertClash("  undefined f(long a, DOMString b);\n  undefined f(long a, Base b);", clash: false);

            // Index 0 separates the first from the others and index 1 the last two, but no index separates all three.
            AssertClash("  undefined f(DOMString a, long b);\n  undefined f(long a, long b);\n  undefined f(long a, DOMString b);", clash: true);
        }

        [Fact]
        public void StaticAndRegularOperationsAreSeparateSets()
        {
            AssertClash("  undefined f(long a);\n  static undefined f(double a);", clash: false);
            AssertClash("  static undefined f(long a);\n  static undefined f(double a);", clash: true);
        }

        [Fact]
        public void ConstructorsAndNamespacesAreChecked()
        {
            AssertClash("  constructor(long a);\n  constructor(double a);", clash: true);
            var model = SemanticHost.Build("[Exposed=Window] namespace N { undefined f(long a); undefined f(short a); };");
            Assert.Contains("operation 'f'", Assert.Single(model.Of(DiagnosticCatalogue.IndistinguishableOverloads)).Message);
        }

        [Fact]
        public void OverloadsFromMixinsAreCheckedWithTheInterface()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I { undefined f(long a); };\ninterface mixin M { undefined f(double a); };\nI includes M;");
            model.AssertLines(DiagnosticCatalogue.IndistinguishableOverloads, 2);
        }

        [Fact]
        public void RepeatedIdenticalOverloadsAreAWarning()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface C { constructor(); };\npartial interface C { constructor(); undefined f(optional long a = 0); };\n" +
                "partial interface C { undefined f(optional long a = 1); };");
            model.AssertLines(DiagnosticCatalogue.RepeatedOverload, 2, 3);
            model.AssertNone(DiagnosticCatalogue.IndistinguishableOverloads);
        }
    }
}
