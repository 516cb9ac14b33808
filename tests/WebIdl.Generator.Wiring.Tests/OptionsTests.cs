using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.SourceGenerator;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>The MSBuild properties and item metadata the generator reads.</summary>
    public sealed class OptionsTests
    {
        private static GeneratorRunResult Run(TestOptionsProvider options, params AdditionalText[] texts) =>
            Result(CreateDriver(texts, options).RunGenerators(CreateCompilation("class C { }")));

        private static GeneratorOptions Options(GeneratorRunResult result) =>
            (GeneratorOptions)Assert.Single(StepOutputs(result, TrackingNames.Options)).Value;

        private static string[] ParsedPaths(GeneratorRunResult result) =>
            StepOutputs(result, TrackingNames.ParsedFiles).Select(o => ((ParsedIdlFile)o.Value).Path).OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

        [Theory]
        [InlineData(null, null, "WebIdl.Generated")]
        [InlineData(null, "My.Root", "My.Root")]
        [InlineData("My.Idl", "My.Root", "My.Idl")]
        [InlineData("  ", "My.Root", "My.Root")]
        public void NamespaceFallsBackToRootNamespaceThenDefault(string? webIdlNamespace, string? rootNamespace, string expected)
        {
            var properties = new Dictionary<string, string>();
            if (webIdlNamespace is not null)
            {
                properties["WebIdlNamespace"] = webIdlNamespace;
            }

            if (rootNamespace is not null)
            {
                properties["RootNamespace"] = rootNamespace;
            }

            Assert.Equal(expected, Options(Run(new TestOptionsProvider(properties))).Namespace);
        }

        [Fact]
        public void KnownTypesAreASemicolonList()
        {
            var options = Options(Run(new TestOptionsProvider(new Dictionary<string, string> { ["WebIdlKnownTypes"] = " Zeta ; Alpha;;Beta,Alpha " })));
            Assert.Equal(new[] { "Alpha", "Beta", "Zeta" }, options.KnownExternalTypes.ToArray());
        }

        [Fact]
        public void KnownTypesSilenceUnknownTypeErrors()
        {
            var text = new InMemoryAdditionalText("/src/k.webidl", "[Exposed=Window]\ninterface K {\n  readonly attribute Outside o;\n};\n");
            var without = Run(new TestOptionsProvider(), text);
            var with = Run(new TestOptionsProvider(new Dictionary<string, string> { ["WebIdlKnownTypes"] = "Outside" }), text);

            Assert.Contains(without.Diagnostics, d => d.Id == "WIDL0100");
            Assert.DoesNotContain(with.Diagnostics, d => d.Id == "WIDL0100");
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("True", true)]
        [InlineData("false", false)]
        [InlineData("", false)]
        [InlineData("yes", false)]
        public void LegacyStrictIsABoolean(string value, bool expected) =>
            Assert.Equal(expected, Options(Run(new TestOptionsProvider(new Dictionary<string, string> { ["WebIdlLegacyStrict"] = value }))).LegacyStrict);

        [Fact]
        public void IdlFilesNeedMetadataOrTheProperty()
        {
            var webidl = new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha);
            var idl = new InMemoryAdditionalText("/src/b.idl", Samples.Beta);
            var optedOut = new InMemoryAdditionalText("/src/c.webidl", "interface C {};");
            var otherIdl = new InMemoryAdditionalText("/src/d.idl", "interface D {};");
            var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/src/b.idl"] = new Dictionary<string, string> { ["WebIdl"] = "true" },
                ["/src/c.webidl"] = new Dictionary<string, string> { ["WebIdl"] = "false" },
            };

            var byMetadata = Run(new TestOptionsProvider(null, metadata), webidl, idl, optedOut, otherIdl);
            Assert.Equal(new[] { "/src/a.webidl", "/src/b.idl" }, ParsedPaths(byMetadata));

            var byProperty = Run(new TestOptionsProvider(new Dictionary<string, string> { ["WebIdlIncludeIdlFiles"] = "true" }, metadata), webidl, idl, optedOut, otherIdl);
            Assert.Equal(new[] { "/src/a.webidl", "/src/b.idl", "/src/d.idl" }, ParsedPaths(byProperty));
        }

        [Fact]
        public void ChangingAnOptionRebindsWithoutReparsing()
        {
            var a = new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha);
            var compilation = CreateCompilation("class C { }");
            var driver = CreateDriver(new AdditionalText[] { a }, new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "One" })).RunGenerators(compilation);

            driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Two" })).RunGenerators(compilation);
            var result = Result(driver);

            Assert.All(StepOutputs(result, TrackingNames.ParsedFiles), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
            Assert.Contains(StepOutputs(result, TrackingNames.BindOne), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.All(result.GeneratedSources, s => Assert.Contains("namespace Two", s.SourceText.ToString(), System.StringComparison.Ordinal));
        }
    }
}
