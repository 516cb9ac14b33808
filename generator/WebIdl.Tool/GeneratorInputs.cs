using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using WebIdl.Generator;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Tool
{
    /// <summary>
    /// The inputs of <c>generate</c>, <c>watch</c> and <c>docs</c>: the files, parsed the way the source generator
    /// parses them (<see cref="GeneratorPipeline.Parse"/>), and the <see cref="GeneratorOptions"/> they are bound with.
    /// </summary>
    public static class GeneratorInputs
    {
        /// <summary>Expands <paramref name="paths"/>, reads every file and parses each one alone.</summary>
        /// <param name="paths">Files and directories (see <see cref="InputFiles.Expand"/>).</param>
        /// <returns>One parsed file per input file, in input order. The path of each is the path as typed or found.</returns>
        /// <exception cref="InputException">A path does not exist or a file cannot be read.</exception>
        public static IReadOnlyList<ParsedIdlFile> Parse(IEnumerable<string> paths)
        {
            var files = InputFiles.Expand(paths);
            var texts = new string[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                texts[i] = InputFiles.Read(files[i]);
            }

            var parsed = new ParsedIdlFile[files.Count];
            if (files.Count < 4)
            {
                for (var i = 0; i < files.Count; i++)
                {
                    parsed[i] = GeneratorPipeline.Parse(files[i], texts[i]);
                }
            }
            else
            {
                Parallel.For(0, files.Count, i => parsed[i] = GeneratorPipeline.Parse(files[i], texts[i]));
            }

            return parsed;
        }

        /// <summary>
        /// The options of a run: <paramref name="ns"/> (default <c>WebIdl.Generated</c>), the type names
        /// <c>check</c> knows (<see cref="CheckRunner.KnownTypes"/>: the generator's built-in names plus
        /// <paramref name="knownTypes"/>), and <paramref name="strict"/> for legacy syntax. Binding adds the built-in
        /// names itself, so listing them changes no generated file; they are listed because the docs writer builds
        /// its semantic model from these options alone.
        /// </summary>
        /// <param name="ns">The C# namespace, or null for the default.</param>
        /// <param name="knownTypes">Extra external type names, or null.</param>
        /// <param name="strict">True to report legacy syntax as errors.</param>
        /// <param name="ownedContracts">True to generate the contracts of the interfaces the runtime owns (<see cref="GeneratorOptions.OwnedContracts"/>).</param>
        /// <returns>The options.</returns>
        public static GeneratorOptions Options(string? ns, IEnumerable<string>? knownTypes, bool strict, bool ownedContracts = false)
        {
            var options = new GeneratorOptions
            {
                KnownExternalTypes = EquatableArray<string>.From(CheckRunner.KnownTypes(knownTypes)),
                LegacyStrict = strict,
                OwnedContracts = ownedContracts,
            };
            return string.IsNullOrWhiteSpace(ns) ? options : options with { Namespace = ns!.Trim() };
        }

        /// <summary>
        /// Reads events data files (the @webref/events JSON shape) into one set of facts; each file's problems are
        /// printed to <paramref name="stderr"/> as WIDL0204 warnings in MSBuild form.
        /// </summary>
        /// <param name="paths">The files.</param>
        /// <param name="stderr">Where problems go.</param>
        /// <returns>The facts, or null (after a message) when a file cannot be read.</returns>
        public static EquatableArray<EventInterface>? ReadEvents(IEnumerable<string> paths, System.IO.TextWriter stderr)
        {
            try
            {
                return ReadEvents(paths, diagnostic => stderr.WriteLine(diagnostic.ToString()));
            }
            catch (InputException ex)
            {
                stderr.WriteLine("webidl: " + ex.Message);
                return null;
            }
        }

        /// <summary>
        /// Reads events data files (the @webref/events JSON shape) into one set of facts, handing each file's problems
        /// (WIDL0204 warnings, with file, line and column) to <paramref name="report"/> as the file is read.
        /// </summary>
        /// <param name="paths">The files, in the order given.</param>
        /// <param name="report">Gets every problem.</param>
        /// <returns>The facts of every file, merged.</returns>
        /// <exception cref="InputException">A file cannot be read (<c>--events: cannot read 'path': …</c>).</exception>
        public static EquatableArray<EventInterface> ReadEvents(IEnumerable<string> paths, Action<IdlDiagnostic> report)
        {
            var entries = new List<EventInterface>();
            foreach (var path in paths)
            {
                string text;
                try
                {
                    text = System.IO.File.ReadAllText(path);
                }
                catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new InputException("--events: cannot read '" + path + "': " + ex.Message, ex);
                }

                var (read, diagnostics) = EventsData.Parse(path, text);
                foreach (var diagnostic in diagnostics)
                {
                    report(diagnostic);
                }

                entries.AddRange(read);
            }

            return EventsData.Merge(entries);
        }
    }
}
