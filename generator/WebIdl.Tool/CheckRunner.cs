using System.Collections.Generic;
using System.Globalization;
using System.IO;
using WebIdl.Language;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Tool
{
    /// <summary>The <c>check</c> verb: parse the inputs as one set and report every diagnostic.</summary>
    public static class CheckRunner
    {
        /// <summary>Checks <paramref name="paths"/> and prints diagnostics and a summary to <paramref name="stdout"/>.</summary>
        /// <param name="paths">Files and directories.</param>
        /// <param name="options">Parser options.</param>
        /// <param name="stdout">Where diagnostics and the summary go.</param>
        /// <param name="knownTypes">Extra type names defined outside the inputs (besides <see cref="DefaultKnownTypes"/>).</param>
        /// <returns><see cref="Cli.InvalidIdl"/> if any diagnostic is an error, else <see cref="Cli.Success"/>.</returns>
        /// <exception cref="InputException">A path does not exist or a file cannot be read.</exception>
        public static int Run(IEnumerable<string> paths, IdlParserOptions options, TextWriter stdout, IEnumerable<string>? knownTypes = null)
        {
            var files = InputFiles.Expand(paths);
            var results = ParsedSet.Parse(files, options);
            var errors = 0;
            var warnings = 0;
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
            var known = new SortedSet<string>(DefaultKnownTypes, System.StringComparer.Ordinal);
            if (knownTypes != null)
            {
                known.UnionWith(knownTypes);
            }

            var options = new IdlSemanticOptions { KnownExternalTypes = new List<string>(known).ToArray() };
            return SemanticModel.Build(files, options).Diagnostics;
        }

        /// <summary>
        /// Type names a file set may use without defining them: the ones the web platform's IDL never defines in IDL
        /// (<see cref="IdlSemanticOptions.WebPlatform"/>), and the DOM and Web IDL types that the WebIdl runtime
        /// provides to generated code, so an API such as WebSocket can be checked on its own.
        /// </summary>
        public static readonly IReadOnlyList<string> DefaultKnownTypes = BuildDefaultKnownTypes();

        private static IReadOnlyList<string> BuildDefaultKnownTypes()
        {
            var names = new List<string>(IdlSemanticOptions.WebPlatform.KnownExternalTypes);
            names.AddRange(new[]
            {
                "AllowSharedBufferSource", "ArrayBufferView", "Blob", "BufferSource", "CloseEvent", "CloseEventInit",
                "DOMException", "DOMHighResTimeStamp", "EpochTimeStamp", "ErrorEvent", "ErrorEventInit", "Event",
                "EventHandler", "EventHandlerNonNull", "EventInit", "EventListener", "EventTarget", "Function",
                "MessageEvent", "MessageEventInit", "VoidFunction",
            });
            return names;
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
