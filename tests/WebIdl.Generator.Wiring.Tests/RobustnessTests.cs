using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>The generator never throws into the compiler, whatever the input.</summary>
    public sealed class RobustnessTests
    {
        private static GeneratorRunResult Run(params AdditionalText[] texts)
        {
            var driver = CreateDriver(texts).RunGeneratorsAndUpdateCompilation(CreateCompilation("class C { }"), out _, out var driverDiagnostics);
            var result = Result(driver);
            Assert.Null(result.Exception);
            // CS8784/CS8785: the compiler's report of a generator that threw.
            Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8784" or "CS8785");
            return result;
        }

        [Fact]
        public void EmptyFile() => Run(new InMemoryAdditionalText("/src/empty.webidl", ""));

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void RandomBytes(int seed)
        {
            var bytes = new byte[64 * 1024];
            new Random(seed).NextBytes(bytes);
            Run(new InMemoryAdditionalText("/src/random.webidl", SourceText.From(new MemoryStream(bytes), Encoding.UTF8, throwIfBinaryDetected: false)));
        }

        [Fact]
        public void OneMegabyteFile()
        {
            var text = new StringBuilder();
            var random = new Random(7);
            const string alphabet = "interface{}();<>?,=\"[]-_ abcxyz0123456789\n\t/*";
            while (text.Length < 1024 * 1024)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            Run(new InMemoryAdditionalText("/src/big.webidl", text.ToString()));
        }

        [Fact]
        public void OneMegabyteOfValidIdl()
        {
            var text = new StringBuilder();
            for (var i = 0; text.Length < 1024 * 1024; i++)
            {
                text.Append("[Exposed=Window]\ninterface I").Append(i).Append(" {\n  readonly attribute long a;\n  undefined f(DOMString s);\n};\n");
            }

            var result = Run(new InMemoryAdditionalText("/src/many.webidl", text.ToString()));
            Assert.True(result.GeneratedSources.Length > 1000);
        }

        [Fact]
        public void EveryPrefixOfTheSampleGivesDiagnosticsNotExceptions()
        {
            var sample = File.ReadAllText(RepoPaths.WebSocketSample);
            for (var length = 0; length < sample.Length; length += 41)
            {
                Run(new InMemoryAdditionalText("/src/prefix.webidl", sample.Substring(0, length)));
            }
        }

        [Fact]
        public void UnreadableFileBecomesOneInternalError()
        {
            var result = Run(
                InMemoryAdditionalText.Throwing("/src/locked.webidl", new IOException("the file is locked")),
                new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha));

            var error = Assert.Single(result.Diagnostics, d => d.Id == "WIDL0202");
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Contains("IOException", error.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("the file is locked", error.GetMessage(), StringComparison.Ordinal);
            Assert.Equal("/src/locked.webidl", error.Location.GetLineSpan().Path);
            // The other file is still generated.
            Assert.Contains(result.GeneratedSources, source => source.HintName.Contains("Alpha", StringComparison.Ordinal));
        }

        [Fact]
        public void NullTextIsAnEmptyFile()
        {
            var result = Run(new InMemoryAdditionalText("/src/null.webidl", (SourceText?)null));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void DuplicateDefinitionsAcrossFilesAreDiagnosticsNotExceptions()
        {
            var result = Run(
                new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha),
                new InMemoryAdditionalText("/src/a2.webidl", Samples.Alpha));

            Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(result.GeneratedSources.Length, result.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void NonIdlAdditionalFilesAreIgnored()
        {
            var result = Run(
                new InMemoryAdditionalText("/src/readme.md", "interface NotIdl {};"),
                new InMemoryAdditionalText("/src/legacy.idl", "interface NotIncluded {};"));

            Assert.Empty(result.GeneratedSources);
            Assert.Empty(result.Diagnostics);
            Assert.Empty(StepOutputs(result, WebIdl.Generator.SourceGenerator.TrackingNames.ParsedFiles));
        }
    }
}
