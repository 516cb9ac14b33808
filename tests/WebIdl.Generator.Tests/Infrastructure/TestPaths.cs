using System;
using System.IO;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>Locations of the repository, the golden files and the @webref/idl corpus.</summary>
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

        /// <summary>This project's folder in the source tree (golden files are read and written there, not in bin).</summary>
        public static string Project => Path.Combine(RepoRoot, "tests", "WebIdl.Generator.Tests");

        /// <summary>The IDL inputs of the golden cases.</summary>
        public static string Inputs => Path.Combine(Project, "Inputs");

        /// <summary>The expected outputs, one folder per case.</summary>
        public static string Golden => Path.Combine(Project, "Golden");

        /// <summary>The WebSocket sample the tool ships.</summary>
        public static string WebSocketSample => Path.Combine(RepoRoot, "generator", "WebIdl.Tool", "samples", "websocket.webidl");

        private static readonly Lazy<string> InstalledCorpus = new(() =>
        {
            var node = Path.Combine(RepoRoot, "tests", "node");
            var corpus = Path.Combine(node, "node_modules", "@webref", "idl");
            if (!Directory.Exists(corpus))
            {
                var start = new System.Diagnostics.ProcessStartInfo("npm", "ci --no-audit --no-fund")
                {
                    WorkingDirectory = node,
                    UseShellExecute = false,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start npm");
                var stderr = process.StandardError.ReadToEndAsync();
                process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(300_000) || process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"'npm ci' in {node} failed: {stderr.Result}");
                }
            }

            return corpus;
        });

        /// <summary>All corpus .idl files, sorted ordinally (runs <c>npm ci</c> in tests/node once when they are missing).</summary>
        public static string[] CorpusFiles()
        {
            var files = Directory.GetFiles(InstalledCorpus.Value, "*.idl");
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }
    }
}
