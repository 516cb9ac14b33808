using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;

namespace WebIdl.Language.Tests.Infrastructure
{
    /// <summary>
    /// Runs the pinned webidl2.js (tests/node) over a folder once per test run and caches its JSON output,
    /// so differential tests compare against the real reference parser, not a stored copy.
    /// </summary>
    public static class Webidl2Reference
    {
        private static readonly ConcurrentDictionary<string, Lazy<string>> Dumps = new();

        /// <summary>The folder holding webidl2.js's <c>name.json</c> (or <c>name.error.txt</c>) for every file of <paramref name="inputDir"/>.</summary>
        public static string DumpFolder(string inputDir, bool concrete = false) =>
            Dumps.GetOrAdd(inputDir + "|" + concrete, _ => new Lazy<string>(() => Run(inputDir, concrete))).Value;

        private static string Run(string inputDir, bool concrete)
        {
            _ = TestPaths.Corpus; // installs tests/node's packages (webidl2 among them) when missing
            var output = Path.Combine(Path.GetTempPath(), "webidl2-ref-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(output);
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = TestPaths.NodeProject,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("webidl2-dump.mjs");
            start.ArgumentList.Add(inputDir);
            start.ArgumentList.Add("--out");
            start.ArgumentList.Add(output);
            if (concrete)
            {
                start.ArgumentList.Add("--concrete");
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(true);
                throw new TimeoutException("webidl2-dump.mjs did not finish in 120 s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"webidl2-dump.mjs exited {process.ExitCode}: {stderr.Result}");
            }

            return output;
        }
    }
}
