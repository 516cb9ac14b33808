using System.IO;
using WebIdl.Tests.Shared;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>Locations of the repository, the golden files and the @webref/idl corpus.</summary>
    public static class TestPaths
    {
        /// <summary>The repository root (the folder holding Bindings.sln).</summary>
        public static string RepoRoot => RepositoryPaths.RepoRoot;

        /// <summary>This project's folder in the source tree (golden files are read and written there, not in bin).</summary>
        public static string Project => Path.Combine(RepoRoot, "tests", "WebIdl.Generator.Tests");

        /// <summary>The IDL inputs of the golden cases.</summary>
        public static string Inputs => Path.Combine(Project, "Inputs");

        /// <summary>The expected outputs, one folder per case.</summary>
        public static string Golden => Path.Combine(Project, "Golden");

        /// <summary>The WebSocket sample the tool ships.</summary>
        public static string WebSocketSample => RepositoryPaths.WebSocketSample;

        /// <summary>All corpus .idl files, sorted ordinally (runs <c>npm ci</c> in tests/node once when they are missing).</summary>
        public static string[] CorpusFiles() => RepositoryPaths.CorpusFiles();
    }
}
