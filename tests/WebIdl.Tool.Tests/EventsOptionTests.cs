using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Generator.SourceGenerator;
using Xunit;

namespace WebIdl.Tool.Tests
{
    /// <summary>
    /// <c>--events FILE</c> on <c>generate</c>, <c>docs</c> and <c>check</c>: the pinned @webref/events types
    /// WebSocket's <c>onmessage</c> and <c>onclose</c> events, exactly as the source generator does with the same file
    /// as an additional file marked <c>WebIdlEvents</c>; a file that cannot be read stops the run, one that is not
    /// valid JSON is a warning (<c>watch</c>: see <see cref="WatchTests"/>).
    /// </summary>
    public class EventsOptionTests
    {
        private static string PinnedEvents
        {
            get
            {
                _ = ToolTestPaths.Corpus; // installs tests/node's packages when missing
                return Path.Combine(ToolTestPaths.RepoRoot, "tests", "node", "node_modules", "@webref", "events", "events.json");
            }
        }

        [Fact]
        public void GenerateWithEventsTypesWebSocketEventsAsTheSourceGeneratorDoes()
        {
            using var dir = new TempDir();
            var output = Path.Combine(dir.Path, "out");
            var run = ToolRun.Of("generate", ToolTestPaths.WebSocketSample, "--events", PinnedEvents, "--out", output);
            Assert.True(run.ExitCode == 0, run.ToString());
            var tool = GenerateTests.Written(output);
            var socket = tool["WebIdl.Generated.WebSocket.g.cs"];
            Assert.Contains("public event global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", socket);
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.ICloseEvent>? CloseEvent", socket);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Open", socket);

            var roslyn = RunSourceGenerator(new[] { ToolTestPaths.WebSocketSample }, PinnedEvents);
            Assert.Equal(roslyn.Keys, tool.Keys);
            foreach (var pair in roslyn)
            {
                Assert.True(Encoding.UTF8.GetBytes(pair.Value).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(tool[pair.Key])), pair.Key + " differs between the source generator and webidl generate --events");
            }

            // Without the data, the events stay untyped.
            var plain = Path.Combine(dir.Path, "plain");
            Assert.Equal(0, ToolRun.Of("generate", ToolTestPaths.WebSocketSample, "--out", plain).ExitCode);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Message", GenerateTests.Written(plain)["WebIdl.Generated.WebSocket.g.cs"]);
        }

        [Fact]
        public void DocsWithEventsShowTheTypedEvent()
        {
            using var dir = new TempDir();
            var output = Path.Combine(dir.Path, "docs");
            var run = ToolRun.Of("docs", ToolTestPaths.WebSocketSample, "--events", PinnedEvents, "--out", output);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("event System.Action<WebIdl.Runtime.MessageEvent>? Message", File.ReadAllText(Path.Combine(output, "WebSocket.md")));
        }

        [Fact]
        public void AnUnreadableEventsFileIsAUsageError()
        {
            using var dir = new TempDir();
            var missing = Path.Combine(dir.Path, "missing.json");
            var run = ToolRun.Of("generate", ToolTestPaths.WebSocketSample, "--events", missing, "--out", Path.Combine(dir.Path, "out"));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--events: cannot read '" + missing + "'", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
        }

        [Fact]
        public void InvalidEventsDataIsAWarningAndTheEventsStayUntyped()
        {
            using var dir = new TempDir();
            var bad = dir.Write("bad.json", "[\n  { \"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{ \"target\": \"WebSocket\" }] },,\n]");
            var output = Path.Combine(dir.Path, "out");
            var run = ToolRun.Of("generate", ToolTestPaths.WebSocketSample, "--events", bad, "--out", output);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(bad + "(2,94): warning WIDL0204: Events data: not valid JSON", run.Stderr);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Message", GenerateTests.Written(output)["WebIdl.Generated.WebSocket.g.cs"]);
        }

        [Fact]
        public void CheckWithGoodEventsDataPrintsNothingMore()
        {
            var run = ToolRun.Of("check", ToolTestPaths.WebSocketSample, "--events", PinnedEvents);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("1 file, 0 errors, 0 warnings", run.Stdout.Trim());
            Assert.Equal("", run.Stderr);
        }

        [Fact]
        public void CheckReportsInvalidEventsDataAsACountedWarning()
        {
            using var dir = new TempDir();
            var bad = dir.Write("bad.json", "[\n  { \"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{ \"target\": \"WebSocket\" }] },,\n]");
            var shapeless = dir.Write("shapeless.json", "[\n  { \"type\": \"close\", \"targets\": [] }\n]");

            // Repeatable, with the good data merged in; check's own stdout, as its other diagnostics.
            var run = ToolRun.Of("check", ToolTestPaths.WebSocketSample, "--events", bad, "--events", PinnedEvents, shapeless);

            Assert.True(run.ExitCode == 0, run.ToString());
            var lines = run.Stdout.Trim().Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
            Assert.Equal(3, lines.Length);
            Assert.StartsWith(bad + "(2,94): warning WIDL0204: Events data: not valid JSON", lines[0]);
            Assert.StartsWith(shapeless + "(2,3): warning WIDL0204: Events data: an event entry lacks", lines[1]);
            Assert.Equal("1 file, 0 errors, 2 warnings", lines[2]);
            Assert.Equal("", run.Stderr);

            // Warnings do not fail the check; errors in the IDL still do.
            var broken = dir.Write("broken.webidl", "interface Broken {\n  attribute long x;\n    = 3;\n};\n");
            var failing = ToolRun.Of("check", broken, "--events", bad);
            Assert.True(failing.ExitCode == 1, failing.ToString());
            Assert.Contains(bad + "(2,94): warning WIDL0204: ", failing.Stdout);
            Assert.EndsWith("1 file, 1 error, 1 warning", failing.Stdout.Trim());
        }

        [Fact]
        public void CheckWithAnUnreadableEventsFileIsAUsageError()
        {
            using var dir = new TempDir();
            var missing = Path.Combine(dir.Path, "missing.json");

            var run = ToolRun.Of("check", ToolTestPaths.WebSocketSample, "--events", missing);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("webidl: --events: cannot read '" + missing + "'", run.Stderr);
            Assert.Equal("", run.Stdout);
        }

        private static SortedDictionary<string, string> RunSourceGenerator(IEnumerable<string> files, string events)
        {
            var compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var texts = files.Select(file => (AdditionalText)new FileText(file)).Append(new FileText(events)).ToArray();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new WebIdlSourceGenerator().AsSourceGenerator() },
                texts,
                new CSharpParseOptions(LanguageVersion.Latest),
                new Options(new Dictionary<string, string>(), events));
            var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
            return new SortedDictionary<string, string>(result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), StringComparer.Ordinal);
        }

        private sealed class FileText : AdditionalText
        {
            private readonly SourceText text;

            public FileText(string path)
            {
                Path = path;
                text = SourceText.From(File.ReadAllText(path), Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => text;
        }

        /// <summary>The project's properties, and <c>WebIdlEvents=true</c> metadata on the events file (named events.json, not *.events.json).</summary>
        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private static readonly Values None = new(new Dictionary<string, string>());
            private readonly string eventsPath;
            private readonly Values events = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.WebIdlEvents"] = "true" });

            public Options(Dictionary<string, string> global, string eventsPath)
            {
                GlobalOptions = new Values(global);
                this.eventsPath = eventsPath;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == eventsPath ? events : None;

            private sealed class Values : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> values;

                public Values(Dictionary<string, string> values) => this.values = values;

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
            }
        }
    }
}
