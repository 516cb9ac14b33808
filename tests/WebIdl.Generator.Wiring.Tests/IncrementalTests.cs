using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WebIdl.Generator.SourceGenerator;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>Why each step runs on the second run of the generator, after different edits.</summary>
    public sealed class IncrementalTests
    {
        private readonly ITestOutputHelper output;

        /// <summary>Step reasons of the second run go to the test output, for reading when a test fails.</summary>
        public IncrementalTests(ITestOutputHelper output) => this.output = output;

        private static readonly IncrementalStepRunReason[] CachedOrUnchanged = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

        /// <summary>Every binding record of the run: the definitions' and the union structs'.</summary>
        private static GeneratedDefinition[] Binding(GeneratorRunResult result) =>
            StepOutputs(result, TrackingNames.Definitions).Concat(StepOutputs(result, TrackingNames.UnionDefinitions))
                .Select(output => (GeneratedDefinition)output.Value)
                .OrderBy(definition => definition.HintName, System.StringComparer.Ordinal)
                .ToArray();

        private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText A, AdditionalText B) FirstRun()
        {
            var a = new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha);
            var b = new InMemoryAdditionalText("/src/b.webidl", Samples.Beta);
            var compilation = CreateCompilation("namespace Consumer { public static class Program { public static int Main() => 0; } }");
            var driver = CreateDriver(new AdditionalText[] { a, b }).RunGenerators(compilation);
            var result = Result(driver);
            Assert.Null(result.Exception);
            Assert.NotEmpty(DefinitionOutputs(result));
            return (driver, compilation, a, b);
        }

        [Fact]
        public void EveryStepIsTrackedOnTheFirstRun()
        {
            var result = Result(FirstRun().Driver);
            foreach (var name in TrackingNameValues)
            {
                Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " is not tracked:\n" + Describe(result));
            }
        }

        [Fact]
        public void UnrelatedCSharpEditLeavesEveryStepCachedOrUnchanged()
        {
            var (driver, compilation, _, _) = FirstRun();
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", TestParseOptions, path: "Other.cs"));

            var result = Result(driver.RunGenerators(edited));

            foreach (var name in TrackingNameValues)
            {
                var outputs = StepOutputs(result, name);
                Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
            }

            Assert.All(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs), output => Assert.Contains(output.Reason, CachedOrUnchanged));
        }

        [Fact]
        public void ReplacingTheCompilationWithAnEqualOneLeavesEveryStepCached()
        {
            var (driver, compilation, _, _) = FirstRun();
            var result = Result(driver.RunGenerators(compilation.WithAssemblyName("Renamed")));

            Assert.All(result.TrackedSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs), output => Assert.Contains(output.Reason, CachedOrUnchanged));
            Assert.All(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs), output => Assert.Contains(output.Reason, CachedOrUnchanged));
        }

        [Fact]
        public void CommentOnlyEditReEmitsNothing()
        {
            var (driver, compilation, a, _) = FirstRun();
            var before = Binding(Result(driver));
            var commented = new InMemoryAdditionalText(a.Path, Samples.AlphaWithComment);

            var result = Result(driver.ReplaceAdditionalText(a, commented).RunGenerators(compilation));
            var describe = Describe(result);
            output.WriteLine(describe);

            // The edited file is read and parsed again (its spans moved) ...
            Assert.Contains(StepOutputs(result, TrackingNames.ParsedFiles), output => output.Reason == IncrementalStepRunReason.Modified);

            // ... but the binding records hold no spans and no plain comments, so they compare equal (the diagnostics,
            // which do hold spans, may differ) ...
            var after = Binding(result);
            var differing = after.Where(d => !before.Contains(d)).Select(d => d.HintName).ToArray();
            Assert.True(differing.Length == 0, "binding records changed by a comment-only edit (a span or a plain comment reached them): " + string.Join(", ", differing));
            Assert.Equal(before, after);

            // ... and no source is re-emitted.
            Assert.All(StepOutputs(result, TrackingNames.Definitions), output => Assert.Contains(output.Reason, CachedOrUnchanged));
            var outputs = DefinitionOutputs(result);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(CachedOrUnchanged.Contains(output.Reason), output.Definition.HintName + " was re-emitted:\n" + describe));
        }

        [Fact]
        public void EditingOneFileReEmitsOnlyItsChangedDefinitions()
        {
            var (driver, compilation, a, b) = FirstRun();
            var edited = new InMemoryAdditionalText(b.Path, Samples.BetaEdited);

            var result = Result(driver.ReplaceAdditionalText(b, edited).RunGenerators(compilation));
            var describe = Describe(result);
            output.WriteLine(describe);

            // Per file: the untouched file's steps are cached.
            Assert.Contains(StepOutputs(result, TrackingNames.ParsedFiles), output => output.Reason == IncrementalStepRunReason.Cached && ((ParsedIdlFile)output.Value).Path == a.Path);
            Assert.Contains(StepOutputs(result, TrackingNames.ParsedFiles), output => output.Reason == IncrementalStepRunReason.Modified && ((ParsedIdlFile)output.Value).Path == b.Path);

            var outputs = DefinitionOutputs(result);
            var changed = outputs.Where(output => output.Definition.IdlName == "Beta").ToArray();
            var unchanged = outputs.Where(output => output.Definition.IdlName != "Beta").ToArray();
            Assert.NotEmpty(changed);
            Assert.Contains(unchanged, output => output.Definition.IdlName == "Alpha");
            Assert.Contains(unchanged, output => output.Definition.IdlName == "Mode");
            Assert.All(changed, output => Assert.True(output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New, output.Definition.HintName + ": " + output.Reason + "\n" + describe));
            Assert.All(unchanged, output => Assert.True(CachedOrUnchanged.Contains(output.Reason), output.Definition.HintName + " was re-emitted:\n" + describe));
        }

        [Fact]
        public void AddingAFileLeavesTheOtherFilesCached()
        {
            var (driver, compilation, a, b) = FirstRun();
            var c = new InMemoryAdditionalText("/src/c.webidl", "[Exposed=Window]\ninterface Gamma {\n  readonly attribute long id;\n};\n");

            var result = Result(driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(c)).RunGenerators(compilation));

            var parsed = StepOutputs(result, TrackingNames.ParsedFiles);
            Assert.Contains(parsed, output => output.Reason == IncrementalStepRunReason.Cached && ((ParsedIdlFile)output.Value).Path == a.Path);
            Assert.Contains(parsed, output => output.Reason == IncrementalStepRunReason.Cached && ((ParsedIdlFile)output.Value).Path == b.Path);
            Assert.Contains(parsed, output => output.Reason == IncrementalStepRunReason.New && ((ParsedIdlFile)output.Value).Path == c.Path);
            Assert.Contains(DefinitionOutputs(result), output => output.Definition.IdlName == "Gamma" && output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        }
    }
}
