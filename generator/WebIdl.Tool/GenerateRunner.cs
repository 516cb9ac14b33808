using System.Collections.Generic;
using System.Globalization;
using System.IO;
using WebIdl.Generator;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Tool
{
    /// <summary>The outcome of one generation.</summary>
    /// <param name="Files">How many C# files the run produced (0 when there were errors).</param>
    /// <param name="Errors">Error diagnostics.</param>
    /// <param name="Warnings">Warning diagnostics.</param>
    /// <param name="Output">What happened in the output directory, or null when nothing was written (errors).</param>
    public sealed record GenerateOutcome(int Files, int Errors, int Warnings, OutputSummary? Output);

    /// <summary>
    /// The <c>generate</c> verb: the source generator's pipeline run from the command line. The same
    /// <see cref="GeneratorPipeline"/> calls as the Roslyn wiring (parse each file, bind the set once, render each
    /// definition), so the files are the ones the compiler would see, byte for byte.
    /// </summary>
    public static class GenerateRunner
    {
        /// <summary>The manifest of generated files, inside the output directory.</summary>
        public const string ManifestName = ".webidl-generated";

        /// <summary>Generates C# from <paramref name="paths"/> into <paramref name="outDir"/>, printing diagnostics and a summary.</summary>
        /// <param name="paths">Files and directories.</param>
        /// <param name="options">Namespace, known types, legacy handling (see <see cref="GeneratorInputs.Options"/>).</param>
        /// <param name="outDir">The output directory.</param>
        /// <param name="stdout">Where the summary goes.</param>
        /// <param name="stderr">Where diagnostics go, in MSBuild form.</param>
        /// <returns><see cref="Cli.InvalidIdl"/> when any diagnostic is an error (nothing is written), else <see cref="Cli.Success"/>.</returns>
        /// <exception cref="InputException">A path does not exist, a file cannot be read, or an output cannot be written.</exception>
        public static int Run(IEnumerable<string> paths, GeneratorOptions options, string outDir, TextWriter stdout, TextWriter stderr)
        {
            var outcome = Generate(GeneratorInputs.Parse(paths), options, outDir, stderr);
            stdout.WriteLine(Summary(outcome, outDir));
            return outcome.Errors > 0 ? Cli.InvalidIdl : Cli.Success;
        }

        /// <summary>
        /// Binds <paramref name="files"/> once, prints every diagnostic to <paramref name="stderr"/>, and unless there
        /// are errors writes <c>outDir/&lt;HintName&gt;</c> for every definition with exactly the text
        /// <see cref="GeneratorPipeline.Render"/> returns, then deletes the <c>*.g.cs</c> files an earlier run wrote
        /// that this one did not (see <see cref="OutputDirectory"/>).
        /// </summary>
        /// <param name="files">The parsed inputs.</param>
        /// <param name="options">The binding options.</param>
        /// <param name="outDir">The output directory.</param>
        /// <param name="stderr">Where diagnostics go.</param>
        /// <returns>What was produced.</returns>
        /// <exception cref="InputException">An output cannot be written.</exception>
        public static GenerateOutcome Generate(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options, string outDir, TextWriter stderr)
        {
            var result = GeneratorPipeline.Bind(files, options);
            var errors = 0;
            var warnings = 0;
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    errors++;
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    warnings++;
                }
            }

            if (errors > 0)
            {
                return new GenerateOutcome(0, errors, warnings, null);
            }

            var outputs = new List<KeyValuePair<string, string>>(result.Definitions.Count);
            foreach (var definition in result.Definitions)
            {
                outputs.Add(new KeyValuePair<string, string>(definition.HintName, GeneratorPipeline.Render(definition)));
            }

            var summary = new OutputDirectory(outDir, ManifestName, ".g.cs").Write(outputs);
            return new GenerateOutcome(outputs.Count, errors, warnings, summary);
        }

        /// <summary>The one-line summary of a generation.</summary>
        /// <param name="outcome">The outcome.</param>
        /// <param name="outDir">The output directory.</param>
        /// <returns>For example <c>3 files in out (3 written, 0 unchanged, 0 removed), 0 errors, 1 warning</c>.</returns>
        public static string Summary(GenerateOutcome outcome, string outDir)
        {
            var counts = Plural(outcome.Errors, "error") + ", " + Plural(outcome.Warnings, "warning");
            if (outcome.Output is null)
            {
                return "nothing written to " + outDir + ": " + counts;
            }

            return string.Format(
                CultureInfo.InvariantCulture,
                "{0} in {1} ({2} written, {3} unchanged, {4} removed), {5}",
                Plural(outcome.Files, "file"),
                outDir,
                outcome.Output.Written,
                outcome.Output.Unchanged,
                outcome.Output.Removed,
                counts);
        }

        internal static string Plural(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
    }
}
