using WebIdl.Tests.Shared;

namespace WebIdl.Tool.Tests
{
    /// <summary>The repository, the shipped samples and the pinned @webref/idl corpus.</summary>
    internal static class ToolTestPaths
    {
        /// <summary>The repository root (the folder holding Bindings.sln).</summary>
        public static string RepoRoot => RepositoryPaths.RepoRoot;

        /// <summary>generator/WebIdl.Tool/samples.</summary>
        public static string Samples => RepositoryPaths.Samples;

        /// <summary>The shipped WebSocket IDL.</summary>
        public static string WebSocketSample => RepositoryPaths.WebSocketSample;

        /// <summary>The installed @webref/idl folder; runs <c>npm ci</c> in tests/node once when it is missing.</summary>
        public static string Corpus => RepositoryPaths.Corpus;
    }
}
