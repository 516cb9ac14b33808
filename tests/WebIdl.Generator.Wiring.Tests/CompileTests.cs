using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>The generated sources compile together with the consumer's code and the runtime.</summary>
    public sealed class CompileTests
    {
        [Fact]
        public void WebSocketSampleCompilesWithoutErrors()
        {
            var sample = new InMemoryAdditionalText(RepoPaths.WebSocketSample, File.ReadAllText(RepoPaths.WebSocketSample));
            var compilation = CreateCompilation("namespace Consumer { internal static class Uses { } }");

            CreateDriver(new AdditionalText[] { sample }).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

            Assert.DoesNotContain(generatorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.True(output.SyntaxTrees.Count() > compilation.SyntaxTrees.Count(), "nothing was generated");
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
        }

        [Fact]
        public void GeneratedSourcesUseTheConfiguredNamespace()
        {
            var a = new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha);
            var options = new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>
            {
                ["RootNamespace"] = "Root.Ns",
                ["WebIdlNamespace"] = "Chosen.Ns",
            });

            var result = Result(CreateDriver(new AdditionalText[] { a }, options).RunGenerators(CreateCompilation("class C { }")));

            Assert.NotEmpty(result.GeneratedSources);
            Assert.All(result.GeneratedSources, source => Assert.Contains("namespace Chosen.Ns", source.SourceText.ToString(), System.StringComparison.Ordinal));
        }
    }
}
