using System;
using System.Linq;
using WebIdl.Generator.Corpus.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;

namespace WebIdl.Generator.Corpus.Tests
{
    /// <summary>The dependency sets the per-file builds use: what counts as a reference, and known answers on the corpus.</summary>
    public sealed class CorpusDependenciesTests
    {
        private static readonly Lazy<CorpusDependencies> Corpus = new(() => CorpusDependencies.Load(RepositoryPaths.CorpusFiles()));

        [Fact]
        public void EveryKindOfReferenceNeedsTheDefiningFile()
        {
            var set = CorpusDependencies.FromTexts(new[]
            {
                ("base.idl", "[Exposed=Window] interface Base {};"),
                ("mixin.idl", "interface mixin M {};"),
                ("dict.idl", "dictionary D {};"),
                ("enum.idl", "enum E { \"a\" };"),
                ("typedef.idl", "typedef (D or sequence<E>) T;"),
                ("callback.idl", "callback C = undefined (long x);"),
                ("factory.idl", "dictionary F {};"),
                ("target.idl", "[Exposed=Window] interface Target {};"),
                ("inherits.idl", "[Exposed=Window] interface A : Base {};"),
                ("includes.idl", "Target includes M;"),
                ("partial.idl", "partial interface Target { attribute long y; };"),
                ("member-types.idl", "[Exposed=Window] interface B { Promise<sequence<T>> f(optional record<DOMString, C> r = {}); };"),
                ("ext-attr.idl", "[Exposed=Window, LegacyFactoryFunction=Make(optional F f = {})] interface G {};"),
                ("unreferenced.idl", "[Exposed=Window] interface Alone { attribute DOMString s; };"),
            });

            Assert.Equal(new[] { "base.idl" }, set.DirectDependencies("inherits.idl"));
            Assert.Equal(new[] { "mixin.idl", "target.idl" }, set.DirectDependencies("includes.idl"));
            Assert.Equal(new[] { "target.idl" }, set.DirectDependencies("partial.idl"));
            Assert.Equal(new[] { "callback.idl", "typedef.idl" }, set.DirectDependencies("member-types.idl"));
            Assert.Equal(new[] { "dict.idl", "enum.idl" }, set.DirectDependencies("typedef.idl"));
            Assert.Equal(new[] { "factory.idl" }, set.DirectDependencies("ext-attr.idl"));
            Assert.Empty(set.DirectDependencies("unreferenced.idl"));

            // Transitively: the typedef's own references come along.
            Assert.Equal(
                new[] { "callback.idl", "dict.idl", "enum.idl", "member-types.idl", "typedef.idl" },
                set.Closure("member-types.idl").Select(f => f.Name));
        }

        [Fact]
        public void NamesTheRuntimeOwnsNeedNoFile()
        {
            var set = CorpusDependencies.FromTexts(new[]
            {
                ("dom.idl", "[Exposed=Window] interface EventTarget {}; [Exposed=Window] interface Event {}; dictionary EventInit {};"),
                ("html.idl", "callback EventHandlerNonNull = any (Event event); typedef EventHandlerNonNull? EventHandler;"),
                ("file.idl", "[Exposed=Window] interface Blob {};"),
                ("socket.idl", "[Exposed=Window] interface S : EventTarget { attribute EventHandler onopen; undefined send(Blob b); };"),
            });

            // EventTarget and EventHandler are always the runtime's (their definitions generate nothing); Blob is the
            // runtime's only when the set does not define it, so the file that defines it is needed.
            Assert.Equal(new[] { "file.idl" }, set.DirectDependencies("socket.idl"));
        }

        [Fact]
        public void CorpusKnownAnswers()
        {
            var corpus = Corpus.Value;
            Assert.Equal(334, corpus.Files.Count);

            // websockets.idl: Blob (FileAPI) and BufferSource (webidl); EventTarget, Event and EventHandler are the runtime's.
            Assert.Equal(new[] { "FileAPI.idl", "webidl.idl" }, corpus.DirectDependencies("websockets.idl"));

            // A partial interface needs its target; includes needs both sides.
            Assert.Contains("html.idl", corpus.DirectDependencies("vibration.idl"));
            Assert.Contains("dom.idl", corpus.DirectDependencies("wai-aria.idl"));
            Assert.Equal("dom.idl", corpus.DefiningFile("Element"));
            Assert.Equal("html.idl", corpus.DefiningFile("Navigator"));
        }
    }
}
