using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using WebIdl.Generator;
using WebIdl.Generator.Docs;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Tool
{
    /// <summary>The <c>docs</c> verb: Markdown API reference pages (<see cref="ApiDocs"/>) written to a directory.</summary>
    public static class DocsRunner
    {
        /// <summary>The manifest of written pages, inside the output directory.</summary>
        public const string ManifestName = ".webidl-docs";

        /// <summary>
        /// Writes <c>outDir/index.md</c> and one <c>outDir/&lt;Name&gt;.md</c> per definition, deletes the pages an
        /// earlier run wrote that this one did not, prints the binding diagnostics to <paramref name="stderr"/> and a
        /// summary to <paramref name="stdout"/>. Pages are written even when the set has errors (they document what parsed).
        /// </summary>
        /// <param name="paths">Files and directories.</param>
        /// <param name="options">The options the code is generated with (namespace, known types).</param>
        /// <param name="outDir">The output directory.</param>
        /// <param name="stdout">Where the summary goes.</param>
        /// <param name="stderr">Where diagnostics go.</param>
        /// <returns><see cref="Cli.InvalidIdl"/> when any diagnostic is an error, else <see cref="Cli.Success"/>.</returns>
        /// <exception cref="InputException">A path does not exist, a file cannot be read, or a page cannot be written.</exception>
        public static int Run(IEnumerable<string> paths, GeneratorOptions options, string outDir, TextWriter stdout, TextWriter stderr)
        {
            var clock = Stopwatch.StartNew();
            var result = ApiDocs.Write(GeneratorInputs.Parse(paths), options);
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

            var files = new List<KeyValuePair<string, string>>(result.Pages.Count);
            foreach (var page in result.Pages)
            {
                files.Add(new KeyValuePair<string, string>(page.FileName, page.Text));
            }

            var summary = new OutputDirectory(outDir, ManifestName, ".md").Write(files);
            stdout.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} in {1} ({2} written, {3} unchanged, {4} removed) in {5} ms, {6}, {7}",
                GenerateRunner.Plural(files.Count, "page"),
                outDir,
                summary.Written,
                summary.Unchanged,
                summary.Removed,
                clock.ElapsedMilliseconds,
                GenerateRunner.Plural(errors, "error"),
                GenerateRunner.Plural(warnings, "warning")));
            return errors > 0 ? Cli.InvalidIdl : Cli.Success;
        }
    }
}
