using WebIdl.Tests.Shared;

namespace WebIdl.Language.Tests.Infrastructure
{
    /// <summary>Locations of the repository, the pinned npm packages and the copied test cases.</summary>
    public static class TestPaths
    {
        /// <summary>The repository root (the folder holding Bindings.sln).</summary>
        public static string RepoRoot => RepositoryPaths.RepoRoot;

        /// <summary>tests/node, the npm project that pins webidl2 and @webref/idl.</summary>
        public static string NodeProject => RepositoryPaths.NodeProject;

        /// <summary>The installed @webref/idl folder (tests/node's packages are installed first when missing).</summary>
        public static string Corpus => RepositoryPaths.Corpus;

        /// <summary>The webidl2.js test cases copied into this project.</summary>
        public static string Cases => System.IO.Path.Combine(RepoRoot, "tests", "WebIdl.Language.Tests", "Cases");

        /// <summary>All corpus .idl files, sorted ordinally.</summary>
        public static string[] CorpusFiles() => RepositoryPaths.CorpusFiles();
    }
}
