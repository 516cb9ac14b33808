using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace WebIdl.Tool.Tests
{
    public class WatchTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        /// <summary><c>watch</c> running in-process on a task, with its output readable while it runs.</summary>
        private sealed class WatchRun : IDisposable
        {
            private readonly CancellationTokenSource stop = new();
            private readonly StringWriter stdout = new();
            private readonly StringWriter stderr = new();
            private readonly TextWriter syncOut;
            private readonly TextWriter syncErr;

            public WatchRun(params string[] args)
            {
                syncOut = TextWriter.Synchronized(stdout);
                syncErr = TextWriter.Synchronized(stderr);
                Running = Task.Run(() => Program.Run(args, syncOut, syncErr, stop.Token));
            }

            public Task<int> Running { get; }

            public string Stdout
            {
                get
                {
                    lock (syncOut)
                    {
                        return stdout.ToString();
                    }
                }
            }

            public string Stderr
            {
                get
                {
                    lock (syncErr)
                    {
                        return stderr.ToString();
                    }
                }
            }

            /// <summary>The summary lines printed after changes.</summary>
            public string[] Regenerations => Stdout.Split('\n').Where(line => line.StartsWith("regenerated ", StringComparison.Ordinal)).ToArray();

            public void Until(Func<bool> condition, string what)
            {
                var clock = Stopwatch.StartNew();
                while (!condition())
                {
                    if (Running.IsCompleted)
                    {
                        throw new Xunit.Sdk.XunitException($"watch ended (exit {Running.Result}) while waiting for {what}\n{Stdout}\n{Stderr}");
                    }

                    if (clock.Elapsed > Patience)
                    {
                        throw new Xunit.Sdk.XunitException($"timed out after {Patience.TotalSeconds} s waiting for {what}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}");
                    }

                    Thread.Sleep(20);
                }
            }

            public int Stop()
            {
                stop.Cancel();
                Assert.True(Running.Wait(Patience), "watch did not stop after cancellation");
                return Running.Result;
            }

            public void Dispose()
            {
                stop.Cancel();
                try
                {
                    Running.Wait(Patience);
                }
                catch (AggregateException)
                {
                }

                stop.Dispose();
            }
        }

        [Fact]
        public void RegeneratesOnEditsCreationsAndDeletionsUntilCancelled()
        {
            using var dir = new TempDir();
            var input = Path.Combine(dir.Path, "in");
            var a = dir.Write("in/a.webidl", "[Exposed=Window]\ninterface A { attribute long x; };\n");
            var output = Path.Combine(dir.Path, "out");
            using var watch = new WatchRun("watch", input, "--out", output);

            watch.Until(() => watch.Stdout.Contains("watching 1 path for changes"), "the first generation");
            Assert.Matches(new Regex(@"^generated \d+ files? in \d+ ms, 0 errors\n", RegexOptions.Multiline), watch.Stdout);
            Assert.Equal(GenerateTests.Expected(new[] { a }), GenerateTests.Written(output));

            // An edit: the output becomes what the pipeline renders for the new text.
            File.WriteAllText(a, "[Exposed=Window]\ninterface A { attribute long x; undefined f(DOMString s); };\nenum E { \"one\", \"two\" };\n");
            watch.Until(() => watch.Regenerations.Length >= 1, "a regeneration after an edit");
            Assert.Matches(new Regex(@"^regenerated \d+ files? in \d+ ms, 0 errors$"), watch.Regenerations[0].TrimEnd('\r'));
            watch.Until(() => GenerateTests.Expected(new[] { a }).SequenceEqual(GenerateTests.Written(output)), "the output of the edited input");

            // A syntax error: reported, counted, and the last good output stays.
            var before = GenerateTests.Written(output);
            File.WriteAllText(a, "interface Broken {\n  attribute long x;\n    = 3;\n};\n");
            watch.Until(() => watch.Regenerations.Any(line => line.Contains(", 1 error")), "a regeneration reporting the error");
            Assert.Contains(a + "(3,5): error WIDL0007: ", watch.Stderr);
            Assert.Equal(before, GenerateTests.Written(output));

            // A new file in the watched directory joins the set; fixing the broken one is seen too.
            var count = watch.Regenerations.Length;
            var b = dir.Write("in/nested/b.idl", "enum B { \"y\" };\n");
            File.WriteAllText(a, "[Exposed=Window]\ninterface A { attribute B b; };\n");
            watch.Until(() => watch.Regenerations.Length > count && watch.Regenerations.Last().EndsWith(", 0 errors", StringComparison.Ordinal), "a clean regeneration with the new file");
            watch.Until(() => GenerateTests.Expected(new[] { a, b }).SequenceEqual(GenerateTests.Written(output)), "the output of both files");

            // Deleting the new file: A's reference to B is now an error.
            count = watch.Regenerations.Length;
            File.Delete(b);
            watch.Until(() => watch.Regenerations.Length > count && watch.Regenerations.Last().Contains(", 1 error"), "a regeneration after the deletion");
            Assert.Contains("error WIDL0100", watch.Stderr);

            Assert.Equal(0, watch.Stop());
        }

        [Fact]
        public void AWatchedFileReplacedByRenameIsSeen()
        {
            using var dir = new TempDir();
            var a = dir.Write("a.webidl", "enum E { \"one\" };\n");
            var output = Path.Combine(dir.Path, "out");
            using var watch = new WatchRun("watch", a, "--out", output);
            watch.Until(() => watch.Stdout.Contains("watching 1 path"), "the first generation");

            // How many editors save: write a temporary file, then rename it over the original.
            var temporary = dir.Write("a.webidl.tmp", "enum E { \"one\", \"two\" };\n");
            File.Move(temporary, a, overwrite: true);

            watch.Until(() => watch.Regenerations.Length >= 1, "a regeneration after the rename");
            watch.Until(() => GenerateTests.Expected(new[] { a }).SequenceEqual(GenerateTests.Written(output)), "the output of the renamed file");

            // Other files in the same directory are not inputs.
            var count = watch.Regenerations.Length;
            dir.Write("other.webidl", "this is not even WebIDL");
            Thread.Sleep(600);
            Assert.Equal(count, watch.Regenerations.Length);
            Assert.Equal(0, watch.Stop());
        }

        [Fact]
        public void EventsDataIsWatchedAndReadAgainOnEveryRun()
        {
            using var dir = new TempDir();
            var input = Path.Combine(dir.Path, "in");
            var idl = dir.Write("in/socket.webidl", "[Exposed=Window]\ninterface Socket : EventTarget {\n  attribute EventHandler onmessage;\n};\n");
            var events = dir.Write("data/socket.events.json", Events("Event"));
            var output = Path.Combine(dir.Path, "out");
            string Socket() => GenerateTests.Written(output).TryGetValue("WebIdl.Generated.Socket.g.cs", out var text) ? text : "";
            const string Untyped = "public event global::WebIdl.Runtime.EventListener? Message";
            const string Typed = "public event global::System.Action<global::WebIdl.Runtime.MessageEvent>? Message";
            using var watch = new WatchRun("watch", input, "--events", events, "--out", output);

            watch.Until(() => watch.Stdout.Contains("watching 1 path and 1 events file for changes"), "the first generation");
            Assert.Contains(Untyped, Socket());

            // An edit of the events data alone regenerates, with the data read again.
            File.WriteAllText(events, Events("MessageEvent"));
            watch.Until(() => watch.Regenerations.Length >= 1 && Socket().Contains(Typed), "a regeneration with the edited events data");
            Assert.EndsWith(", 0 errors", watch.Regenerations.Last().TrimEnd('\r'));

            // Data that is no longer valid JSON: the WIDL0204 warning, and the events untyped again.
            var count = watch.Regenerations.Length;
            File.WriteAllText(events, "[\n  {,\n]");
            watch.Until(() => watch.Regenerations.Length > count && Socket().Contains(Untyped), "a regeneration without the broken data");
            Assert.Contains(events + "(2,4): warning WIDL0204: Events data: not valid JSON", watch.Stderr);

            // An events file that disappears is reported as an error of that run, and watching goes on.
            count = watch.Regenerations.Length;
            File.Delete(events);
            watch.Until(() => watch.Regenerations.Length > count && watch.Regenerations.Last().Contains(", 1 error"), "a regeneration reporting the missing data");
            Assert.Contains("webidl watch: --events: cannot read '" + events + "'", watch.Stderr);

            // Back again, and an IDL edit reads it too.
            count = watch.Regenerations.Length;
            File.WriteAllText(events, Events("MessageEvent"));
            File.WriteAllText(idl, "[Exposed=Window]\ninterface Socket : EventTarget {\n  attribute EventHandler onmessage;\n  attribute long n;\n};\n");
            watch.Until(() => watch.Regenerations.Length > count && watch.Regenerations.Last().EndsWith(", 0 errors", StringComparison.Ordinal) && Socket().Contains(Typed) && Socket().Contains(" N "), "a clean regeneration with the data back");

            Assert.Equal(0, watch.Stop());
        }

        private static string Events(string eventInterface) =>
            "[{ \"type\": \"message\", \"interface\": \"" + eventInterface + "\", \"targets\": [{ \"target\": \"Socket\" }] }]\n";

        [Fact]
        public void AMissingInputIsAUsageError()
        {
            using var dir = new TempDir();

            var run = ToolRun.Of("watch", Path.Combine(dir.Path, "nope.webidl"), "--out", Path.Combine(dir.Path, "out"));

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("no such file or directory", run.Stderr);
        }
    }
}
