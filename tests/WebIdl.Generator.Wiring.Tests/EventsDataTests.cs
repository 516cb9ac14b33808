using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.Binding;
using WebIdl.Generator.SourceGenerator;
using WebIdl.Generator.SourceGenerator.Model;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>
    /// Events data through the driver: an additional file named <c>*.events.json</c> (or with <c>WebIdlEvents</c>
    /// metadata) types event handler attributes' C# events; it is one more input, read once per change of its own:
    /// an IDL edit does not read it again, and an edit of it re-binds only the definitions whose typed events change.
    /// </summary>
    public sealed class EventsDataTests
    {
        private const string Sockets =
            "[Exposed=Window]\ninterface Socket : EventTarget {\n  attribute EventHandler onmessage;\n  attribute EventHandler onopen;\n  undefined send(DOMString data);\n};\n\n" +
            "[Exposed=Window]\ninterface Channel : EventTarget {\n  attribute EventHandler onmessage;\n};\n\n" +
            "[Exposed=Window]\ninterface Gadget {\n  attribute long count;\n};\n";

        private const string Events =
            "[\n  { \"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{ \"target\": \"Socket\" }, { \"target\": \"Channel\" }] },\n" +
            "  { \"type\": \"open\", \"interface\": \"Event\", \"targets\": [{ \"target\": \"Socket\" }] }\n]\n";

        private readonly ITestOutputHelper output;

        public EventsDataTests(ITestOutputHelper output) => this.output = output;

        private static string Source(GeneratorRunResult result, string name) =>
            result.GeneratedSources.Single(s => s.HintName.EndsWith("." + name + ".g.cs", System.StringComparison.Ordinal)).SourceText.ToString();

        private static (GeneratorDriver Driver, Compilation Compilation, AdditionalText Idl, AdditionalText Events) FirstRun(string eventsPath = "/src/web.events.json", TestOptionsProvider? options = null)
        {
            var idl = new InMemoryAdditionalText("/src/sockets.webidl", Sockets);
            var events = new InMemoryAdditionalText(eventsPath, Events);
            var compilation = CreateCompilation("class C { }");
            var driver = CreateDriver(new AdditionalText[] { idl, events }, options).RunGenerators(compilation);
            Assert.Null(Result(driver).Exception);
            return (driver, compilation, idl, events);
        }

        [Fact]
        public void AnEventsJsonFileTypesTheEvents()
        {
            var result = Result(FirstRun().Driver);
            Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Contains("public event global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", Source(result, "Socket"));
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Open", Source(result, "Socket"));
            Assert.Contains("public event global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", Source(result, "Channel"));

            // The generated code compiles against the runtime.
            var compilation = CreateCompilation("class C { }").AddSyntaxTrees(result.GeneratedSources.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(s.SourceText, TestParseOptions, s.HintName)));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void MetadataOptsAFileInOrOut()
        {
            var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["/src/events.json"] = new Dictionary<string, string> { ["WebIdlEvents"] = "true" } };
            var optedIn = Result(FirstRun("/src/events.json", new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" }, metadata)).Driver);
            Assert.Contains("global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", Source(optedIn, "Socket"));

            var plain = Result(FirstRun("/src/events.json").Driver);
            Assert.DoesNotContain("global::System.Action<", Source(plain, "Socket"));

            var optOut = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["/src/web.events.json"] = new Dictionary<string, string> { ["WebIdlEvents"] = "false" } };
            var optedOut = Result(FirstRun("/src/web.events.json", new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" }, optOut)).Driver);
            Assert.DoesNotContain("global::System.Action<", Source(optedOut, "Socket"));
        }

        [Fact]
        public void InvalidEventsDataIsAWarningInTheJsonFile()
        {
            var idl = new InMemoryAdditionalText("/src/sockets.webidl", Sockets);
            var events = new InMemoryAdditionalText("/src/bad.events.json", "[\n  { \"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{ \"target\": \"Socket\" }] },\n  { oops }\n]");
            var result = Result(CreateDriver(new AdditionalText[] { idl, events }).RunGenerators(CreateCompilation("class C { }")));
            var warning = Assert.Single(result.Diagnostics, d => d.Id == "WIDL0204");
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal("/src/bad.events.json", warning.Location.GetLineSpan().Path);
            Assert.Equal(2, warning.Location.GetLineSpan().StartLinePosition.Line);

            // A file that is not valid JSON is left out whole.
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Message", Source(result, "Socket"));
        }

        [Fact]
        public void AnIdlEditDoesNotReadTheEventsDataAgain()
        {
            var (driver, compilation, idl, events) = FirstRun();
            var edited = new InMemoryAdditionalText(idl.Path, Sockets.Replace("  attribute long count;\n", "  attribute long count;\n  undefined reset();\n", System.StringComparison.Ordinal));
            var result = Result(driver.ReplaceAdditionalText(idl, edited).RunGenerators(compilation));
            output.WriteLine(Describe(result));

            var read = StepOutputs(result, TrackingNames.EventsFiles).Where(o => o.Value is EventsFile { IsData: true }).ToList();
            Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(read).Reason);
            Assert.All(StepOutputs(result, TrackingNames.Events), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.All(StepOutputs(result, TrackingNames.BindingOptions), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.Contains("global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", Source(result, "Socket"));
        }

        [Fact]
        public void AnEventsDataEditReBindsOnlyTheDefinitionsItRetypes()
        {
            var (driver, compilation, _, events) = FirstRun();
            var edited = new InMemoryAdditionalText(events.Path, Events.Replace("{ \"target\": \"Socket\" }, { \"target\": \"Channel\" }", "{ \"target\": \"Socket\" }", System.StringComparison.Ordinal));
            var result = Result(driver.ReplaceAdditionalText(events, edited).RunGenerators(compilation));
            var describe = Describe(result);
            output.WriteLine(describe);

            Assert.Contains(StepOutputs(result, TrackingNames.Events), o => o.Reason == IncrementalStepRunReason.Modified);
            var rebound = StepOutputs(result, TrackingNames.BindOne)
                .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
                .Select(o => ((BoundDefinition)o.Value).Name)
                .ToList();
            Assert.Equal(new[] { "Channel" }, rebound);
            var reEmitted = DefinitionOutputs(result).Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => o.Definition.IdlName).ToList();
            Assert.Equal(new[] { "Channel" }, reEmitted);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Message", Source(result, "Channel"));
            Assert.Contains("global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", Source(result, "Socket"));
        }
    }
}
