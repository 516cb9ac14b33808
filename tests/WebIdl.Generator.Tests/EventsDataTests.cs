using System.Collections.Generic;
using System.IO;
using System.Linq;
using WebIdl.Generator.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// Events data (the @webref/events shape) types the C# events of event handler attributes: the reader, the
    /// typing rules (golden case "events"), the typed events' behaviour run for real, and the pinned @webref/events
    /// on the WebSocket sample and on the whole corpus.
    /// </summary>
    public class EventsDataTests
    {
        [Fact]
        public void ReadsEveryTargetOfEveryEntryInOrderWithoutRepeats()
        {
            const string json = "\uFEFF[\n  {\"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{\"target\": \"WebSocket\"}, {\"target\": \"Worker\", \"bubbles\": false}], \"href\": \"https://x/#\\u0041\"},\n" +
                "  {\"type\": \"close\", \"interface\": \"CloseEvent\", \"targets\": [{\"target\": \"WebSocket\"}], \"cancelable\": true, \"n\": -1.5e3, \"z\": null},\n" +
                "  {\"type\": \"message\", \"interface\": \"MessageEvent\", \"targets\": [{\"target\": \"WebSocket\"}]}\n]";
            var (entries, diagnostics) = EventsData.Parse("e.json", json);
            Assert.Empty(diagnostics);
            Assert.Equal(
                new[]
                {
                    new EventInterface("WebSocket", "close", "CloseEvent"),
                    new EventInterface("WebSocket", "message", "MessageEvent"),
                    new EventInterface("Worker", "message", "MessageEvent"),
                },
                entries.ToArray());
        }

        [Theory]
        [InlineData("{\"type\": \"x\"}", 1, 1, "expected a JSON array")]
        [InlineData("[\n  {\"type\": \"x\", \"interface\": \"Y\", \"targets\": [}\n]", 2, 47, "not valid JSON")]
        [InlineData("[\n  {\"type\": \"x\", \"interface\": \"Y\"\n", 3, 1, "expected ',' or '}'")]
        [InlineData("[\"a\" \"b\"]", 1, 6, "expected ',' or ']'")]
        [InlineData("[\"\\q\"]", 1, 4, "unknown escape")]
        public void InvalidJsonIsOneWarningAtItsPlace(string json, int line, int column, string message)
        {
            var (entries, diagnostics) = EventsData.Parse("e.json", json);
            Assert.Empty(entries);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("WIDL0204", diagnostic.Id);
            Assert.False(diagnostic.IsError);
            Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
            Assert.Contains(message, diagnostic.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void AnEntryOfAnotherShapeIsLeftOutWithAWarningAndTheRestIsRead()
        {
            const string json = "[\n  {\"type\": \"x\", \"targets\": []},\n  3,\n  {\"type\": \"y\", \"interface\": \"Y\", \"targets\": [{\"name\": \"T\"}, {\"target\": \"U\"}]}\n]";
            var (entries, diagnostics) = EventsData.Parse("e.json", json);
            Assert.Equal(new[] { new EventInterface("U", "y", "Y") }, entries.ToArray());
            Assert.Equal(new[] { (2, 3), (3, 3), (4, 47) }, diagnostics.Select(d => (d.Span.Line, d.Span.Column)).ToArray());
            Assert.All(diagnostics, d => Assert.Equal("WIDL0204", d.Id));
        }

        [Fact]
        public void WithoutEventsDataOnlyTheExtendedAttributeTypes()
        {
            var (files, _) = Generate.Run(GoldenCases.Sources("events"));
            var pinger = files.Single(f => f.Key.EndsWith(".Pinger.g.cs", System.StringComparison.Ordinal)).Value;
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Ping", pinger);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? CloseEvent", pinger);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Chat", pinger);
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.IPongEvent>? Pong", pinger);
            var loud = files.Single(f => f.Key.EndsWith(".LoudPinger.g.cs", System.StringComparison.Ordinal)).Value;
            Assert.DoesNotContain("global::System.Action<", loud);
            Assert.DoesNotContain("TypedListener", loud);
        }

        [Fact]
        public void TypedEventsFollowTheDataAndTheExtendedAttribute()
        {
            var pinger = GoldenCases.CSharp("events").Single(f => f.Key.EndsWith(".Pinger.g.cs", System.StringComparison.Ordinal)).Value;
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.IPingEvent>? Ping", pinger);
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.IPongEvent>? Pong", pinger); // the attribute wins over the data
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Open", pinger); // Event: untyped
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Other", pinger); // another target only
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Both", pinger); // two interfaces: untyped
            Assert.Contains("public event global::System.Action<global::WebIdl.Runtime.CloseEvent>? CloseEvent", pinger); // the runtime's
            Assert.Contains("public event global::System.Action<global::WebIdl.Runtime.MessageEvent>? Chat", pinger); // from a mixin
            Assert.Contains("public global::WebIdl.Runtime.EventHandlerNonNull? OnPing", pinger); // the handler stays IDL-faithful
            var loud = GoldenCases.CSharp("events").Single(f => f.Key.EndsWith(".LoudPinger.g.cs", System.StringComparison.Ordinal)).Value;
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.IPingEvent>? Shout", loud); // the data names the base
        }

        [Fact]
        public void TypedEventsAddOnceRemoveByEqualDelegateAndSeeWhatTheHandlerSees()
        {
            var sources = new List<KeyValuePair<string, string>>(GoldenCases.CSharp("events"))
            {
                new("Check.cs", """
                    #pragma warning disable CS1591
                    namespace Check;

                    public sealed class Pinger : global::WebIdl.Generated.PingerBase
                    {
                        protected override void CloseCore() { }
                    }

                    public sealed class Ping : global::WebIdl.Generated.PingEventBase
                    {
                        public Ping(string type) : base(type, null) { }
                        protected override uint CountCore => 7;
                    }

                    public sealed class Counter
                    {
                        public int Calls;
                        public void On(global::WebIdl.Generated.IPingEvent e) => Calls += (int)e.Count;
                    }

                    public static class Run
                    {
                        public static string Go()
                        {
                            var log = new System.Collections.Generic.List<string>();
                            var target = new Pinger();
                            var counter = new Counter();
                            System.Action<global::WebIdl.Generated.IPingEvent> lambda = e => log.Add("lambda " + e.Count);
                            target.Ping += lambda;
                            target.Ping += lambda;                 // the same listener: added once
                            target.Ping += counter.On;             // a method group
                            target.OnPing = e => { log.Add("handler " + e.Type + " " + ((global::WebIdl.Generated.IPingEvent)e).Count); return null; };
                            target.DispatchEvent(new Ping("ping"));
                            target.Ping -= counter.On;             // another delegate instance, equal: removed
                            target.Ping -= lambda;
                            target.DispatchEvent(new Ping("ping"));
                            target.Ping -= lambda;                 // nothing left to remove
                            log.Add("counter " + counter.Calls);
                            return string.Join("|", log);
                        }
                    }
                    """),
            };
            var compilation = CSharpCompiler.Compile(sources, "EventsBehaviour");
            var problems = CSharpCompiler.Problems(compilation);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            var run = CSharpCompiler.Load(compilation).GetType("Check.Run")!.GetMethod("Go")!;
            Assert.Equal("lambda 7|handler ping 7|handler ping 7|counter 7", (string)run.Invoke(null, null)!);
        }

        [Fact]
        public void ThePinnedWebrefEventsTypeWebSocketsMessageAndCloseEvents()
        {
            var path = Path.Combine(RepositoryPaths.NodeProject, "node_modules", "@webref", "events", "events.json");
            _ = RepositoryPaths.Corpus; // installs tests/node's packages when missing
            var (events, diagnostics) = EventsData.Parse(path, File.ReadAllText(path));
            Assert.Empty(diagnostics);
            Assert.True(events.Count > 500, "expected the whole @webref/events list, got " + events.Count);
            var (files, _) = Generate.Run(Generate.Read(TestPaths.WebSocketSample), new GeneratorOptions { Events = events });
            var socket = files.Single(f => f.Key.EndsWith(".WebSocket.g.cs", System.StringComparison.Ordinal)).Value;
            Assert.Contains("public event global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message", socket);
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.ICloseEvent>? CloseEvent", socket);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Open", socket);
            Assert.Contains("public event global::WebIdl.Runtime.EventListener? Error", socket);
        }

        [Fact]
        public void WholeCorpusWithThePinnedEventsCompiles()
        {
            var path = Path.Combine(RepositoryPaths.NodeProject, "node_modules", "@webref", "events", "events.json");
            var sources = Generate.Read(TestPaths.CorpusFiles()).ToList();
            var (events, _) = EventsData.Parse(path, File.ReadAllText(path));
            var (files, diagnostics) = Generate.Run(sources, new GeneratorOptions { Events = events });
            Assert.DoesNotContain(diagnostics, d => d.IsError);
            var socket = files.Single(f => f.Key.EndsWith(".WebSocket.g.cs", System.StringComparison.Ordinal)).Value;
            // The corpus defines MessageEvent and CloseEvent, so their generated contracts stand for them, as everywhere in it.
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.IMessageEvent>? Message", socket);
            Assert.Contains("public event global::System.Action<global::WebIdl.Generated.ICloseEvent>? CloseEvent", socket);
            var typed = files.Values.Sum(text => CountOf(text, "public event global::System.Action<") + CountOf(text, "public new event global::System.Action<"));
            Assert.True(typed > 200, "expected hundreds of typed events, got " + typed);

            var compilation = CSharpCompiler.Compile(files, "WebPlatformWithEvents");
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
        }

        private static int CountOf(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, System.StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
