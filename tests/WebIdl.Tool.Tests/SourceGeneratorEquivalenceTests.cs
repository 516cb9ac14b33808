using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Generator;
using WebIdl.Generator.SourceGenerator;
using Xunit;

namespace WebIdl.Tool.Tests
{
    /// <summary>
    /// <c>webidl generate</c> and the Roslyn source generator are two front doors to one pipeline: for the same
    /// inputs and options they must produce the same files, hint names and bytes.
    /// </summary>
    public class SourceGeneratorEquivalenceTests
    {
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

        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private static readonly Values None = new(new Dictionary<string, string>());

            public Options(Dictionary<string, string> properties)
            {
                var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var pair in properties)
                {
                    global["build_property." + pair.Key] = pair.Value;
                }

                GlobalOptions = new Values(global);
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

            private sealed class Values : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> values;

                public Values(Dictionary<string, string> values) => this.values = values;

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
            }
        }

        /// <summary>What the source generator adds to a compilation of <paramref name="files"/>: hint name to text.</summary>
        private static SortedDictionary<string, string> RunSourceGenerator(IEnumerable<string> files, Dictionary<string, string> properties)
        {
            var result = DriveSourceGenerator(files, properties);
            var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in result.GeneratedSources)
            {
                sources.Add(source.HintName, source.SourceText.ToString());
            }

            return sources;
        }

        private static GeneratorRunResult DriveSourceGenerator(IEnumerable<string> files, Dictionary<string, string> properties)
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                Array.Empty<SyntaxTree>(),
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new WebIdlSourceGenerator().AsSourceGenerator() },
                files.Select(file => (AdditionalText)new FileText(file)),
                new CSharpParseOptions(LanguageVersion.Latest),
                new Options(properties));
            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            return result;
        }

        private static void AssertSameFiles(SortedDictionary<string, string> roslyn, SortedDictionary<string, string> tool)
        {
            Assert.Equal(roslyn.Keys, tool.Keys);
            foreach (var pair in roslyn)
            {
                // Byte for byte: the tool's file is UTF-8 without a byte order mark.
                Assert.True(
                    new UTF8Encoding(false).GetBytes(pair.Value).AsSpan().SequenceEqual(new UTF8Encoding(false).GetBytes(tool[pair.Key])),
                    pair.Key + " differs between the source generator and webidl generate");
            }
        }

        [Fact]
        public void WebSocketSampleGivesTheSameFilesAsTheSourceGenerator()
        {
            using var dir = new TempDir();
            var output = Path.Combine(dir.Path, "out");
            var sample = ToolTestPaths.WebSocketSample;

            var run = ToolRun.Of("generate", sample, "--out", output, "--namespace", "Consumer.Bindings");

            Assert.True(run.ExitCode == 0, run.ToString());
            var tool = GenerateTests.Written(output);

            // Listing the built-in names in WebIdlKnownTypes changes nothing: the generator knows them already.
            var known = string.Join(";", GeneratorPipeline.BuiltInKnownTypes);
            var roslyn = RunSourceGenerator(new[] { sample }, new Dictionary<string, string> { ["RootNamespace"] = "Consumer.Bindings", ["WebIdlKnownTypes"] = known });
            Assert.Contains("Consumer.Bindings.WebSocket.g.cs", roslyn.Keys);
            AssertSameFiles(roslyn, tool);

            // A project that sets nothing but its namespace gets the same files too: the runtime's names are known to
            // the generator without being listed.
            var plain = RunSourceGenerator(new[] { sample }, new Dictionary<string, string> { ["WebIdlNamespace"] = "Consumer.Bindings" });
            AssertSameFiles(plain, tool);
        }

        [Fact]
        public void WholeCorpusGivesTheSameFilesAsTheSourceGenerator()
        {
            using var dir = new TempDir();
            var output = Path.Combine(dir.Path, "out");

            var run = ToolRun.Of("generate", ToolTestPaths.Corpus, "--out", output);

            Assert.True(run.ExitCode == 0, run.Stdout);
            var tool = GenerateTests.Written(output);

            // The source generator takes .idl files only when asked (the corpus has no .webidl file).
            var files = InputFiles.Expand(new[] { ToolTestPaths.Corpus });
            var roslyn = RunSourceGenerator(files, new Dictionary<string, string> { ["WebIdlIncludeIdlFiles"] = "true" });
            Assert.True(roslyn.Count > 1000, roslyn.Count + " files");
            AssertSameFiles(roslyn, tool);
        }

        /// <summary>
        /// <c>check</c>, <c>generate</c> and the source generator accept the same type names without a definition:
        /// the one list <see cref="GeneratorPipeline.BuiltInKnownTypes"/>. A file that uses every one of them is clean
        /// for all three, and a name outside the list is WIDL0100 for all three, so the tool cannot drift from the
        /// generator again (the tool once kept a list of its own that lacked six of the generator's names).
        /// </summary>
        [Fact]
        public void CheckGenerateAndTheSourceGeneratorKnowTheSameTypeNames()
        {
            var builtIn = GeneratorPipeline.BuiltInKnownTypes.ToArray();
            Assert.Equal(builtIn, CheckRunner.KnownTypes(null).ToArray());
            Assert.Equal(builtIn, GeneratorInputs.Options(null, null, false).KnownExternalTypes.ToArray());
            Assert.Contains("EventTarget", builtIn);
            Assert.Contains("CSSOMString", builtIn);
            Assert.Contains("BufferSource", builtIn);

            using var dir = new TempDir();
            var idl = new StringBuilder("[Exposed=Window]\ninterface UsesKnownTypes {\n");
            for (var i = 0; i < builtIn.Length; i++)
            {
                idl.Append("  undefined use").Append(i).Append('(').Append(builtIn[i]).Append(" value);\n");
            }

            idl.Append("  undefined useUnknown(NotKnownAnywhere value);\n};\n");
            var file = dir.Write("known.webidl", idl.ToString());
            var unknownAt = file + "(" + (builtIn.Length + 3) + ",24): error WIDL0100: ";

            var check = ToolRun.Of("check", file);
            Assert.True(check.ExitCode == 1, check.ToString());
            Assert.StartsWith(unknownAt, check.Stdout);
            Assert.EndsWith("1 file, 1 error, 0 warnings", check.Stdout.Trim());

            var generate = ToolRun.Of("generate", file, "--out", Path.Combine(dir.Path, "out"));
            Assert.True(generate.ExitCode == 1, generate.ToString());
            Assert.Equal(new[] { unknownAt }, generate.Stderr.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Select(line => line.Substring(0, unknownAt.Length)).ToArray());

            var roslyn = DriveSourceGenerator(new[] { file }, new Dictionary<string, string>()).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            var error = Assert.Single(roslyn);
            Assert.Equal("WIDL0100", error.Id);
            Assert.Equal(builtIn.Length + 2, error.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("NotKnownAnywhere", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void DefaultNamespaceIsTheSourceGeneratorsDefault()
        {
            using var dir = new TempDir();
            var output = Path.Combine(dir.Path, "out");
            var file = dir.Write("set/e.webidl", "enum E { \"a\", \"b-c\", \"\" };\ndictionary D { required E e; long n = 1; };\ncallback C = undefined (D d);\n");

            var run = ToolRun.Of("generate", file, "--out", output);

            Assert.True(run.ExitCode == 0, run.ToString());
            AssertSameFiles(RunSourceGenerator(new[] { file }, new Dictionary<string, string>()), GenerateTests.Written(output));
        }
    }
}
