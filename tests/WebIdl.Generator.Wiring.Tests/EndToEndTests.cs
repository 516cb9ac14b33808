using System;
using System.IO;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>
    /// A real consumer project, built with <c>dotnet build</c>: the generator as a ProjectReference analyzer (its
    /// dependencies come with it through the generator project's GetTargetPath), its build/WebIdl.Generator.props
    /// imported, and the runtime as a ProjectReference, exactly as docs/generator-usage.md describes. The referenced projects are already built (this test project
    /// references both, in the same configuration), so the consumer builds with BuildProjectReferences=false and never
    /// writes into the repository.
    /// </summary>
    [Trait("Category", "E2E")]
    public sealed class EndToEndTests : IDisposable
    {
        private static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(150);
        private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

        private const string GreeterIdl =
            "/** Says hello. */\n" +
            "[Exposed=Window]\n" +
            "interface Greeter {\n" +
            "  /** The greeting for `name`. */\n" +
            "  DOMString greet(DOMString name);\n" +
            "};\n";

        private const string GreeterIdlWithAdd =
            "/** Says hello. */\n" +
            "[Exposed=Window]\n" +
            "interface Greeter {\n" +
            "  /** The greeting for `name`. */\n" +
            "  DOMString greet(DOMString name);\n" +
            "  /** The sum of two numbers. */\n" +
            "  long add(long a, long b);\n" +
            "};\n";

        private const string Program =
            "using E2E;\n" +
            "IGreeter greeter = new ConsoleGreeter();\n" +
            "Console.WriteLine(greeter.Greet(\"world\"));\n" +
            "\n" +
            "internal sealed class ConsoleGreeter : GreeterBase\n" +
            "{\n" +
            "    protected override string GreetCore(string name) => \"Hello, \" + name + \"!\";\n" +
            "}\n";

        private const string ProgramWithAdd =
            "using E2E;\n" +
            "IGreeter greeter = new ConsoleGreeter();\n" +
            "Console.WriteLine(greeter.Greet(\"world\"));\n" +
            "Console.WriteLine(\"2 + 3 = \" + greeter.Add(2, 3));\n" +
            "\n" +
            "internal sealed class ConsoleGreeter : GreeterBase\n" +
            "{\n" +
            "    protected override string GreetCore(string name) => \"Hello, \" + name + \"!\";\n" +
            "    protected override int AddCore(int a, int b) => a + b;\n" +
            "}\n";

        private readonly string root = Path.Combine(Path.GetTempPath(), "webidl-e2e-" + Guid.NewGuid().ToString("N"));

        [Fact]
        public void ConsumerBuildsRunsAndPicksUpAnIdlEdit()
        {
            var project = CreateConsumer("Consumer");
            File.WriteAllText(Path.Combine(project, "greeter.webidl"), GreeterIdl);
            File.WriteAllText(Path.Combine(project, "Program.cs"), Program);

            Build(project, expectSuccess: true);
            var first = Execute(project);
            Assert.Contains("Hello, world!", first, StringComparison.Ordinal);

            // Add an operation; the incremental build re-runs the generator and the program can call it.
            File.WriteAllText(Path.Combine(project, "greeter.webidl"), GreeterIdlWithAdd);
            File.WriteAllText(Path.Combine(project, "Program.cs"), ProgramWithAdd);
            Build(project, expectSuccess: true);
            var second = Execute(project);
            Assert.Contains("Hello, world!", second, StringComparison.Ordinal);
            Assert.Contains("2 + 3 = 5", second, StringComparison.Ordinal);
        }

        [Fact]
        public void BrokenIdlFailsTheBuildAtItsLineAndColumn()
        {
            var project = CreateConsumer("Broken");
            File.WriteAllText(Path.Combine(project, "x.webidl"), Samples.Broken);
            File.WriteAllText(Path.Combine(project, "Program.cs"), "Console.WriteLine(\"unreachable\");\n");

            var output = Build(project, expectSuccess: false);

            Assert.Contains("x.webidl(3,5): error WIDL", output, StringComparison.Ordinal);
        }

        [Fact]
        public void EventsDataFromAnEventsJsonFileAndFromMarkedAdditionalFilesTypesTheEvents()
        {
            // my-api.events.json is picked up by name; data/events.json (the name @webref/events ships) by metadata.
            var project = CreateConsumer("Events", "<AdditionalFiles Include=\"data/events.json\" WebIdlEvents=\"true\" />");
            File.WriteAllText(Path.Combine(project, "socket.webidl"),
                "[Exposed=Window]\ninterface Socket : EventTarget {\n  attribute EventHandler onmessage;\n  attribute EventHandler onping;\n};\n\n" +
                "[Exposed=Window]\ninterface PingEvent : Event {\n  constructor(DOMString type);\n  readonly attribute long count;\n};\n");
            File.WriteAllText(Path.Combine(project, "my-api.events.json"), "[ { \"type\": \"ping\", \"interface\": \"PingEvent\", \"targets\": [{ \"target\": \"Socket\" }] } ]\n");
            Directory.CreateDirectory(Path.Combine(project, "data"));
            File.WriteAllText(Path.Combine(project, "data", "events.json"), "[ { \"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{ \"target\": \"Socket\" }] } ]\n");
            File.WriteAllText(Path.Combine(project, "Program.cs"),
                "using E2E;\n" +
                "var socket = new MySocket();\n" +
                "socket.Message += e => Console.WriteLine(\"message \" + e.Data);\n" +
                "socket.Ping += e => Console.WriteLine(\"ping \" + e.Count);\n" +
                "socket.DispatchEvent(new WebIdl.Runtime.MessageEvent(\"message\", new WebIdl.Runtime.MessageEventInit { Data = \"hi\" }));\n" +
                "socket.DispatchEvent(new MyPing(\"ping\"));\n" +
                "\n" +
                "internal sealed class MySocket : SocketBase\n{\n}\n\n" +
                "internal sealed class MyPing : PingEventBase\n{\n    public MyPing(string type) : base(type, null) { }\n\n    protected override int CountCore => 3;\n}\n");

            Build(project, expectSuccess: true);
            var output = Execute(project);
            Assert.Contains("message hi", output, StringComparison.Ordinal);
            Assert.Contains("ping 3", output, StringComparison.Ordinal);
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

        private string CreateConsumer(string name, string extraItems = "")
        {
            var project = Path.Combine(root, name);
            Directory.CreateDirectory(project);

            // Stop MSBuild's search for Directory.Build.* above the temp folder, and use the repository's SDK.
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
            File.Copy(Path.Combine(RepoPaths.RepoRoot, "global.json"), Path.Combine(root, "global.json"), overwrite: true);

            File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>E2E</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{RepoPaths.GeneratorProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{RepoPaths.RuntimeProject}" />
                    {extraItems}
                  </ItemGroup>
                  <Import Project="{RepoPaths.GeneratorProps}" />
                </Project>
                """);
            return project;
        }

        private static string Build(string project, bool expectSuccess)
        {
            var result = DotNetCli.Run(
                project,
                BuildTimeout,
                "build", "--nologo", "-v", "q", "--disable-build-servers",
                "-c", RepoPaths.Configuration,
                "-p:BuildProjectReferences=false");
            if (expectSuccess)
            {
                Assert.True(result.ExitCode == 0, "dotnet build failed:\n" + result.Output);
            }
            else
            {
                Assert.True(result.ExitCode != 0, "dotnet build succeeded on broken IDL:\n" + result.Output);
            }

            return result.Output;
        }

        private static string Execute(string project)
        {
            var result = DotNetCli.Run(project, RunTimeout, "run", "--no-build", "-c", RepoPaths.Configuration);
            Assert.True(result.ExitCode == 0, "dotnet run failed:\n" + result.Output);
            return result.Output;
        }
    }
}
