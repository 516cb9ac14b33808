using System;
using System.IO;

namespace WebIdl.Tool.Tests
{
    /// <summary>The repository, the shipped samples and the pinned @webref/idl corpus.</summary>
    internal static class ToolTestPaths
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

        private static readonly Lazy<string> InstalledCorpus = new(() =>
        {
            var node = Path.Combine(RepoRoot, "tests", "node");
            var corpus = Path.Combine(node, "node_modules", "@webref", "idl");
            if (!Directory.Exists(corpus))
            {
                NpmCi(node);
            }

            return corpus;
        });

        /// <summary>The repository root (the folder holding Bindings.sln).</summary>
        public static string RepoRoot => Root.Value;

        /// <summary>generator/WebIdl.Tool/samples.</summary>
        public static string Samples => Path.Combine(RepoRoot, "generator", "WebIdl.Tool", "samples");

        /// <summary>The shipped WebSocket IDL.</summary>
        public static string WebSocketSample => Path.Combine(Samples, "websocket.webidl");

        /// <summary>The installed @webref/idl folder; runs <c>npm ci</c> in tests/node once when it is missing.</summary>
        public static string Corpus => InstalledCorpus.Value;

        private static void NpmCi(string node)
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
    }
}
