using System.Linq;
using WebIdl.Language.Diagnostics;
using Xunit;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>The rules webidl2.js's <c>validate()</c> checks, one positive and one negative case at least each.</summary>
    public sealed class Webidl2RuleTests
    {
        [Fact]
        public void RequireExposedIsAWarningOnInterfacesAndNamespaces()
        {
            var model = SemanticHost.Build(
                "interface A {};\npartial interface A {};\n[Exposed=Window] interface B {};\nnamespace N {};\n" +
                "interface mixin M {};\ndictionary D {};\ncallback interface L { undefined f(); };");
            model.AssertLines(DiagnosticCatalogue.MissingExposed, 1, 4);
            Assert.False(model.HasErrors);
        }

        [Fact]
        public void ConstructorExtendedAttributeIsAnError()
        {
            SemanticHost.Build("[Exposed=Window, Constructor(long x)] interface A {};\n[Constructor] partial interface A {};")
                .AssertLines(DiagnosticCatalogue.ConstructorExtendedAttribute, 1, 2);
            SemanticHost.Build("[Exposed=Window] interface A { constructor(long x); };").AssertClean();
        }

        [Fact]
        public void GlobalInterfacesAreNotConstructible()
        {
            var model = SemanticHost.Build(
                "[Global=W, Exposed=W, LegacyFactoryFunction=Make()] interface W {};\npartial interface W { constructor(); };\n" +
                "[Exposed=Window, LegacyFactoryFunction=Make2()] interface NotGlobal { constructor(); };");
            model.AssertLines(DiagnosticCatalogue.ConstructibleGlobal, 1, 2);
        }

        [Fact]
        public void AttributesCannotHoldSequencesRecordsOrDictionaries()
        {
            var model = SemanticHost.Build(
                "dictionary D {};\ntypedef sequence<long> Longs;\n[Exposed=Window] interface I {\n" +
                "  attribute sequence<long> a;\n" +                 // 4
                "  attribute record<DOMString, long> b;\n" +        // 5
                "  attribute D c;\n" +                              // 6
                "  attribute (D or long) d;\n" +                    // 7
                "  attribute Longs e;\n" +                          // 8
                "  attribute async_sequence<long> f;\n" +           // 9
                "  attribute FrozenArray<D> ok1;\n" +
                "  attribute D? ok2;\n" +                           // nullable dictionaries pass, as in webidl2.js
                "  attribute (long or DOMString) ok3;\n" +
                "};");
            model.AssertLines(DiagnosticCatalogue.AttributeInvalidType, 4, 5, 6, 7, 8, 9);
            Assert.Contains("cannot be of record type", model.Of(DiagnosticCatalogue.AttributeInvalidType)[1].Message);
        }

        [Fact]
        public void ReadonlyAttributesCannotEnforceRange()
        {
            var model = SemanticHost.Build(
                "typedef [EnforceRange] long Strict;\ntypedef Strict Stricter;\n[Exposed=Window] interface I {\n" +
                "  readonly attribute [EnforceRange] long a;\n" +
                "  readonly attribute Stricter b;\n" +
                "  attribute [EnforceRange] long ok1;\n" +
                "  readonly attribute [Clamp] long ok2;\n" +
                "};");
            model.AssertLines(DiagnosticCatalogue.ReadonlyAttributeEnforceRange, 4, 5);
        }

        [Fact]
        public void RegularAndStaticOperationsNeedNames()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I {\n  undefined ();\n  static undefined ();\n  getter long (unsigned long i);\n  stringifier;\n  legacycaller any (long x);\n};");
            model.AssertLines(DiagnosticCatalogue.IncompleteOperation, 2, 3);
        }

        [Fact]
        public void AsyncSequencesDoNotFlowToJavaScript()
        {
            var model = SemanticHost.Build(
                "typedef async_sequence<long> Stream;\n" +
                "callback Cb = undefined (async_sequence<long> s);\n" +            // 2
                "callback interface L { undefined f(Stream s); };\n" +              // 3
                "[Exposed=Window] interface I {\n" +
                "  Stream produce();\n" +                                           // 5
                "  undefined consume(async_sequence<long> s);\n" +                  // fine: JS to IDL
                "};");
            model.AssertLines(DiagnosticCatalogue.AsyncSequenceToJs, 2, 3, 5);
        }

        [Fact]
        public void DictionaryArgumentsFollowWebidl2Rules()
        {
            var model = SemanticHost.Build(
                "dictionary Opt { long x; };\ndictionary Req { required long x; };\ndictionary ReqBase : Req {};\n" +
                "typedef (long or Opt) OptUnion;\n[Exposed=Window] interface I {\n" +
                "  undefined a(optional Opt o);\n" +                 // 6: default
                "  undefined b(Opt o);\n" +                          // 7: optional
                "  undefined c(optional Opt? o = {});\n" +           // 8: nullable
                "  undefined d(OptUnion u);\n" +                     // 9: optional, through typedef and union
                "  undefined e(Opt o, long after);\n" +              // fine: a required argument follows
                "  undefined f(Req r);\n" +                          // fine: required member
                "  undefined g(ReqBase r);\n" +                      // fine: inherited required member
                "  undefined h(optional Opt o = {});\n" +            // fine
                "};");
            model.AssertLines(DiagnosticCatalogue.DictionaryArgumentDefault, 6);
            model.AssertLines(DiagnosticCatalogue.DictionaryArgumentOptional, 7, 9);
            model.AssertLines(DiagnosticCatalogue.NullableDictionaryArgument, 8);
        }

        [Fact]
        public void NullableUnionsCannotHoldDictionaries()
        {
            var model = SemanticHost.Build(
                "dictionary D {};\ntypedef (long or D) U;\n" +
                "typedef (long or D)? A;\n" +         // 3
                "typedef U? B;\n" +                   // 4
                "typedef (long or D?)? Fine1;\n" +
                "typedef (long or D) Fine2;\n" +
                "typedef sequence<(long or D)?> C;"); // 7: inside a generic
            model.AssertLines(DiagnosticCatalogue.NullableUnionDictionary, 3, 4, 7);
        }

        [Fact]
        public void AllowSharedBufferSourceIsMigrated()
        {
            var model = SemanticHost.Build(
                "typedef (ArrayBuffer or DataView) BufferSource;\ntypedef (ArrayBuffer or DataView) AllowSharedBufferSource;\n" +
                "[Exposed=Window] interface I {\n" +
                "  undefined a([AllowShared] BufferSource s);\n" +           // 4: on the argument
                "  undefined b(optional [AllowShared] BufferSource s);\n" +  // 5: on the type
                "  undefined c(AllowSharedBufferSource s);\n" +
                "  undefined d([AllowShared] Uint8Array s);\n" +
                "};");
            model.AssertLines(DiagnosticCatalogue.AllowSharedBufferSource, 4, 5);
        }

        [Fact]
        public void VoidIsAWarning()
        {
            var model = SemanticHost.Build("[Exposed=Window] interface I { void a(); Promise<void> b(); undefined c(); };");
            model.AssertLines(DiagnosticCatalogue.VoidType, 1, 1);
            Assert.False(model.HasErrors);
        }

        [Fact]
        public void RenamedLegacyExtendedAttributesAreWarnings()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window, NoInterfaceObject, OverrideBuiltins]\ninterface I {\n  [Unforgeable] readonly attribute long a;\n" +
                "  undefined f([TreatNullAs=EmptyString] DOMString s);\n  [LegacyUnforgeable] readonly attribute long b;\n};");
            model.AssertLines(DiagnosticCatalogue.RenamedLegacyExtendedAttribute, 1, 1, 3, 4);
            Assert.Equal("[NoInterfaceObject] is renamed to [LegacyNoInterfaceObject]", model.Of(DiagnosticCatalogue.RenamedLegacyExtendedAttribute)[0].Message);
        }

        [Fact]
        public void LegacyNoInterfaceObjectIsAWarning()
        {
            var model = SemanticHost.Build("[Exposed=Window, LegacyNoInterfaceObject] interface I {};\n[Exposed=Window] interface J {};");
            model.AssertLines(DiagnosticCatalogue.LegacyNoInterfaceObject, 1);
            Assert.False(model.HasErrors);
        }

        [Fact]
        public void OldAsyncIterableSpellingIsAnError()
        {
            SemanticHost.Build("[Exposed=Window] interface I { async iterable<long>; };").AssertLines(DiagnosticCatalogue.ObsoleteAsyncIterable, 1);
            SemanticHost.Build("[Exposed=Window] interface I { async_iterable<long>; };").AssertClean();
        }

        [Fact]
        public void OverloadsAcrossDeclarationsAreErrors()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I { undefined f(); undefined g(); undefined g(long x); static undefined s(); };\n" +
                "partial interface I { undefined f(long x); undefined s(); };\n" +    // 2: f; s is not static here, so fine
                "interface mixin M { undefined f(DOMString x); };\n" +                 // 3
                "partial interface mixin M { undefined h(); };\n" +
                "interface mixin M2 { undefined h(long x); };\n" +                     // 5: h was declared by M's partial
                "I includes M;\nI includes M2;");
            model.AssertLines(DiagnosticCatalogue.CrossDeclarationOverload, 2, 3, 5);
            Assert.Equal(
                "Operation 'f' is already declared for 'I' in another declaration; overloads must be declared together",
                model.Of(DiagnosticCatalogue.CrossDeclarationOverload)[0].Message);
        }

        [Fact]
        public void DuplicateDefinitionsMirrorNoDuplicate()
        {
            SemanticHost.Build("typedef long T;\n[Exposed=Window] interface T {};").AssertLines(DiagnosticCatalogue.DuplicateDefinition, 2);
            SemanticHost.Build("[Exposed=Window] interface T {};\npartial interface T {};").AssertNone(DiagnosticCatalogue.DuplicateDefinition);
        }

        [Fact]
        public void EveryWebidl2RuleMapsToDescriptorsWithItsLevel()
        {
            // webidl2.js reports these two as warnings; every other rule as an error. We also make require-exposed and replace-void warnings.
            var webidl2Warnings = new[] { "renamed-legacy", "no-nointerfaceobject" };
            var ourWarnings = new[] { "require-exposed", "replace-void" };
            var all = Language.Semantics.Rules.SemanticRules.All.SelectMany(r => r.Descriptors).ToHashSet();
            Assert.Equal(17, Language.Semantics.Rules.WebIdl2Rules.ByName.Count);
            foreach (var (name, descriptors) in Language.Semantics.Rules.WebIdl2Rules.ByName)
            {
                var expected = webidl2Warnings.Contains(name) || ourWarnings.Contains(name) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                Assert.All(descriptors, d => Assert.Equal(expected, d.Severity));
                Assert.All(descriptors, d => Assert.Contains(d, all));
            }
        }
    }
}
