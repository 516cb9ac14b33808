using System;
using System.IO;

namespace WebIdl.Language.Tests.Infrastructure
{
    /// <summary>Locations of the repository, the pinned npm packages and the copied test cases.</summary>
    public static class TestPaths
    {
        private static readonly Lazy<string> Root = new(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Bindings.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Bindings.sln not found above " + AppContext.BaseDirectory);
        });

        /// <summary>The repository root (the folder holding Bindings.sln).</summary>
        public static string RepoRoot => Root.Value;

        /// <summary>tests/node, the npm project that pins webidl2 and @webref/idl.</summary>
        public static string NodeProject => Path.Combine(RepoRoot, "tests", "node");

        private static readonly Lazy<string> InstalledCorpus = new(() =>
        {
            var corpus = Path.Combine(NodeProject, "node_modules", "@webref", "idl");
            if (!Directory.Exists(corpus) || !Directory.Exists(Path.Combine(NodeProject, "node_modules", "webidl2")))
            {
                NpmCi();
            }

            return corpus;
        });

        /// <summary>
        /// The installed @webref/idl folder. When tests/node has no node_modules yet (a fresh clone running plain
        /// <c>dotnet test</c>), runs <c>npm ci</c> there once; build.ps1 and .ci/run do that before testing anyway.
        /// </summary>
        public static string Corpus => InstalledCorpus.Value;

        private static void NpmCi()
        {
            var start = new System.Diagnostics.ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = NodeProject,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start npm");
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(300_000) || process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci' in {NodeProject} failed: {stderr.Result}");
            }
        }

        /// <summary>The webidl2.js test cases copied into this project.</summary>
        public static string Cases => Path.Combine(RepoRoot, "tests", "WebIdl.Language.Tests", "Cases");

        /// <summary>All corpus .idl files, sorted ordinally.</summary>
        public static string[] CorpusFiles()
        {
            if (!Directory.Exists(Corpus))
            {
                throw new InvalidOperationException($"The @webref/idl corpus is not installed at {Corpus}: run 'npm ci' in tests/node.");
            }

            var files = Directory.GetFiles(Corpus, "*.idl");
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }
    }
}
