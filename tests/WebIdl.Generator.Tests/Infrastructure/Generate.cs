using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>Runs the pipeline the way the wiring does: parse each file, bind the set, render each definition.</summary>
    public static class Generate
    {
        /// <summary>Parses and binds <paramref name="sources"/> (path, text).</summary>
        public static BindingResult Bind(IEnumerable<(string Path, string Text)> sources, GeneratorOptions? options = null) =>
            GeneratorPipeline.Bind(sources.Select(s => GeneratorPipeline.Parse(s.Path, s.Text)).ToList(), options ?? new GeneratorOptions());

        /// <summary>Parses, binds and renders: hint name to source text, plus the diagnostics.</summary>
        public static (SortedDictionary<string, string> Files, IReadOnlyList<IdlDiagnostic> Diagnostics) Run(IEnumerable<(string Path, string Text)> sources, GeneratorOptions? options = null)
        {
            var result = Bind(sources, options);
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var definition in result.Definitions)
            {
                files.Add(definition.HintName, GeneratorPipeline.Render(definition));
            }

            return (files, result.Diagnostics.ToList());
        }

        /// <summary>Reads IDL files as (path relative to the repo, text).</summary>
        public static IEnumerable<(string Path, string Text)> Read(params string[] paths) =>
            paths.Select(p => (Path.GetRelativePath(TestPaths.RepoRoot, p).Replace('\\', '/'), File.ReadAllText(p)));
    }
}
