using System;
using System.IO;

namespace WebIdl.Generator.Wiring.Tests.Infrastructure
{
    /// <summary>Locations in the repository.</summary>
    public static class RepoPaths
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

        /// <summary>The generator project file.</summary>
        public static string GeneratorProject => Path.Combine(RepoRoot, "generator", "WebIdl.Generator", "WebIdl.Generator.csproj");

        /// <summary>The generator's MSBuild props, which a ProjectReference consumer imports (NuGet imports them from the package).</summary>
        public static string GeneratorProps => Path.Combine(RepoRoot, "generator", "WebIdl.Generator", "build", "WebIdl.Generator.props");

        /// <summary>The runtime project file.</summary>
        public static string RuntimeProject => Path.Combine(RepoRoot, "runtime", "WebIdl.Runtime", "WebIdl.Runtime.csproj");

        /// <summary>The WebSocket sample IDL.</summary>
        public static string WebSocketSample => Path.Combine(RepoRoot, "generator", "WebIdl.Tool", "samples", "websocket.webidl");

        /// <summary>The configuration this test assembly was built in; the projects it references were built in it too.</summary>
        public static string Configuration =>
#if DEBUG
            "Debug";
#else
            "Release";
#endif
    }
}
