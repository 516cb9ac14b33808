using System;
using System.IO;
using System.Linq;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>The model's steps: index, partial merge, mixins, typedefs, inheritance, modules; determinism and robustness.</summary>
    public sealed class ModelBuildingTests
    {
        [Fact]
        public void DefinitionsAreIndexedInOrdinalOrder()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface b {};\nenum a { \"x\" };\ndictionary B {};\ntypedef long C;\ncallback D = undefined ();\n[Exposed=Window] namespace E {};");
            model.AssertClean();
            Assert.Equal(new[] { "B", "C", "D", "E", "a", "b" }, model.Definitions.Select(d => d.Name));
            Assert.True(model.TryGetDefinition("a", out var a));
            Assert.IsType<EnumSymbol>(a);
            Assert.Equal(new[] { "x" }, ((EnumSymbol)a).Values);
            Assert.False(model.TryGetDefinition("A", out _));
            Assert.Single(model.Interfaces);
            Assert.Single(model.Dictionaries);
            Assert.Single(model.Typedefs);
            Assert.Single(model.Callbacks);
            Assert.Single(model.Namespaces);
        }

        [Fact]
        public void PartialsAreMergedInFileOrderAndRememberWhereTheyCameFrom()
        {
            // file1 sorts after file0 whatever order they are passed in.
            var files = SemanticHost.Parse(
                "[Exposed=Window] interface I { attribute long own; };\npartial interface I { attribute long first; };",
                "[SecureContext] partial interface I { attribute long second; };");
            var model = SemanticModel.Build(files.Reverse());
            model.AssertClean();
            var symbol = Assert.Single(model.Interfaces);
            Assert.Equal(new[] { "own", "first", "second" }, symbol.Members.Select(m => m.Name));
            Assert.Equal(new[] { MemberOrigin.Own, MemberOrigin.Partial, MemberOrigin.Partial }, symbol.Members.Select(m => m.Origin));
            Assert.Equal("file1.webidl", symbol.Members[2].Syntax.Span.Path);
            Assert.Equal("SecureContext", symbol.Members[2].DeclarationExtAttrs.Single().Name);
            Assert.Equal(2, symbol.Partials.Count);
            Assert.False(((ContainerDefinition)symbol.Syntax).Partial);
        }

        [Fact]
        public void MixinsAreIncludedOnceAndMarked()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface I { attribute long own; };\n" +
                "interface mixin M { attribute long fromMixin; };\n" +
                "partial interface mixin M { attribute long fromPartialMixin; };\n" +
                "I includes M;\nI includes M;\n");
            model.AssertClean();
            var symbol = model.Interfaces.Single();
            Assert.Equal(new[] { "M" }, symbol.IncludedMixins);
            Assert.Equal(new[] { "own", "fromMixin", "fromPartialMixin" }, symbol.Members.Select(m => m.Name));
            Assert.Equal(new[] { MemberOrigin.Own, MemberOrigin.Mixin, MemberOrigin.Mixin }, symbol.Members.Select(m => m.Origin));
            Assert.Equal("M", symbol.Members[1].DeclaredIn);
            Assert.Equal(symbol.Members, model.GetEffectiveMembers("I"));
            Assert.Empty(model.GetEffectiveMembers("Nope"));
            Assert.Equal(2, model.IncludesStatements.Count);
        }

        [Fact]
        public void LegacyImplementsIsRecorded()
        {
            var model = SemanticHost.Build("[Exposed=Window] interface A {};\n[Exposed=Window] interface B {};\nA implements B;");
            Assert.Equal(new[] { "B" }, model.Interfaces.Single(i => i.Name == "A").Implements);
            Assert.Single(model.ImplementsStatements);
        }

        [Fact]
        public void TypedefsResolveThroughChainsMergingNullabilityAndExtendedAttributes()
        {
            var model = SemanticHost.Build(
                "typedef [EnforceRange] unsigned long Inner;\ntypedef Inner? Middle;\ntypedef sequence<(Middle or DOMString)> Outer;\n" +
                "[Exposed=Window] interface I { attribute Middle a; };");
            model.AssertClean();
            var middle = (TypedefSymbol)model.Definitions.Single(d => d.Name == "Middle");
            Assert.Equal("unsigned long", middle.ResolvedType.Name);
            Assert.True(middle.ResolvedType.Nullable);
            Assert.Equal("EnforceRange", middle.ResolvedType.ExtAttrs.Single().Name);

            var attribute = (AttributeMember)model.Interfaces.Single().Members.Single().Syntax;
            var resolved = model.ResolveType(attribute.Type);
            Assert.Equal("unsigned long", resolved.Name);
            Assert.True(resolved.Nullable);
            Assert.Equal(attribute.Type.Span, resolved.Span);

            var outer = (TypedefSymbol)model.Definitions.Single(d => d.Name == "Outer");
            Assert.Equal("sequence<([EnforceRange] unsigned long? or DOMString)>", outer.ResolvedType.ToString());

            var builtin = new IdlType { Name = "DOMString" };
            Assert.Same(builtin, model.ResolveType(builtin));
        }

        [Fact]
        public void TypedefCyclesResolveFinitely()
        {
            var model = SemanticHost.Build("typedef (boolean or B) A;\ntypedef (long or A) B;");
            model.AssertLines(DiagnosticCatalogue.TypedefCycle, 1, 2);
            var a = model.Typedefs.Single(t => t.Name == "A");
            Assert.Equal("(boolean or (long or A))", a.ResolvedType.ToString());
            Assert.NotNull(model.ResolveType(new IdlType { Name = "B" }));
        }

        [Fact]
        public void InheritanceChainsAreNearestFirst()
        {
            var model = SemanticHost.Build(
                "[Exposed=Window] interface A {};\n[Exposed=Window] interface B : A {};\n[Exposed=Window] interface C : B {};\n" +
                "dictionary D {};\ndictionary E : D {};");
            model.AssertClean();
            Assert.Equal(new[] { "B", "A" }, model.Interfaces.Single(i => i.Name == "C").InheritanceChain);
            Assert.Equal(new[] { "B", "A" }, model.GetInheritanceChain("C").Select(c => c.Name));
            Assert.Equal(new[] { "D" }, model.GetInheritanceChain("E").Select(c => c.Name));
            Assert.Empty(model.GetInheritanceChain("A"));
            Assert.Empty(model.GetInheritanceChain("Missing"));
        }

        [Fact]
        public void ModuleContentsAreIndexedByTheirOwnNames()
        {
            var model = SemanticHost.Build(
                "module dom { [Exposed=Window] interface Node { readonly attribute DOMString nodeName; }; module inner { typedef Node N; }; };");
            model.AssertClean();
            var module = model.Modules.Single(m => m.Name == "dom");
            Assert.Equal("dom", module.Name);
            Assert.Equal(new[] { "Node", "inner" }, module.DefinitionNames);
            Assert.Equal("dom", model.Interfaces.Single().Module);
            Assert.Equal("dom::inner", model.Typedefs.Single().Module);
            Assert.True(model.TryGetDefinition("N", out _));
        }

        [Fact]
        public void LegacyExceptionsAndCallbackInterfacesAreKept()
        {
            var model = SemanticHost.Build(
                "exception Base { const unsigned short CODE = 1; };\nexception Derived : Base { DOMString detail; };\n" +
                "callback interface Listener { undefined handle(long x); };");
            model.AssertClean();
            Assert.Equal(new[] { "Base" }, model.Exceptions.Single(e => e.Name == "Derived").InheritanceChain);
            Assert.Single(model.CallbackInterfaces);
        }

        [Fact]
        public void BuiltinTypesNeedNoDefinition()
        {
            var names = "boolean byte octet short unsigned\u00a0short long unsigned\u00a0long long\u00a0long unsigned\u00a0long\u00a0long float " +
                "unrestricted\u00a0float double unrestricted\u00a0double bigint DOMString ByteString USVString ArrayBuffer SharedArrayBuffer " +
                "DataView Int8Array Int16Array Int32Array Uint8Array Uint16Array Uint32Array Uint8ClampedArray BigInt64Array " +
                "BigUint64Array Float16Array Float32Array Float64Array object symbol";
            var typedefs = string.Join("\n", names.Split(' ').Select((n, i) => $"typedef {n.Replace('\u00a0', ' ')} T{i};"));
            var model = SemanticHost.Build(typedefs + "\ntypedef any TAny;\n[Exposed=Window] interface I { undefined u(); void v(); };");
            Assert.False(model.HasErrors, string.Join("\n", model.Diagnostics));
            foreach (var name in names.Split(' '))
            {
                Assert.True(BuiltinTypes.IsBuiltin(name.Replace('\u00a0', ' ')), name);
                Assert.True(model.IsKnownTypeName(name.Replace('\u00a0', ' ')), name);
            }
        }

        [Fact]
        public void KnownExternalTypesAndForwardDeclarationsAreAccepted()
        {
            const string idl = "[Exposed=Window] interface I { attribute WindowProxy w; };";
            SemanticHost.Build(idl).AssertLines(DiagnosticCatalogue.UnknownType, 1);
            var options = new IdlSemanticOptions { KnownExternalTypes = new[] { "WindowProxy" } };
            var model = SemanticHost.Build(options, idl);
            model.AssertClean();
            Assert.True(model.IsKnownTypeName("WindowProxy"));
            Assert.False(model.IsKnownTypeName("Nope"));
            SemanticHost.Build("interface WindowProxy;\n" + idl).AssertNone(DiagnosticCatalogue.UnknownType);
        }

        [Fact]
        public void TheModelIsValueEqualAndIndependentOfFileOrder()
        {
            string[] sources =
            {
                "[Exposed=Window] interface A : B { attribute long x; };\npartial interface A { undefined f(); };",
                "[Exposed=Window] interface B {};\ninterface mixin M { attribute long y; };\nA includes M;\ntypedef A? Alias;",
                "partial interface A { attribute Oops z; };",
            };
            var first = SemanticModel.Build(SemanticHost.Parse(sources));
            var second = SemanticModel.Build(SemanticHost.Parse(sources).Reverse());
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.Single(first.Diagnostics);
            Assert.Equal("file2.webidl", first.Diagnostics[0].Span.Path);

            var changed = SemanticModel.Build(SemanticHost.Parse(sources[0], sources[1], "partial interface A { attribute long z; };"));
            Assert.NotEqual(first, changed);
        }

        [Fact]
        public void NullAndEmptyInputsGiveAnEmptyModel()
        {
            Assert.Empty(SemanticModel.Build(Array.Empty<IdlFile>()).Definitions);
            Assert.Empty(SemanticModel.Build(new IdlFile[] { null!, new IdlFile() }).Diagnostics);
            Assert.Empty(SemanticModel.Build(null!).Diagnostics);
        }

        /// <summary>Every prefix-cut of the webidl2.js cases (valid and invalid) parses to some tree; building a model from it must not fail.</summary>
        [Fact]
        public void NeverThrowsOnTreesFromBrokenInput()
        {
            var sources = Directory.GetFiles(Path.Combine(TestPaths.Cases, "invalid", "idl"), "*.webidl")
                .Concat(Directory.GetFiles(Path.Combine(TestPaths.Cases, "syntax", "idl"), "*.webidl"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .ToArray();
            var trees = new System.Collections.Generic.List<IdlFile>();
            foreach (var text in sources)
            {
                for (var cut = 0; cut <= text.Length; cut += Math.Max(1, text.Length / 7))
                {
                    trees.Add(IdlParser.Parse(text.Substring(0, cut), "cut" + trees.Count).File);
                }

                trees.Add(IdlParser.Parse(text, "whole" + trees.Count).File);
            }

            var all = SemanticModel.Build(trees);
            Assert.DoesNotContain(all.Diagnostics, d => d.Id == DiagnosticCatalogue.InternalSemanticError.Id);
            foreach (var tree in trees)
            {
                var model = SemanticModel.Build(new[] { tree });
                Assert.DoesNotContain(model.Diagnostics, d => d.Id == DiagnosticCatalogue.InternalSemanticError.Id);
            }
        }
    }
}
