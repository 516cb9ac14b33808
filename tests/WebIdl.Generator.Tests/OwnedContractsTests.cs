using System;
using System.Collections.Generic;
using System.Linq;
using WebIdl.Generator.Binding;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// <see cref="GeneratorOptions.OwnedContracts"/> (MSBuild <c>WebIdlOwnedContracts</c>): the interfaces the runtime
    /// owns get their contract alone; without the option the output is what it always was.
    /// </summary>
    public class OwnedContractsTests
    {
        private static readonly string[] OwnedFiles =
        {
            "WebIdl.Generated.AddEventListenerOptionsOrBoolean.g.cs", "WebIdl.Generated.Event.g.cs",
            "WebIdl.Generated.EventListenerOptionsOrBoolean.g.cs", "WebIdl.Generated.EventTarget.g.cs",
        };

        [Fact]
        public void TheOptionAddsTheContractsAndChangesNothingElse()
        {
            var sources = GoldenCases.Sources("owned-contracts");
            var (off, offDiagnostics) = Generate.Run(sources);
            var (on, onDiagnostics) = Generate.Run(sources, new GeneratorOptions { OwnedContracts = true });

            Assert.Empty(offDiagnostics);
            Assert.Empty(onDiagnostics);
            Assert.Equal(off.Keys.Concat(OwnedFiles).OrderBy(k => k, StringComparer.Ordinal), on.Keys);
            foreach (var file in off)
            {
                Assert.Equal(file.Value, on[file.Key]);
            }
        }

        [Theory]
        [InlineData("WebIdl.Generated.Event.g.cs", "IEvent", "Event")]
        [InlineData("WebIdl.Generated.EventTarget.g.cs", "IEventTarget", "EventTarget")]
        public void AnOwnedInterfaceGetsItsContractOnly(string file, string contract, string runtimeClass)
        {
            var (files, _) = Generate.Run(GoldenCases.Sources("owned-contracts"), new GeneratorOptions { OwnedContracts = true });
            var text = files[file];

            Assert.Contains("\npublic partial interface " + contract + "\n{", text, StringComparison.Ordinal);
            Assert.Contains("the runtime's <see cref=\"global::WebIdl.Runtime." + runtimeClass + "\"/> implements it.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("class ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Statics", text, StringComparison.Ordinal);
            Assert.Equal(1, text.Split("partial interface ").Length - 1);

            // Every use of the name is still the runtime's class, and the stubs deriving from it derive from that class.
            Assert.DoesNotContain("global::WebIdl.Generated." + contract, string.Concat(files.Values), StringComparison.Ordinal);
            Assert.Contains("PingEventBase : global::WebIdl.Runtime.Event, global::WebIdl.Generated.IPingEvent", files["WebIdl.Generated.PingEvent.g.cs"], StringComparison.Ordinal);
            Assert.Contains("PingerBase : global::WebIdl.Runtime.EventTarget, global::WebIdl.Generated.IPinger", files["WebIdl.Generated.Pinger.g.cs"], StringComparison.Ordinal);
        }

        [Fact]
        public void TheGeneratedContractsAreImplementedByTheRuntimeClasses()
        {
            // The runtime's own Event and EventTarget implement the contracts generated from the standard's IDL in the
            // runtime's namespace: compiled here against copies in another namespace, with the same signatures.
            var (files, _) = Generate.Run(GoldenCases.Sources("owned-contracts"), new GeneratorOptions { OwnedContracts = true, Namespace = "Probe" });
            var sources = new SortedDictionary<string, string>(files, StringComparer.Ordinal)
            {
                ["probe.cs"] = """
                    namespace Probe;

                    /// <summary>Checks that Event has IEvent's members.</summary>
                    public sealed class EventProbe : global::WebIdl.Runtime.Event, IEvent
                    {
                        /// <summary>Creates the probe.</summary>
                        public EventProbe() : base("probe") { }
                    }
                    """,
            };
            var problems = CSharpCompiler.Problems(CSharpCompiler.Compile(sources));
            Assert.True(problems.Count == 0, string.Join("\n", problems));

            // And the check can fail: a contract member the class lacks.
            sources["extra.cs"] = "namespace Probe;\n\n/// <summary>More.</summary>\npublic partial interface IEvent\n{\n    /// <summary>Not in the runtime.</summary>\n    int Missing { get; }\n}\n";
            Assert.Contains(CSharpCompiler.Problems(CSharpCompiler.Compile(sources)), p => p.Contains("CS0535", StringComparison.Ordinal));
        }

        [Fact]
        public void TurningTheOptionOnAndOffInOneProcessGivesWhatFreshRunsGive()
        {
            // The memos binding keeps between runs (split, unions) must not carry one option's output into the other.
            var sources = Generate.Read(TestPaths.CorpusFiles().Where(f => f.EndsWith("/dom.idl", StringComparison.Ordinal) || f.EndsWith("/html.idl", StringComparison.Ordinal) || f.EndsWith("/websockets.idl", StringComparison.Ordinal)).ToArray()).ToList();
            Assert.Equal(3, sources.Count);
            var on = new GeneratorOptions { OwnedContracts = true };

            BindingMemos.Clear();
            var freshOff = Generate.Run(sources).Files;
            BindingMemos.Clear();
            var freshOn = Generate.Run(sources, on).Files;

            var afterOn = Generate.Run(sources).Files;
            var afterOff = Generate.Run(sources, on).Files;

            Assert.Equal(freshOff, afterOn);
            Assert.Equal(freshOn, afterOff);
            Assert.Contains("WebIdl.Generated.EventTarget.g.cs", freshOn.Keys);
            Assert.DoesNotContain("WebIdl.Generated.EventTarget.g.cs", freshOff.Keys);
        }
    }
}
