using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.Binding;
using WebIdl.Generator.SourceGenerator;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>
    /// Binding is incremental per definition: after an edit to one file of a multi-file set, only that file's
    /// definitions and the definitions that read them (derived interfaces) go through <see cref="TrackingNames.BindOne"/>;
    /// every other definition's binding, and the shared union struct, stay cached.
    /// </summary>
    public sealed class PerDefinitionBindingTests
    {
        private const string Base =
            "dictionary Options {\n  boolean flag = false;\n};\n\n" +
            "enum Kind { \"a\", \"b\" };\n\n" +
            "[Exposed=Window]\ninterface Node : EventTarget {\n  readonly attribute DOMString nodeName;\n  undefined append((Node or DOMString) child);\n};\n\n" +
            "[Exposed=Window]\ninterface Element : Node {\n  attribute DOMString id;\n};\n";

        private const string Html =
            "[Exposed=Window]\ninterface HTMLElement : Element {\n  attribute DOMString title;\n  undefined insert((Node or DOMString) child);\n};\n\n" +
            "[Exposed=Window]\ninterface HTMLDivElement : HTMLElement {\n  attribute DOMString align;\n};\n\n" +
            "callback Handler = undefined (Kind kind);\n";

        private const string Media =
            "[Exposed=Window]\ninterface Media {\n  undefined play(optional Options options = {});\n  readonly attribute Kind kind;\n};\n\n" +
            "[Exposed=Window]\ninterface Track {\n  attribute double volume;\n};\n\n" +
            "enum Mode { \"x\", \"y\" };\n\n" +
            "dictionary TrackInit {\n  required DOMString label;\n};\n\n" +
            "dictionary MediaInit : TrackInit {\n  double rate = 1;\n};\n\n" +
            "[Exposed=Window]\ninterface AudioTrack : Track {\n  attribute boolean enabled;\n};\n";

        private const string Misc =
            "[Exposed=Window]\ninterface Gadget {\n  attribute long count;\n};\n\n" +
            "[Exposed=Window]\nnamespace Tools {\n  long twice(long x);\n};\n\n" +
            "callback interface Listener {\n  undefined handle();\n};\n";

        private readonly ITestOutputHelper output;

        /// <summary>Step reasons of the second run go to the test output.</summary>
        public PerDefinitionBindingTests(ITestOutputHelper output) => this.output = output;

        [Theory]
        [InlineData("/src/base.webidl", "interface Element : Node {\n  attribute DOMString id;\n", "interface Element : Node {\n  attribute DOMString id;\n  attribute DOMString slot;\n", new[] { "Element", "HTMLElement", "HTMLDivElement" })]
        [InlineData("/src/html.webidl", "  attribute DOMString align;\n", "  attribute DOMString align;\n  readonly attribute long width;\n", new[] { "HTMLDivElement", "Handler" })]
        [InlineData("/src/misc.webidl", "  attribute long count;\n", "  attribute long count;\n  undefined reset();\n", new[] { "Gadget", "Tools", "Listener" })]
        public void EditingOneFileRebindsOnlyItsDefinitionsAndTheirDependents(string path, string find, string replace, string[] mayRebind)
        {
            var texts = new Dictionary<string, string>
            {
                ["/src/base.webidl"] = Base,
                ["/src/html.webidl"] = Html,
                ["/src/media.webidl"] = Media,
                ["/src/misc.webidl"] = Misc,
            };
            var files = texts.Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToArray();
            var compilation = CreateCompilation("class C { }");
            var driver = CreateDriver(files).RunGenerators(compilation);
            var first = Result(driver);
            Assert.Null(first.Exception);
            Assert.Empty(first.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.True(first.GeneratedSources.Length >= 18, "expected a set of about 20 generated files, got " + first.GeneratedSources.Length);
            Assert.Contains(first.GeneratedSources, source => source.HintName.EndsWith(".NodeOrDOMString.g.cs", System.StringComparison.Ordinal));

            var target = files.Single(file => file.Path == path);
            var editedText = texts[path].Replace(find, replace);
            Assert.NotEqual(texts[path], editedText);
            var edited = new InMemoryAdditionalText(path, editedText);
            var result = Result(driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation));
            var describe = Describe(result);
            output.WriteLine(describe);

            var bound = StepOutputs(result, TrackingNames.BindOne)
                .Select(o => (Name: ((BoundDefinition)o.Value).Name, o.Reason))
                .ToList();
            Assert.Equal(BindOneItems(first).Count, bound.Count);
            var rebound = bound.Where(b => b.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(b => b.Name).ToList();
            output.WriteLine("re-bound: " + string.Join(", ", rebound));

            // The edited definition is bound again; nothing outside its file and its dependents is.
            Assert.Contains(mayRebind[0], rebound);
            Assert.All(rebound, name => Assert.Contains(name, mayRebind));
            Assert.All(bound.Where(b => !mayRebind.Contains(b.Name)), b => Assert.Equal(IncrementalStepRunReason.Cached, b.Reason));

            // The index of names is unchanged (no definition added, removed or renamed), and so are the unions.
            Assert.All(StepOutputs(result, TrackingNames.BindingIndex), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
            Assert.All(StepOutputs(result, TrackingNames.Unions), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));

            // Only the edited definition's file is re-emitted.
            var reEmitted = DefinitionOutputs(result).Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => o.Definition.IdlName).ToList();
            Assert.Equal(new[] { mayRebind[0] }, reEmitted);
        }

        private static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> BindOneItems(GeneratorRunResult result) => StepOutputs(result, TrackingNames.BindOne);
    }
}
