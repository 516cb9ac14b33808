using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.Binding;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using WebIdl.Tests.Shared;
using Xunit;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>
    /// The whole @webref/idl corpus through the driver: after a one-file edit, only the edited definition is re-emitted,
    /// and every generated file and diagnostic equals those of a fresh driver (with binding's process-wide memos
    /// cleared) run on the edited set, so what the second run took from the first changed nothing.
    /// </summary>
    public sealed class CorpusIncrementalTests
    {
        [Theory]
        [InlineData("websockets.idl", "undefined close(", "undefined ping();\n  undefined close(", "WebSocket")]

        // A union of WebSocket changed: its registry calls are made again (not replayed), and a new union struct is emitted.
        [InlineData("websockets.idl", "undefined send((BufferSource or Blob or USVString) data);", "undefined send((BufferSource or Blob or USVString or long) data);", null)]
        [InlineData("dom.idl", "  boolean dispatchEvent(Event event);", "  boolean dispatchEvent(Event event);\n  undefined poke((DOMString or long) what);", null)]

        // A required member in EventInit changes every event constructor taking `optional XEventInit init = {}` of
        // a dictionary derived from it, in other files: definitions whose own symbols did not change are bound again.
        [InlineData("dom.idl", "dictionary EventInit {\n  boolean bubbles = false;", "dictionary EventInit {\n  required boolean bubbles;", null)]
        public void OneFileEditEqualsAFreshRunOfTheEditedSet(string file, string find, string replace, string? onlyReEmitted)
        {
            var files = RepositoryPaths.CorpusFiles().Select(path => new InMemoryAdditionalText(path, File.ReadAllText(path))).ToArray();
            var options = new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["WebIdlIncludeIdlFiles"] = "true" });
            var compilation = CreateCompilation("class C { }");
            var driver = CreateDriver(files, options).RunGenerators(compilation);
            Assert.True(Result(driver).GeneratedSources.Length > 3000, "expected the whole corpus to generate");

            var target = files.Single(f => Path.GetFileName(f.Path) == file);
            var text = target.GetText()!.ToString();
            Assert.Contains(find, text);
            var edited = new InMemoryAdditionalText(target.Path, text.Replace(find, replace, StringComparison.Ordinal));
            var incremental = Result(driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation));

            if (onlyReEmitted is not null)
            {
                var reEmitted = DefinitionOutputs(incremental).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => o.Definition.IdlName).ToList();
                Assert.Equal(new[] { onlyReEmitted }, reEmitted);
            }

            BindingMemos.Clear();
            var editedFiles = files.Select(f => f == target ? edited : f).ToArray();
            var fresh = Result(CreateDriver(editedFiles, options).RunGenerators(compilation));

            Assert.Null(incremental.Exception);
            Assert.Equal(fresh.GeneratedSources.Select(s => s.HintName), incremental.GeneratedSources.Select(s => s.HintName));
            for (var i = 0; i < fresh.GeneratedSources.Length; i++)
            {
                Assert.True(
                    fresh.GeneratedSources[i].SourceText.ToString() == incremental.GeneratedSources[i].SourceText.ToString(),
                    fresh.GeneratedSources[i].HintName + " differs after the incremental run");
            }

            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));

            if (file == "dom.idl" && replace.Contains("required", StringComparison.Ordinal))
            {
                // The edit did reach a definition of another file through its dependencies.
                var closeEvent = incremental.GeneratedSources.Single(s => s.HintName.EndsWith(".CloseEvent.g.cs", StringComparison.Ordinal)).SourceText.ToString();
                var before = Result(driver).GeneratedSources.Single(s => s.HintName.EndsWith(".CloseEvent.g.cs", StringComparison.Ordinal)).SourceText.ToString();
                Assert.NotEqual(before, closeEvent);
            }
        }
    }
}
