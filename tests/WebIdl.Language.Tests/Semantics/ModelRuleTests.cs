using System.Linq;
using WebIdl.Language.Diagnostics;
using Xunit;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>The model's own rules (those webidl2.js does not have), one positive and one negative case at least each.</summary>
    public sealed class ModelRuleTests
    {
        [Fact]
        public void UnknownTypesAreReportedInEveryPosition()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window, LegacyFactoryFunction=Make(U1 a)]\n" +   // 1: extended-attribute argument
                "interface I {\n" +
                "  attribute U2 a;\n" +                                   // 3
                "  U3 op(sequence<(long or U4)> x, optional record<DOMString, Promise<U5>> y = {});\n" + // 4: three
                "  const U6 C = 1;\n" +                                   // 5
                "  iterable<U7>;\n" +                                     // 6
                "  constructor([Clamp] FrozenArray<U8> z);\n" +           // 7
                "};\n" +
                "dictionary D { U9 f; };\n" +                             // 9
                "typedef U10? T;\n" +                                     // 10
                "callback C = U11 (U12 x);\n" +                           // 11: two
                "exception E { U13 field; };");                           // 12
            model.AssertLines(DiagnosticCatalogue.UnknownType, 1, 3, 4, 4, 4, 5, 6, 7, 9, 10, 11, 11, 12);
            Assert.Equal(
                Enumerable.Range(1, 13).Select(i => "Unknown type 'U" + i + "'"),
                model.Of(DiagnosticCatalogue.UnknownType).Select(d => d.Message).OrderBy(m => int.Parse(m.Substring(15).TrimEnd('\''))));
            var u2 = model.Of(DiagnosticCatalogue.UnknownType).Single(d => d.Message.EndsWith("'U2'", System.StringComparison.Ordinal));
            Assert.Equal(13, u2.Span.Column);
            Assert.Equal("file0.webidl", u2.Span.Path);
        }

        [Fact]
        public void DefinedTypesAcrossFilesAreKnown()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I { attribute E e; attribute D2 d; undefined f(optional D d = {}, C c); };",
                "enum E { \"a\" };\ndictionary D {};\ncallback C = undefined ();\ntypedef sequence<I> D2;");
            model.AssertNone(DiagnosticCatalogue.UnknownType);
            model.AssertNone(DiagnosticCatalogue.NotAType);
        }

        [Fact]
        public void MixinsNamespacesAndModulesAreNotTypes()
        {
            var model = SemanticHost.Build(
                "interface mixin M {};\n[Exposed=Window] namespace N {};\n[Exposed=Window] interface I { attribute M m; attribute N n; };");
            model.AssertLines(DiagnosticCatalogue.NotAType, 3, 3);
            Assert.Contains("but it is an interface mixin", model.Of(DiagnosticCatalogue.NotAType)[0].Message);
        }

        [Fact]
        public void DuplicateDefinitionsPointAtTheLaterName()
        {
            var model = SemanticHost.Build("[Exposed=Window] interface A {};\ndictionary B {};", "enum A { \"x\" };\npartial interface A {};");
            var duplicate = Assert.Single(model.Of(DiagnosticCatalogue.DuplicateDefinition));
            Assert.Equal("file1.webidl", duplicate.Span.Path);
            Assert.Equal(1, duplicate.Span.Line);
            Assert.Equal("enum 'A' is already defined as an interface at file0.webidl(1,28)", duplicate.Message);
            Assert.IsType<WebIdl.Language.Semantics.InterfaceSymbol>(model.Definitions.Single(d => d.Name == "A"));
        }

        [Fact]
        public void PartialsNeedATargetOfTheirKind()
        {
            var model = SemanticHost.Build(
                "partial interface Lonely { attribute long x; };\n" +
                "dictionary D {};\npartial interface D {};\n" +
                "[Exposed=Window] interface Fine {};\npartial interface Fine {};");
            model.AssertLines(DiagnosticCatalogue.PartialWithoutDefinition, 1);
            model.AssertLines(DiagnosticCatalogue.PartialKindMismatch, 3);
            // The partial of nothing still gives a symbol, so uses of the name resolve.
            Assert.True(model.TryGetDefinition("Lonely", out var lonely));
            Assert.Equal("x", ((WebIdl.Language.Semantics.ContainerSymbol)lonely).Members.Single().Name);
        }

        [Fact]
        public void IncludesNeedsAnInterfaceAndAMixin()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I {};\ninterface mixin M {};\ndictionary D {};\n" +
                "I includes M;\nD includes M;\nI includes D;\nNope includes Gone;");
            model.AssertLines(DiagnosticCatalogue.IncludesTargetNotInterface, 5, 7);
            model.AssertLines(DiagnosticCatalogue.IncludesMixinNotMixin, 6, 7);
            Assert.Equal(new[] { "M" }, model.Interfaces.Single().IncludedMixins);
        }

        [Fact]
        public void InheritanceNeedsADefinedBaseOfTheSameKind()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface A : Missing {};\n" +
                "dictionary D : A {};\n" +
                "[Exposed=Window] interface B : D {};\n" +
                "[Exposed=Window] interface C : A {};\n" +
                "dictionary E : D {};");
            model.AssertLines(DiagnosticCatalogue.UnknownInheritance, 1);
            model.AssertLines(DiagnosticCatalogue.InvalidInheritance, 2, 3);
            Assert.Equal("dictionary 'D' inherits from 'A', which is an interface, not a dictionary", model.Of(DiagnosticCatalogue.InvalidInheritance)[0].Message);
            Assert.Equal(32, model.Of(DiagnosticCatalogue.UnknownInheritance)[0].Span.Column);
        }

        [Fact]
        public void InheritanceCyclesAreReportedOnTheirMembers()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface A : B {};\n[Exposed=Window] interface B : A {};\n" +
                "[Exposed=Window] interface Leads : A {};\n[Exposed=Window] interface Self : Self {};");
            model.AssertLines(DiagnosticCatalogue.InheritanceCycle, 1, 2, 4);
            Assert.Contains("A -> B -> A", model.Of(DiagnosticCatalogue.InheritanceCycle)[0].Message);
            Assert.Equal(new[] { "A", "B" }, model.Interfaces.Single(i => i.Name == "Leads").InheritanceChain);
            SemanticHost.Build("[Exposed=Window] interface A {};\n[Exposed=Window] interface B : A {};").AssertNone(DiagnosticCatalogue.InheritanceCycle);
        }

        [Fact]
        public void TypedefCyclesAreReported()
        {
            SemanticHost.Build("typedef (long or Self) Self;").AssertLines(DiagnosticCatalogue.TypedefCycle, 1);
            SemanticHost.Build("typedef long A;\ntypedef A B;\ntypedef (A or B) C;").AssertNone(DiagnosticCatalogue.TypedefCycle);
        }

        [Fact]
        public void DuplicateMembersAfterMergingAreReported()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I {\n" +
                "  attribute long a;\n" +
                "  undefined f();\n" +
                "  undefined f(long x);\n" +        // overload: fine
                "  const long a = 1;\n" +           // 5: const vs attribute
                "};\n" +
                "partial interface I { attribute long f; };\n" + // 7: attribute vs operation
                "interface mixin M { readonly attribute long a; };\n" + // 8: from the mixin
                "I includes M;\n" +
                "dictionary Base { long x; };\n" +
                "dictionary Derived : Base { long x; long y; long y; };\n" + // 11: inherited, and twice y
                "[Exposed=Window] namespace N { readonly attribute long z; long z(); };"); // 12
            model.AssertLines(DiagnosticCatalogue.DuplicateMember, 5, 7, 8, 11, 11, 12);
            var fromMixin = model.Of(DiagnosticCatalogue.DuplicateMember).Single(d => d.Span.Line == 8);
            Assert.Equal("attribute 'a' of 'I' is already declared as an attribute at file0.webidl(2,18)", fromMixin.Message);
        }

        [Fact]
        public void ADuplicateInsideAMixinIsReportedOnceOnTheMixin()
        {
            var model = SemanticHost.Build(
                "interface mixin M { attribute long a; attribute long a; };\n" +
                "[Exposed=Window] interface I {};\n[Exposed=Window] interface J {};\nI includes M;\nJ includes M;");
            var duplicate = Assert.Single(model.Of(DiagnosticCatalogue.DuplicateMember));
            Assert.Contains("of 'M'", duplicate.Message);
        }

        [Fact]
        public void MembersOfOtherDefinitionsMayShareNames()
        {
            SemanticHost.Build(
                "[Exposed=Window] interface A { attribute long x; };\n[Exposed=Window] interface B : A { attribute long x; };\n" +
                "dictionary D { long x; };\ndictionary E { long x; };").AssertClean();
        }
    }
}
