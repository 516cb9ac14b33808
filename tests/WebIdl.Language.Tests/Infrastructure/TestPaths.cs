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

        /// <summary>The installed @webref/idl folder (run <c>npm ci</c> in tests/node first; .ci/run and build.ps1 do).</summary>
        public static string Corpus => Path.Combine(NodeProject, "node_modules", "@webref", "idl");

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
