using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using WebIdl.Generator.Tests.Infrastructure;
using WebIdl.Language.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Generator.Tests
{
    /// <summary>The whole @webref/idl corpus (334 files) binds and renders without an error, and what is not mapped is listed.</summary>
    public class CorpusTests
    {
        private readonly ITestOutputHelper output;

        public CorpusTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void WholeCorpusBindsAndRendersWithoutErrors()
        {
            var sources = Generate.Read(TestPaths.CorpusFiles()).ToList();
            var parsed = sources.Select(s => GeneratorPipeline.Parse(s.Path, s.Text)).ToList();

            // Warm up once, then measure.
            GeneratorPipeline.Bind(parsed, new GeneratorOptions());
            var watch = Stopwatch.StartNew();
            var result = GeneratorPipeline.Bind(parsed, new GeneratorOptions());
            var bind = watch.Elapsed;
            watch.Restart();
            var rendered = result.Definitions.Select(GeneratorPipeline.Render).ToList();
            var render = watch.Elapsed;

            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(40)));
            var broken = rendered.Where(RobustnessTests.HasErrorDirective).Take(5).ToList();
            Assert.True(broken.Count == 0, string.Join("\n---\n", broken));

            output.WriteLine($"{sources.Count} files, {result.Definitions.Count} generated files, bind {bind.TotalMilliseconds:F0} ms, render {render.TotalMilliseconds:F0} ms");
            foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"{group.Key}: {group.Count()}");
            }

            output.WriteLine("WIDL0200 by construct:");
            foreach (var line in CountsByConstruct(result.Diagnostics))
            {
                output.WriteLine("  " + line);
            }

            Assert.True(bind + render < TimeSpan.FromSeconds(20), $"bind {bind}, render {render}");
        }

        /// <summary>WIDL0200 messages grouped by what is not mapped (names taken out).</summary>
        public static IEnumerable<string> CountsByConstruct(IEnumerable<IdlDiagnostic> diagnostics) =>
            diagnostics.Where(d => d.Id == GeneratorDiagnostics.NotMapped.Id)
                .GroupBy(d => Regex.Replace(d.Message, @"'[^']*'|\([^)]*\)", "…"))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count(),5}  {g.Key}");
    }
}
