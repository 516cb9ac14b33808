using System;
using System.IO;
using System.Linq;
using WebIdl.Generator.Corpus.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Generator.Corpus.Tests
{
    /// <summary>
    /// All 334 files of @webref/idl 3.85.0 in one consumer project, built with <c>dotnet build</c> exactly as a user
    /// builds: the files copied in as <c>idl/*.webidl</c> and picked up by the <c>**/*.webidl</c> glob of
    /// build/WebIdl.Generator.props, the generator referenced in the analyzer form (ProjectReference with
    /// <c>OutputItemType="Analyzer"</c>, as docs/generator-usage.md describes), the runtime referenced, XML
    /// documentation generated, and every warning an error except the documented notices (<see cref="Notices"/>).
    /// The referenced projects are already built (this test project references both, in the same configuration), so
    /// the consumer builds with <c>BuildProjectReferences=false</c> and writes nothing into the repository.
    /// </summary>
    [Trait("Category", "E2E")]
    public sealed class WholeCorpusBuildTests : IDisposable
    {
        private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

        private readonly ITestOutputHelper output;
        private readonly string root = Path.Combine(Path.GetTempPath(), "webidl-corpus-" + Guid.NewGuid().ToString("N"));

        public WholeCorpusBuildTests(ITestOutputHelper output) => this.output = output;

        private static string Configuration =>
#if DEBUG
            "Debug";
#else
            "Release";
#endif

        [Fact]
        public void AllCorpusFilesBuildInOneConsumerWithOnlyDocumentedNotices()
        {
            var corpus = RepositoryPaths.CorpusFiles();
            Assert.Equal(334, corpus.Length);
            var project = CreateConsumer(corpus);

            var result = DotNetCli.Run(
                project,
                BuildTimeout,
                "build", "--nologo", "-v:q", "-clp:NoSummary", "--disable-build-servers",
                "-c", Configuration,
                "-p:BuildProjectReferences=false");

            var diagnostics = BuildDiagnostics.Parse(result.Output);
            var errors = diagnostics.Where(d => d.Severity == "error").ToList();
            var warnings = diagnostics.Where(d => d.Severity == "warning").ToList();
            var unexpected = warnings.Where(d => !Notices.IsAllowed(d.Id)).ToList();
            var notMapped = warnings.Where(d => Notices.NotMapped.Contains(d.Id)).ToList();
            var lint = warnings.Where(d => Notices.IdlLint.Contains(d.Id)).ToList();

            foreach (var notice in notMapped)
            {
                output.WriteLine(notice.ToString());
            }

            // EmitCompilerGeneratedFiles writes them under obj/<configuration>/<framework>/generated/.
            var generated = Directory.GetFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories)
                .Count(path => path.Contains(Path.DirectorySeparatorChar + "generated" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            var summary = $"whole corpus, dotnet build: {corpus.Length} files, exit code {result.ExitCode}, {result.Elapsed.TotalSeconds:0.0} s; " +
                $"{errors.Count} errors, {unexpected.Count} other warnings; not-mapped notices: {Notices.Counts(notMapped.Select(d => d.Id))}; " +
                $"IDL lint notices: {Notices.Counts(lint.Select(d => d.Id))}; generated files on disk: {generated}";
            output.WriteLine(summary);
            Console.WriteLine(summary);

            Assert.True(errors.Count == 0 && unexpected.Count == 0 && result.ExitCode == 0,
                summary + "\n" + string.Join("\n", errors.Concat(unexpected).Take(40)) + (errors.Count + unexpected.Count == 0 ? "\n" + Tail(result.Output) : ""));
            Assert.NotEmpty(notMapped);
            Assert.True(generated > 3000, "the generator wrote " + generated + " files");
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private string CreateConsumer(string[] corpus)
        {
            var project = Path.Combine(root, "Consumer");
            var idl = Path.Combine(project, "idl");
            Directory.CreateDirectory(idl);

            // Stop MSBuild's search for Directory.Build.* above the temp folder, and use the repository's SDK.
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
            File.Copy(Path.Combine(RepositoryPaths.RepoRoot, "global.json"), Path.Combine(root, "global.json"), overwrite: true);

            foreach (var file in corpus)
            {
                File.Copy(file, Path.Combine(idl, Path.GetFileNameWithoutExtension(file) + ".webidl"));
            }

            var generator = Path.Combine(RepositoryPaths.RepoRoot, "generator", "WebIdl.Generator");
            var runtime = Path.Combine(RepositoryPaths.RepoRoot, "runtime", "WebIdl.Runtime", "WebIdl.Runtime.csproj");
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>{InProcessBuild.RootNamespace}</RootNamespace>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <WarningsNotAsErrors>{string.Join(";", Notices.Allowed)}</WarningsNotAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Path.Combine(generator, "WebIdl.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{runtime}" />
                  </ItemGroup>
                  <Import Project="{Path.Combine(generator, "build", "WebIdl.Generator.props")}" />
                </Project>
                """);

            // One use of a generated contract and stub, so the build proves they are usable from C#.
            File.WriteAllText(Path.Combine(project, "Uses.cs"), $$"""
                namespace {{InProcessBuild.RootNamespace}}.Uses;

                /// <summary>Names generated types, so a missing one is a compile error.</summary>
                public static class GeneratedTypes
                {
                    /// <summary>Types of the WebSocket, DOM and Fetch specifications.</summary>
                    public static readonly System.Type[] All =
                    {
                        typeof(global::{{InProcessBuild.RootNamespace}}.IWebSocket),
                        typeof(global::{{InProcessBuild.RootNamespace}}.WebSocketBase),
                        typeof(global::{{InProcessBuild.RootNamespace}}.IDocument),
                        typeof(global::{{InProcessBuild.RootNamespace}}.RequestInit),
                    };
                }
                """);
            return project;
        }

        private static string Tail(string text) => text.Length <= 4000 ? text : text.Substring(text.Length - 4000);
    }
}
