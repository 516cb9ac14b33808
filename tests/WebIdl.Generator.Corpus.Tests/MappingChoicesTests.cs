using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WebIdl.Generator.Corpus.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;

namespace WebIdl.Generator.Corpus.Tests
{
    /// <summary>
    /// docs/generator-mapping.md's "Mapping choices" table: one row, saying what and why, for each mapping choice issue
    /// 5 lists, and the corpus examples the rows give hold in the generated code of the whole corpus.
    /// </summary>
    public sealed class MappingChoicesTests
    {
        /// <summary>The choices of issue 5, each with a text its row's first cell must contain.</summary>
        public static readonly TheoryData<string> Constructs = new()
        {
            "Names that clash after casing",
            "Members that differ only by return type",
            "Overloads that C# cannot tell apart",
            "Unions that contain both a dictionary and a sequence",
            "[LegacyFactoryFunction",
            "[Global]",
            "[LegacyUnforgeable]",
            "Indexed and named getters",
            "Stringifiers",
            "Iterable declarations",
            "Static members on interfaces",
        };

        private static readonly Lazy<Microsoft.CodeAnalysis.GeneratorRunResult> WholeCorpus = new(() =>
            InProcessBuild.Generate(CorpusDependencies.Load(RepositoryPaths.CorpusFiles()).Files));

        private static readonly Lazy<IReadOnlyDictionary<string, string>> Generated = new(() => InProcessBuild.Sources(WholeCorpus.Value));

        private static string Ns => InProcessBuild.RootNamespace;

        [Theory]
        [MemberData(nameof(Constructs))]
        public void TheTableSaysWhatAndWhyFor(string construct)
        {
            var rows = ChoiceRows();
            var row = rows.Where(r => r[0].Replace("`", "", StringComparison.Ordinal).Contains(construct, StringComparison.Ordinal)).ToList();
            Assert.True(row.Count == 1, $"docs/generator-mapping.md, \"Mapping choices\": {row.Count} rows for '{construct}'; first cells: {string.Join(" | ", rows.Select(r => r[0]))}");
            Assert.True(row[0].Length == 3, $"the row of '{construct}' has {row[0].Length} cells, not 3 (construct, what, why)");
            Assert.True(row[0][1].Length >= 40, $"the row of '{construct}' does not say what the generator does: '{row[0][1]}'");
            Assert.True(row[0][2].Length >= 40, $"the row of '{construct}' does not say why: '{row[0][2]}'");
        }

        [Fact]
        public void TheTableHasNoRowOutsideTheList()
        {
            var listed = Constructs.Cast<object[]>().Select(c => (string)c[0]).ToList();
            var extra = ChoiceRows().Where(r => !listed.Any(c => r[0].Replace("`", "", StringComparison.Ordinal).Contains(c, StringComparison.Ordinal))).Select(r => r[0]).ToList();
            Assert.True(extra.Count == 0, "rows this test does not check: " + string.Join(", ", extra));
        }

        [Fact]
        public void NamesThatClashAfterCasingGetASuffix()
        {
            Contains("CSSNumericValue", "bool Equals2(");
            Contains("ClipboardItem", "GetType2(string type)");
            Contains("CSSFontFeatureValuesMap", "void Set(string key, global::System.Collections.Generic.IReadOnlyList<uint> value);");
            Contains("CSSFontFeatureValuesMap", "void Set2(string featureValueName, uint values);");
        }

        [Fact]
        public void MembersThatDifferOnlyByReturnTypeHideTheBaseOne()
        {
            Contains("BrowserCaptureMediaStreamTrack", $"new global::{Ns}.IBrowserCaptureMediaStreamTrack Clone();");
            Contains("BrowserCaptureMediaStreamTrack", $"public new global::{Ns}.IBrowserCaptureMediaStreamTrack Clone()");
            Contains("BrowserCaptureMediaStreamTrack", $"protected abstract global::{Ns}.IBrowserCaptureMediaStreamTrack CloneCore2();");
            Contains("DOMMatrix", "new double A { get; set; }");
        }

        [Fact]
        public void OverloadsThatCSharpCannotTellApartAreDroppedWithWidl0201()
        {
            var dropped = WholeCorpus.Value.Diagnostics
                .Where(d => d.Id == "WIDL0201")
                .Select(d => Path.GetFileName(d.Location.GetLineSpan().Path) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(m => m, StringComparer.Ordinal)
                .ToList();
            Assert.Equal(
                new[]
                {
                    "mediacapture-surface-control.webidl: Overload dropped: C# cannot tell 'constructor()' apart from 'constructor()'",
                    "presentation-api.webidl: Overload dropped: C# cannot tell 'send(ArrayBufferView data)' apart from 'send(ArrayBuffer data)'",
                    "webrtc.webidl: Overload dropped: C# cannot tell 'send(ArrayBufferView data)' apart from 'send(ArrayBuffer data)'",
                },
                dropped);
            Contains("RTCDataChannel", "void Send(global::System.ReadOnlyMemory<byte> data);");
        }

        [Fact]
        public void UnionsOfADictionaryAndASequenceConvertFromTheDictionaryAndOverloadArguments()
        {
            Contains("GPUExtent3D", "public static GPUExtent3D From(global::System.Collections.Generic.IReadOnlyList<uint> value)");
            Contains("GPUExtent3D", $"public static implicit operator GPUExtent3D(global::{Ns}.GPUExtent3DDict value)");
            Assert.DoesNotContain("implicit operator GPUExtent3D(global::System.Collections.Generic.IReadOnlyList", Source("GPUExtent3D"), StringComparison.Ordinal);
            Contains("GPUCommandEncoder", "global::System.Collections.Generic.IReadOnlyList<uint> copySize);");
            Contains("GPUCommandEncoder", $"global::{Ns}.GPUExtent3DDict copySize);");
        }

        [Fact]
        public void LegacyFactoryFunctionsAreStaticFactories()
        {
            Contains("HTMLImageElement", $"public static global::{Ns}.IHTMLImageElement CreateImage(uint? width = null, uint? height = null)");
            Contains("HTMLImageElement", "return Statics.ConstructImage(width, height);");
            Contains("HTMLImageElement", $"global::{Ns}.IHTMLImageElement ConstructImage(uint? width, uint? height);");
        }

        [Fact]
        public void GlobalAndLegacyUnforgeableChangeNothing()
        {
            Contains("Window", $"public abstract partial class WindowBase : global::WebIdl.Runtime.EventTarget, global::{Ns}.IWindow");
            Contains("Window", $"public global::{Ns}.IDocument Document => DocumentCore;");
            Contains("Window", $"public global::{Ns}.IWindow Window => WindowCore;");
        }

        [Fact]
        public void IndexedAndNamedGettersAreIndexers()
        {
            Contains("HTMLCollection", $"global::{Ns}.IElement? this[uint index] {{ get; }}");
            Contains("HTMLCollection", $"global::{Ns}.IElement? this[string name] {{ get; }}");
            Contains("HTMLCollection", "[global::System.Runtime.CompilerServices.IndexerName(\"Indexer\")]");
            Contains("NodeList", $"public global::{Ns}.INode? Item(uint index)");
        }

        [Fact]
        public void StringifiersOverrideToString()
        {
            Contains("Range", "public override string ToString()");
            Contains("Range", "protected abstract string ToStringCore();");
            Contains("HTMLAnchorElement", "public override string ToString()");
        }

        [Fact]
        public void IterablesAreEnumerables()
        {
            Contains("NodeList", $"public partial interface INodeList : global::System.Collections.Generic.IEnumerable<global::{Ns}.INode>");
            Contains("NodeList", $"protected abstract global::System.Collections.Generic.IEnumerator<global::{Ns}.INode> GetEnumeratorCore();");
            Contains("Headers", "public partial interface IHeaders : global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>>");
        }

        [Fact]
        public void StaticMembersAreOnTheStubAndTheStaticsInterface()
        {
            Contains("URL", "public static bool CanParse(string url, string? @base = null)");
            Contains("URL", "bool CanParse(string url, string? @base);");
            var contract = Source("URL");
            var start = contract.IndexOf("public partial interface IURL\n", StringComparison.Ordinal);
            var end = contract.IndexOf("\n}", start, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "IURL not found");
            Assert.DoesNotContain("CanParse", contract.Substring(start, end - start), StringComparison.Ordinal);
        }

        private static void Contains(string definition, string text)
        {
            var source = Source(definition);
            Assert.True(source.Contains(text, StringComparison.Ordinal), $"the generated code of '{definition}' does not contain: {text}");
        }

        private static string Source(string definition)
        {
            var hint = Ns + "." + definition + ".g.cs";
            Assert.True(Generated.Value.TryGetValue(hint, out var source), "no generated file " + hint);
            return source!;
        }

        private static List<string[]> ChoiceRows()
        {
            var path = Path.Combine(RepositoryPaths.RepoRoot, "docs", "generator-mapping.md");
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var start = text.IndexOf("\n## Mapping choices\n", StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/generator-mapping.md has no '## Mapping choices' section");
            var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = text.Substring(start, (end < 0 ? text.Length : end) - start);
            return section.Split('\n')
                .Where(line => line.StartsWith("|", StringComparison.Ordinal))
                .Skip(2) // header and separator
                .Select(line => Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(cell => cell.Trim()).ToArray())
                .ToList();
        }
    }
}
