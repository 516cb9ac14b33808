using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Generator.Packaging.Tests
{
    /// <summary>
    /// Packs the runtime and the generator into a local folder feed, then builds and runs fresh consumer projects
    /// that use a PackageReference, exactly as someone else's project would: one with the SDK's compiler and one with
    /// the older compiler of Microsoft.Net.Compilers.Toolset 4.14.0, to prove the supported-hosts claim.
    /// </summary>
    public sealed class PackagedGeneratorTests : IClassFixture<PackagedGeneratorTests.Feed>
    {
        private const string Idl = @"// A small API, in the style of the WebSocket IDL.
enum Mode { ""fast"", ""slow-and-steady"" };

/** A greeter. */
[Exposed=Window]
interface Greeter {
  constructor(DOMString name);
  const unsigned short MAX = 3;
  readonly attribute DOMString name;
  attribute Mode mode;
  DOMString greet(optional [Clamp] octet times = 1);
};
";

        private const string Program = @"using System;
using Consumer.Bindings;

sealed class MyGreeter : GreeterBase
{
    private Mode mode = Mode.Fast;
    protected override string NameCore => ""Ada"";
    protected override Mode ModeCore { get => mode; set => mode = value; }
    protected override string GreetCore(byte times) => string.Concat(System.Linq.Enumerable.Repeat(""hi "", times)) + NameCore;
}

static class Program
{
    static int Main()
    {
        IGreeter greeter = new MyGreeter();
        greeter.Mode = (Mode)42;          // outside the IDL set: the setter ignores it
        Console.WriteLine(greeter.Mode.ToIdlString());
        Console.WriteLine(greeter.Greet(2));
        Console.WriteLine(((MyGreeter)greeter).Greet(1000)); // [Clamp] octet: 255 times
        Console.WriteLine(GreeterBase.MAX);
        return 0;
    }
}
";

        private readonly Feed feed;
        private readonly ITestOutputHelper output;

        public PackagedGeneratorTests(Feed feed, ITestOutputHelper output)
        {
            this.feed = feed;
            this.output = output;
        }

        [Fact]
        public async Task ConsumerWithPackageReferenceBuildsAndRuns()
        {
            var run = await BuildAndRun(compilerToolset: null);
            Assert.Contains("fast", run);
            Assert.Contains("hi hi Ada", run);
            Assert.Contains(string.Concat(Enumerable.Repeat("hi ", 255)) + "Ada", run);
        }

        [Fact]
        public async Task ConsumerWithRoslyn414CompilerBuildsAndRuns()
        {
            var run = await BuildAndRun(compilerToolset: "4.14.0");
            Assert.Contains("hi hi Ada", run);
        }

        private async Task<string> BuildAndRun(string? compilerToolset)
        {
            var dir = Directory.CreateTempSubdirectory("webidl-consumer-").FullName;
            try
            {
                var toolset = compilerToolset is null
                    ? ""
                    : $"    <PackageReference Include=\"Microsoft.Net.Compilers.Toolset\" Version=\"{compilerToolset}\" PrivateAssets=\"all\" />\n";
                File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <!-- Generated public types carry XML docs: with warnings as errors, any CS1591 would fail this build. -->
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <RootNamespace>Consumer</RootNamespace>
    <WebIdlNamespace>Consumer.Bindings</WebIdlNamespace>
    <RestorePackagesPath>{feed.PackagesPath}</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""WebIdl.Generator"" Version=""{feed.Version}"" />
{toolset}  </ItemGroup>
</Project>
");
                File.WriteAllText(Path.Combine(dir, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <add key=""local-feed"" value=""{feed.FeedPath}"" />
  </packageSources>
</configuration>
");
                File.WriteAllText(Path.Combine(dir, "greeter.webidl"), Idl);
                File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);

                var build = await Dotnet(dir, "build", "--nologo", "-v", "q");
                output.WriteLine(build.Output);
                Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
                if (compilerToolset is not null)
                {
                    Assert.Contains(Path.Combine("microsoft.net.compilers.toolset", compilerToolset), File.ReadAllText(Path.Combine(dir, "obj", "project.assets.json")).Replace('/', Path.DirectorySeparatorChar), StringComparison.OrdinalIgnoreCase);
                }

                var run = await Dotnet(dir, "run", "--no-build");
                Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
                return run.Output;
            }
            finally
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        internal static async Task<(int ExitCode, string Output)> Dotnet(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // Do not let the test host's MSBuild environment leak into the child build.
            foreach (var name in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH" })
            {
                start.Environment.Remove(name);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var exited = await Task.Run(() => process.WaitForExit(300_000));
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out after 300 s\n" + await stdout + await stderr);
            }

            return (process.ExitCode, await stdout + await stderr);
        }

        /// <summary>A local folder feed with freshly packed WebIdl.Runtime and WebIdl.Generator of a unique version.</summary>
        public sealed class Feed : IAsyncLifetime
        {
            public string Version { get; } = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

            public string FeedPath { get; } = Directory.CreateTempSubdirectory("webidl-feed-").FullName;

            public string PackagesPath { get; } = Directory.CreateTempSubdirectory("webidl-packages-").FullName;

            public async Task InitializeAsync()
            {
                var root = RepoRoot();
                var configuration = AppContext.BaseDirectory.Contains(Path.DirectorySeparatorChar + "Release" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "Release" : "Debug";
                foreach (var project in new[] { "runtime/WebIdl.Runtime/WebIdl.Runtime.csproj", "generator/WebIdl.Generator/WebIdl.Generator.csproj" })
                {
                    var pack = await Dotnet(root, "pack", project, "-c", configuration, "--no-build", "--nologo", "-o", FeedPath, "-p:PackageVersion=" + Version);
                    Assert.True(pack.ExitCode == 0, $"dotnet pack {project} failed:\n{pack.Output}");
                }
            }

            public Task DisposeAsync()
            {
                foreach (var dir in new[] { FeedPath, PackagesPath })
                {
                    try
                    {
                        Directory.Delete(dir, recursive: true);
                    }
                    catch (IOException)
                    {
                    }
                }

                return Task.CompletedTask;
            }

            private static string RepoRoot()
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bindings.sln")))
                {
                    dir = dir.Parent;
                }

                return dir?.FullName ?? throw new InvalidOperationException("Bindings.sln not found");
            }
        }
    }
}
