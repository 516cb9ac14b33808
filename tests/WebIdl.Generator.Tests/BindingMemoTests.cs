using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WebIdl.Generator.Binding;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// The memos binding keeps between runs (<see cref="SplitMemo"/>, <see cref="UnionMemo"/>) change time, never
    /// output: on the whole corpus, after each kind of one-file edit, the split and the union catalogue made with the
    /// previous run's memo equal those made from nothing, and the memo is used exactly when it may be.
    /// </summary>
    public class BindingMemoTests
    {
        private static readonly Lazy<List<(string Path, string Text)>> Corpus = new(() => Generate.Read(TestPaths.CorpusFiles()).ToList());

        public static IEnumerable<object[]> Edits => new[]
        {
            // An operation added to WebSocket: only what reads WebSocket is walked again.
            new object[] { "websockets.idl", "undefined close(", "undefined ping();\n  undefined close(", "WebSocket", true },

            // A union of WebSocket changed: its calls to the union registry are made again, not replayed.
            new object[] { "websockets.idl", "undefined send((BufferSource or Blob or USVString) data);", "undefined send((BufferSource or Blob or USVString or long) data);", "WebSocket", true },

            // A member added to EventTarget, the base of hundreds of interfaces: they are all walked again, and so are the
            // definitions after it in its file (their spans move).
            new object[] { "dom.idl", "  boolean dispatchEvent(Event event);", "  boolean dispatchEvent(Event event);\n  undefined poke((DOMString or long) what);", "AbortController", true },

            // A comment: spans after it move, so the file's definitions change, and nothing else.
            new object[] { "dom.idl", "interface EventTarget {", "// moved\ninterface EventTarget {", "AbortController", true },

            // A definition renamed: the set's names differ, so nothing is taken from the memo.
            new object[] { "websockets.idl", "interface CloseEvent", "interface CloseEvent2", "CloseEvent2", false },

            // A union added to a new definition: the catalogue takes a new name.
            new object[] { "websockets.idl", "enum BinaryType", "dictionary ExtraInit { (Blob or BufferSource) data; };\nenum BinaryType", "ExtraInit", false },
        };

        [Theory]
        [MemberData(nameof(Edits))]
        public void SplitAndUnionsWithTheMemoEqualThoseFromNothing(string file, string find, string replace, string edited, bool reusable)
        {
            var sources = Corpus.Value;
            var parsed = sources.Select(s => GeneratorPipeline.Parse(s.Path, s.Text)).ToList();
            var options = new GeneratorOptions();
            var before = GeneratorPipeline.BuildModel(parsed, options);
            var first = Binder.Split(before, null, out var memo);
            Assert.Equal(0, memo.Reused);

            var index = parsed.FindIndex(p => Path.GetFileName(p.Path) == file);
            Assert.True(index >= 0, file + " is not in the corpus");
            var text = sources[index].Text;
            Assert.Contains(find, text);
            parsed[index] = GeneratorPipeline.Parse(sources[index].Path, text.Replace(find, replace));
            var after = GeneratorPipeline.BuildModel(parsed, options);

            var remembered = Binder.Split(after, memo, out var next);
            var fresh = Binder.Split(after, null, out _);
            Assert.Equal(fresh.Count, remembered.Count);
            for (var i = 0; i < fresh.Count; i++)
            {
                Assert.Equal(fresh[i], remembered[i]);
            }

            if (reusable)
            {
                // Most inputs are taken again (the same objects), but not the edited definition's.
                Assert.InRange(next.Reused, first.Count / 2, fresh.Count - 1);
                Assert.Equal(next.Reused, remembered.Count(input => memo.Inputs.TryGetValue(input.Symbol.Name, out var kept) && ReferenceEquals(kept, input)));
                Assert.NotSame(memo.Inputs[edited], remembered.Single(input => input.Symbol.Name == edited));
            }
            else
            {
                Assert.Equal(0, next.Reused);
            }

            // The union catalogue: with the unedited set's catalogue remembered (records, and registry calls replayed
            // for the definitions whose split input is the same object), and with nothing remembered.
            Binder.CatalogUnions(before, Binder.BuildIndex(before), memo, null, out var unionMemo);
            Assert.NotNull(unionMemo.Calls);
            var withMemo = Binder.CatalogUnions(after, Binder.BuildIndex(after), next, unionMemo, out var nextUnionMemo);
            var withoutMemo = Binder.CatalogUnions(after, Binder.BuildIndex(after), null, null, out _);
            Assert.Equal(withoutMemo, withMemo);
            Assert.Equal(
                withoutMemo.Definitions.Select(GeneratorPipeline.Render),
                withMemo.Definitions.Select(GeneratorPipeline.Render));

            // Replayed: a definition whose input was taken again keeps its recorded calls (the same array).
            var withCalls = nextUnionMemo.Calls!.Where(pair => pair.Value.Calls.Length > 0).ToList();
            var replayed = withCalls.Count(pair => unionMemo.Calls!.TryGetValue(pair.Key, out var old) && ReferenceEquals(old.Calls, pair.Value.Calls));
            Assert.True(withCalls.Count > 100, withCalls.Count + " definitions with unions");
            if (reusable)
            {
                Assert.True(replayed > withCalls.Count / 2, replayed + " of " + withCalls.Count + " replayed");
            }
            else
            {
                Assert.Equal(0, replayed);
            }
        }

        [Fact]
        public void AReplayedCallThatGivesAnotherNameMakesTheCatalogueAgain()
        {
            var parsed = Corpus.Value.Select(s => GeneratorPipeline.Parse(s.Path, s.Text)).ToList();
            var set = GeneratorPipeline.BuildModel(parsed, new GeneratorOptions());
            var index = Binder.BuildIndex(set);
            Binder.Split(set, null, out var split);
            var fresh = Binder.CatalogUnions(set, index, split, null, out var memo);

            // Tamper with the name the first recorded call gave: the replay must notice and start again.
            var (name, recorded) = memo.Calls!.First(pair => pair.Value.Calls.Length > 0);
            var calls = memo.Calls!.ToDictionary(pair => pair.Key, pair => pair.Value);
            var wrong = recorded.Calls.ToArray();
            wrong[0] = wrong[0] with { StructName = wrong[0].StructName + "Elsewhere" };
            calls[name] = (recorded.Input, wrong);
            var tampered = new UnionMemo(memo.Namespace, memo.Bound, memo.Index, calls);

            var again = Binder.CatalogUnions(set, index, split, tampered, out var after);
            Assert.Equal(fresh, again);
            Assert.NotSame(wrong, after.Calls![name].Calls);

            // Untampered, everything is replayed and the table is the same.
            var replayed = Binder.CatalogUnions(set, index, split, memo, out var kept);
            Assert.Equal(fresh, replayed);
            Assert.All(kept.Calls!, pair => Assert.Same(memo.Calls![pair.Key].Calls, pair.Value.Calls));
            Assert.Contains(kept.Calls!, pair => pair.Value.Calls.Length > 0);
        }

        [Fact]
        public void BindingTheSameSetTwiceGivesTheSameOutput()
        {
            var parsed = Corpus.Value.Select(s => GeneratorPipeline.Parse(s.Path, s.Text)).ToList();
            BindingMemos.Clear();
            var cold = GeneratorPipeline.Bind(parsed, new GeneratorOptions());
            var warm = GeneratorPipeline.Bind(parsed, new GeneratorOptions());
            Assert.Equal(cold, warm);
        }
    }
}
