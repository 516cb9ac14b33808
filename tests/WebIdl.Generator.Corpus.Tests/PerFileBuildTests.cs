using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.Corpus.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Generator.Corpus.Tests
{
    /// <summary>
    /// Each of the 334 corpus files fed alone to the generator together with the files it depends on
    /// (<see cref="CorpusDependencies"/>), and the result compiled. 334 <c>dotnet build</c>s would take most of an
    /// hour here, so each set goes through Roslyn's generator driver in-process with the options and references of a
    /// net10.0 consumer (<see cref="InProcessBuild"/>), on both cores. Two shortcuts keep it to a few minutes, both
    /// checked: each thread keeps its driver from set to set (<see cref="GeneratorSession"/>, as the compiler server
    /// does), and a sample of sets is generated again with a new driver and must give the same files and diagnostics;
    /// the compile looks for errors only (<see cref="InProcessBuild.CompileForErrors"/>), since warnings are the
    /// whole-corpus build's job (<see cref="WholeCorpusBuildTests"/>).
    /// </summary>
    public sealed class PerFileBuildTests
    {
        /// <summary>Every this many files (in name order), the session's output is compared with a new driver's.</summary>
        private const int SampleEvery = 24;

        private readonly ITestOutputHelper output;

        public PerFileBuildTests(ITestOutputHelper output) => this.output = output;

        private sealed record FileResult(IReadOnlyList<CorpusFile> Closure, IReadOnlyList<Diagnostic> Generator, IReadOnlyList<Diagnostic> Compiler, int Generated, string? SampleMismatch, Exception? Failure);

        [Fact]
        public void EachCorpusFileBuildsWithTheFilesItDependsOn()
        {
            var timer = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var corpus = CorpusDependencies.Load(RepositoryPaths.CorpusFiles());
            Assert.Equal(334, corpus.Files.Count);

            var closures = corpus.Files.ToDictionary(f => f.Name, f => corpus.Closure(f.Name), StringComparer.Ordinal);
            var sampled = new HashSet<string>(corpus.Files.Where((_, i) => i % SampleEvery == 0).Select(f => f.Name), StringComparer.Ordinal);
            var trees = new SyntaxTreeCache();
            Timing generating = new(), sampling = new(), compiling = new();
            var compiled = new ConcurrentDictionary<string, Lazy<IReadOnlyList<Diagnostic>>>(StringComparer.Ordinal);
            var results = new ConcurrentDictionary<string, FileResult>(StringComparer.Ordinal);
            var order = corpus.Files.OrderByDescending(f => closures[f.Name].Count).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
            Parallel.ForEach(
                Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new GeneratorSession(),
                (file, _, session) =>
                {
                    var closure = closures[file.Name];
                    try
                    {
                        var phase = Stopwatch.StartNew();
                        var generated = session.Run(closure);
                        generating.Add(phase.Elapsed);
                        phase.Restart();
                        var mismatch = sampled.Contains(file.Name) ? CompareWithNewDriver(closure, generated) : null;
                        sampling.Add(phase.Elapsed);
                        phase.Restart();
                        // Two sets that generate exactly the same files compile the same; the second reuses the result.
                        var key = string.Join("\n", generated.GeneratedSources
                            .Select(g => g.HintName + " " + Convert.ToBase64String(g.SourceText.GetChecksum().ToArray()))
                            .OrderBy(k => k, StringComparer.Ordinal));
                        var errors = compiled.GetOrAdd(key, _ => new Lazy<IReadOnlyList<Diagnostic>>(() => InProcessBuild.CompileForErrors(generated, trees))).Value;
                        compiling.Add(phase.Elapsed);
                        results[file.Name] = new FileResult(closure, generated.Diagnostics, errors, generated.GeneratedSources.Length, mismatch, null);
                    }
                    catch (Exception ex)
                    {
                        results[file.Name] = new FileResult(closure, Array.Empty<Diagnostic>(), Array.Empty<Diagnostic>(), 0, null, ex);
                        return new GeneratorSession();
                    }

                    return session;
                },
                _ => { });

            var failures = new List<string>();
            var notices = new List<string>();
            foreach (var file in corpus.Files)
            {
                var result = results[file.Name];
                var dependencies = $"{result.Closure.Count - 1} dependencies [{string.Join(" ", result.Closure.Where(c => c.Name != file.Name).Select(c => c.Name))}]";
                if (result.Failure is not null)
                {
                    failures.Add($"{file.Name} with {dependencies}: the build threw {result.Failure}");
                    continue;
                }

                var warnings = result.Generator.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
                notices.AddRange(warnings.Select(d => d.Id));
                output.WriteLine($"{file.Name}: {result.Closure.Count} IDL files, {result.Generated} generated; notices: {Notices.Counts(warnings.Select(d => d.Id))}");

                var problems = result.Generator.Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Concat(warnings.Where(d => !Notices.IsAllowed(d.Id)))
                    .Concat(result.Compiler)
                    .ToList();
                if (problems.Count > 0)
                {
                    failures.Add($"{file.Name} with {dependencies}: {problems.Count} errors or unexpected warnings; the first:\n    " + string.Join("\n    ", problems.Take(5)));
                }

                if (result.SampleMismatch is not null)
                {
                    failures.Add($"{file.Name} with {dependencies}: the kept driver's output differs from a new driver's: {result.SampleMismatch}");
                }
            }

            var elapsed = timer.Elapsed;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var summary = $"each file with its dependencies, in-process: {corpus.Files.Count} files, {results.Values.Sum(r => r.Closure.Count)} IDL files fed in all, " +
                $"{failures.Count} failed, {elapsed.TotalSeconds:0.0} s wall, {cpuSeconds:0.0} s CPU on {Environment.ProcessorCount} cores " +
                $"(summed over threads: {generating.Total.TotalSeconds:0.0} s generating, {compiling.Total.TotalSeconds:0.0} s compiling, {sampling.Total.TotalSeconds:0.0} s checking {sampled.Count} sets against a new driver; {compiled.Count} distinct sets compiled); " +
                $"{trees.Count} distinct generated files; notices summed over all sets: {Notices.Counts(notices)}; references: {InProcessBuild.ReferenceSource}";
            output.WriteLine(summary);
            Console.WriteLine(summary);
            Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures));
        }

        private static string? CompareWithNewDriver(IReadOnlyList<CorpusFile> closure, GeneratorRunResult kept)
        {
            var fresh = InProcessBuild.Generate(closure);
            var keptSources = InProcessBuild.Sources(kept);
            var freshSources = InProcessBuild.Sources(fresh);
            var differing = freshSources.Keys.Union(keptSources.Keys)
                .Where(hint => !keptSources.TryGetValue(hint, out var a) || !freshSources.TryGetValue(hint, out var b) || a != b)
                .ToList();
            if (differing.Count > 0)
            {
                return differing.Count + " generated files differ, e.g. " + string.Join(", ", differing.Take(5));
            }

            var keptDiagnostics = kept.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal);
            var freshDiagnostics = fresh.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal);
            return keptDiagnostics.SequenceEqual(freshDiagnostics) ? null : "the diagnostics differ";
        }
    }
}
