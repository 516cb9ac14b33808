using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using WebIdl.Language;
using WebIdl.Language.Syntax;

namespace WebIdl.Tool
{
    /// <summary>The <c>parse --json</c> verb: each input's syntax tree as webidl2.js-shaped JSON.</summary>
    public static class ParseRunner
    {
        /// <summary>
        /// Parses <paramref name="paths"/>; prints one JSON line per input to <paramref name="stdout"/>, or with
        /// <paramref name="outDir"/> writes <c>&lt;outDir&gt;/&lt;name&gt;.json</c> per input. Diagnostics go to <paramref name="stderr"/>.
        /// </summary>
        /// <param name="paths">Files and directories.</param>
        /// <param name="options">Parser options.</param>
        /// <param name="outDir">The output directory (created if needed), or null for stdout.</param>
        /// <param name="stdout">Where the JSON goes without <paramref name="outDir"/>.</param>
        /// <param name="stderr">Where diagnostics go.</param>
        /// <returns><see cref="Cli.InvalidIdl"/> if any input has a syntax error, else <see cref="Cli.Success"/>.</returns>
        /// <exception cref="InputException">A path does not exist, a file cannot be read, or two inputs share an output name.</exception>
        public static int Run(IEnumerable<string> paths, IdlParserOptions options, string? outDir, TextWriter stdout, TextWriter stderr)
        {
            var files = InputFiles.Expand(paths);
            var targets = outDir is null ? null : OutputPaths(files, outDir);
            var results = ParsedSet.Parse(files, options);
            if (outDir is not null)
            {
                try
                {
                    Directory.CreateDirectory(outDir);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new InputException("cannot create " + outDir + ": " + ex.Message, ex);
                }
            }

            var failed = false;
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            for (var i = 0; i < results.Length; i++)
            {
                var result = results[i];
                foreach (var diagnostic in result.Diagnostics)
                {
                    stderr.WriteLine(diagnostic.ToString());
                }

                failed |= result.HasErrors;
                var json = IdlJsonWriter.Write(result.File);
                if (targets is null)
                {
                    stdout.WriteLine(json);
                }
                else
                {
                    try
                    {
                        File.WriteAllText(targets[i], json, utf8);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        throw new InputException("cannot write " + targets[i] + ": " + ex.Message, ex);
                    }
                }
            }

            return failed ? Cli.InvalidIdl : Cli.Success;
        }

        private static string[] OutputPaths(IReadOnlyList<string> files, string outDir)
        {
            var targets = new string[files.Count];
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < files.Count; i++)
            {
                var name = Path.GetFileNameWithoutExtension(files[i]) + ".json";
                if (owners.TryGetValue(name, out var other))
                {
                    throw new InputException("both " + other + " and " + files[i] + " would be written to " + name + " in " + outDir);
                }

                owners.Add(name, files[i]);
                targets[i] = Path.Combine(outDir, name);
            }

            return targets;
        }
    }
}
