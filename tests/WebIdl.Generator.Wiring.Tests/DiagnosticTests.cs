using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>IDL diagnostics reach the compiler with their id, severity, category, message and .webidl location.</summary>
    public sealed class DiagnosticTests
    {
        private static IReadOnlyList<Diagnostic> Run(params AdditionalText[] texts)
        {
            var result = Result(CreateDriver(texts).RunGenerators(CreateCompilation("class C { }")));
            Assert.Null(result.Exception);
            return result.Diagnostics;
        }

        [Fact]
        public void SyntaxErrorPointsAtItsFileLineAndColumn()
        {
            const string path = "/src/idl/broken.webidl";
            var diagnostics = Run(new InMemoryAdditionalText(path, Samples.Broken));

            var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.StartsWith("WIDL", error.Id);
            Assert.Equal("WebIdl", error.Descriptor.Category);
            Assert.False(string.IsNullOrWhiteSpace(error.GetMessage()));
            Assert.Equal(LocationKind.ExternalFile, error.Location.Kind);
            var span = error.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            // Line 3, column 5 in the IDL (1-based) is line 2, character 4 in Roslyn (0-based).
            Assert.Equal(new LinePosition(2, 4), span.StartLinePosition);
            Assert.True(span.EndLinePosition >= span.StartLinePosition);
            Assert.Equal(Samples.Broken.IndexOf("123", System.StringComparison.Ordinal), error.Location.SourceSpan.Start);
        }

        [Fact]
        public void SemanticWarningKeepsItsSeverityAndId()
        {
            // No [Exposed]: the require-exposed warning.
            var diagnostics = Run(new InMemoryAdditionalText("/src/w.webidl", "interface Plain {\n  readonly attribute long x;\n};\n"));

            var warning = Assert.Single(diagnostics, d => d.Id == "WIDL0113");
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
            Assert.Equal("/src/w.webidl", warning.Location.GetLineSpan().Path);
            Assert.Equal(0, warning.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public void DiagnosticInASecondFileNamesThatFile()
        {
            var diagnostics = Run(
                new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha),
                new InMemoryAdditionalText("/src/b.webidl", "[Exposed=Window]\ninterface B {\n\n  attribute Missing m;\n};\n"));

            var error = Assert.Single(diagnostics, d => d.Id == "WIDL0100");
            var span = error.Location.GetLineSpan();
            Assert.Equal("/src/b.webidl", span.Path);
            Assert.Equal(3, span.StartLinePosition.Line);
        }

        [Fact]
        public void MultiLineSpanEndsOnItsLastLine()
        {
            // An unterminated comment spans to the end of the file.
            var text = "[Exposed=Window]\ninterface A {};\n/* never\nclosed\n";
            var diagnostics = Run(new InMemoryAdditionalText("/src/c.webidl", text));

            var error = Assert.Single(diagnostics, d => d.Id == "WIDL0003");
            var span = error.Location.GetLineSpan();
            Assert.Equal(new LinePosition(2, 0), span.StartLinePosition);
            Assert.Equal(new LinePosition(4, 0), span.EndLinePosition);
        }

        [Fact]
        public void DescriptorsAreSharedPerIdAndSeverity()
        {
            var diagnostics = Run(
                new InMemoryAdditionalText("/src/a.webidl", "interface A {};\n"),
                new InMemoryAdditionalText("/src/b.webidl", "interface B {};\n"));

            var warnings = diagnostics.Where(d => d.Id == "WIDL0113").ToArray();
            Assert.Equal(2, warnings.Length);
            Assert.Same(warnings[0].Descriptor, warnings[1].Descriptor);
        }

        [Fact]
        public void LegacyStrictTurnsLegacySyntaxIntoErrors()
        {
            var legacy = new InMemoryAdditionalText("/src/legacy.webidl", "exception Oops {\n  const unsigned short CODE = 1;\n};\n");

            var lenient = Result(CreateDriver(new AdditionalText[] { legacy }).RunGenerators(CreateCompilation("class C { }")));
            var strict = Result(CreateDriver(new AdditionalText[] { legacy }, new TestOptionsProvider(new Dictionary<string, string> { ["WebIdlLegacyStrict"] = "true" })).RunGenerators(CreateCompilation("class C { }")));

            Assert.DoesNotContain(lenient.Diagnostics, d => d.Id == "WIDL0008");
            Assert.Contains(strict.Diagnostics, d => d.Id == "WIDL0008" && d.Severity == DiagnosticSeverity.Error);
        }
    }
}
