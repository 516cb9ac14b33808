using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using WebIdl.Generator;
using WebIdl.Language;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Tool
{
    /// <summary>The <c>check</c> verb: parse the inputs as one set and report every diagnostic.</summary>
    public static class CheckRunner
    {
        /// <summary>Checks <paramref name="paths"/> and prints diagnostics and a summary to <paramref name="stdout"/>.</summary>
        /// <param name="paths">Files and directories.</param>
        /// <param name="options">Parser options.</param>
        /// <param name="stdout">Where diagnostics and the summary go.</param>
        /// <param name="knownTypes">Extra type names defined outside the inputs (besides <see cref="GeneratorPipeline.BuiltInKnownTypes"/>).</param>
        /// <param name="events">
        /// Events data files (<c>--events</c>), read as <c>generate</c> reads them (<see cref="GeneratorInputs.ReadEvents(IEnumerable{string}, System.Action{IdlDiagnostic})"/>):
        /// their problems (WIDL0204) are printed and counted first. The facts only type generated C# events, which
        /// binding does without diagnostics of its own, so checking the IDL does not use them.
        /// </param>
        /// <returns><see cref="Cli.InvalidIdl"/> if any diagnostic is an error, else <see cref="Cli.Success"/>.</returns>
        /// <exception cref="InputException">A path does not exist, or a file (IDL or events data) cannot be read.</exception>
        public static int Run(IEnumerable<string> paths, IdlParserOptions options, TextWriter stdout, IEnumerable<string>? knownTypes = null, IEnumerable<string>? events = null)
        {
            var files = InputFiles.Expand(paths);
            var eventsProblems = new List<IdlDiagnostic>();
            if (events != null)
            {
                GeneratorInputs.ReadEvents(events, eventsProblems.Add);
            }

            var results = ParsedSet.Parse(files, options);
            var errors = 0;
            var warnings = 0;
            Report(eventsProblems, stdout, ref errors, ref warnings);
            var trees = new List<IdlFile>(results.Length);
            foreach (var result in results)
            {
                trees.Add(result.File);
                Report(result.Diagnostics, stdout, ref errors, ref warnings);
            }

            Report(CheckSet(trees, knownTypes), stdout, ref errors, ref warnings);
            stdout.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}, {2} {3}, {4} {5}",
                files.Count,
                files.Count == 1 ? "file" : "files",
                errors,
                errors == 1 ? "error" : "errors",
                warnings,
                warnings == 1 ? "warning" : "warnings"));
            return errors > 0 ? Cli.InvalidIdl : Cli.Success;
        }

        /// <summary>
        /// Checks the parsed files as one set, as the generator will see them (cross-file references,
        /// partials, duplicate names). This is the single call site of the semantic model.
        /// </summary>
        /// <param name="files">Every parsed file of the set.</param>
        /// <param name="knownTypes">Extra type names defined outside the set.</param>
        /// <returns>The set-level diagnostics.</returns>
        public static IReadOnlyList<IdlDiagnostic> CheckSet(IReadOnlyList<IdlFile> files, IEnumerable<string>? knownTypes = null)
        {
            var options = new IdlSemanticOptions { KnownExternalTypes = EquatableArray<string>.From(KnownTypes(knownTypes)) };
            return SemanticModel.Build(files, options).Diagnostics;
        }

        /// <summary>
        /// The type names a check accepts without a definition in the set: the ones the generator always accepts
        /// (<see cref="GeneratorPipeline.BuiltInKnownTypes"/>: the runtime's DOM and Web IDL types, so an API such as
        /// WebSocket can be checked on its own, and the web platform's names no IDL defines) plus
        /// <paramref name="knownTypes"/>, in ordinal order without repeats or blanks.
        /// </summary>
        /// <param name="knownTypes">Extra type names defined outside the set, or null.</param>
        /// <returns>The names.</returns>
        public static IReadOnlyList<string> KnownTypes(IEnumerable<string>? knownTypes)
        {
            var known = new SortedSet<string>(GeneratorPipeline.BuiltInKnownTypes, StringComparer.Ordinal);
            if (knownTypes != null)
            {
                foreach (var name in knownTypes)
                {
                    if (!string.IsNullOrWhiteSpace(name))
                    {
                        known.Add(name.Trim());
                    }
                }
            }

            return new List<string>(known);
        }

        private static void Report(IEnumerable<IdlDiagnostic> diagnostics, TextWriter stdout, ref int errors, ref int warnings)
        {
            foreach (var diagnostic in diagnostics)
            {
                stdout.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    errors++;
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    warnings++;
                }
            }
        }
    }
}
