using System;
using System.Linq;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Generator.Tests
{
    /// <summary>The bindings of the whole web platform (the @webref/idl corpus) compile with Roslyn.</summary>
    public class CorpusCompileTests
    {
        private readonly ITestOutputHelper output;

        public CorpusCompileTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void WholeCorpusCompiles()
        {
            var (files, diagnostics) = Generate.Run(Generate.Read(TestPaths.CorpusFiles()));
            foreach (var d in diagnostics.Where(d => d.Id == "WIDL0200" || d.Id == "WIDL0201"))
            {
                output.WriteLine(d.ToString());
            }

            var compilation = CSharpCompiler.Compile(files, "WebPlatform");
            var problems = compilation.GetDiagnostics()
                .Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .ToList();
            foreach (var group in problems.GroupBy(p => p.Id).OrderByDescending(g => g.Count()))
            {
                output.WriteLine($"{group.Key}: {group.Count()}  e.g. {group.First()}");
            }

            Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(60)));
        }
    }
}
