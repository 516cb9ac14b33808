using System;
using System.IO;
using System.Threading;

namespace WebIdl.Tests.Shared
{
    /// <summary>
    /// Where the repository, the shipped samples and the pinned npm packages are, for every test project (this file is
    /// linked into each). The npm packages (webidl2, @webref/idl, …) are installed with <c>npm ci</c> in tests/node when
    /// they are missing, once, under a lock file, because several test assemblies may run at the same time.
    /// </summary>
    internal static class RepositoryPaths
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
            var corpus = Path.Combine(NodeProject, "node_modules", "@webref", "idl");
            if (!Installed())
            {
                using var gate = AcquireLock(Path.Combine(NodeProject, ".npm-ci.lock"));
                if (!Installed())
                {
                    NpmCi();
                }
            }

            return corpus;
        });

        /// <summary>The repository root (the folder holding Bindings.sln).</summary>
        public static string RepoRoot => Root.Value;

        /// <summary>tests/node, the npm project that pins webidl2 and @webref/idl.</summary>
        public static string NodeProject => Path.Combine(RepoRoot, "tests", "node");

        /// <summary>generator/WebIdl.Tool/samples.</summary>
        public static string Samples => Path.Combine(RepoRoot, "generator", "WebIdl.Tool", "samples");

        /// <summary>The shipped WebSocket IDL.</summary>
        public static string WebSocketSample => Path.Combine(Samples, "websocket.webidl");

        /// <summary>The installed @webref/idl folder (installing tests/node's packages first when needed).</summary>
        public static string Corpus => InstalledCorpus.Value;

        /// <summary>All corpus .idl files, sorted ordinally.</summary>
        public static string[] CorpusFiles()
        {
            var files = Directory.GetFiles(Corpus, "*.idl");
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }

        private static bool Installed() =>
            File.Exists(Path.Combine(NodeProject, "node_modules", "@webref", "idl", "package.json"))
            && File.Exists(Path.Combine(NodeProject, "node_modules", "webidl2", "package.json"));

        private static FileStream AcquireLock(string path)
        {
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (true)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(200);
                }
            }
        }

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
    }
}
