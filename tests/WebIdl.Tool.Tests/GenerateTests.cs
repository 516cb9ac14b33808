using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WebIdl.Generator;
using Xunit;

namespace WebIdl.Tool.Tests
{
    public class GenerateTests
    {
        private const string Broken = "interface Broken {\n  attribute long x;\n    = 3;\n};\n";

        /// <summary>What the pipeline renders for the files, as the tool is meant to write it: hint name to text.</summary>
        internal static SortedDictionary<string, string> Expected(IEnumerable<string> files, GeneratorOptions? options = null)
        {
            var parsed = files.Select(file => GeneratorPipeline.Parse(file, File.ReadAllText(file))).ToList();
            var result = GeneratorPipeline.Bind(parsed, options ?? GeneratorInputs.Options(null, null, false));
            var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var definition in result.Definitions)
            {
                expected.Add(definition.HintName, GeneratorPipeline.Render(definition));
            }

            return expected;
        }

        /// <summary>The .g.cs files of a directory as written (raw bytes decoded as UTF-8).</summary>
        internal static SortedDictionary<string, string> Written(string directory)
        {
            var written = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.GetFiles(directory, "*.g.cs"))
                {
                    written.Add(Path.GetFileName(file), Encoding.UTF8.GetString(File.ReadAllBytes(file)));
                }
            }

            return written;
        }

        [Fact]
        public void WritesEveryDefinitionUnderItsHintNameExactlyAsRendered()
        {
            using var dir = new TempDir();
            var output = Path.Combine(dir.Path, "out");

            var run = ToolRun.Of("generate", ToolTestPaths.WebSocketSample, "--out", output);

            Assert.True(run.ExitCode == 0, run.ToString());
            var expected = Expected(new[] { ToolTestPaths.WebSocketSample });
            Assert.Equal(expected, Written(output));
            foreach (var file in Directory.GetFiles(output, "*.g.cs"))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file + " starts with a byte order mark");
                Assert.DoesNotContain((byte)'\r', bytes);
            }

            Assert.Contains(expected.Count + (expected.Count == 1 ? " file in " : " files in ") + output, run.Stdout);
            var manifest = File.ReadAllText(Path.Combine(output, GenerateRunner.ManifestName));
            foreach (var name in expected.Keys)
            {
                Assert.Contains("\n" + name + "\n", manifest);
            }
        }

        [Fact]
        public void NamespaceAndKnownTypesReachTheBinding()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.webidl", "[Exposed=Window]\ninterface A { attribute Missing m; };\n");
            var output = Path.Combine(dir.Path, "out");

            var unknown = ToolRun.Of("generate", file, "--out", output);
            Assert.True(unknown.ExitCode == 1, unknown.ToString());
            Assert.Contains(file + "(2,25): error WIDL0100: ", unknown.Stderr);
            Assert.Contains("nothing written", unknown.Stdout);

            var known = ToolRun.Of("generate", file, "--out", output, "--namespace", "My.Bindings", "--known-type", "Missing");
            Assert.True(known.ExitCode == 0, known.ToString());
            var options = GeneratorInputs.Options("My.Bindings", new[] { "Missing" }, false);
            Assert.Equal("My.Bindings", options.Namespace);
            Assert.Contains("Missing", options.KnownExternalTypes);
            Assert.Contains("EventTarget", options.KnownExternalTypes);
            Assert.Equal(Expected(new[] { file }, options), Written(output));
        }

        [Fact]
        public void ErrorsExitOneAndWriteNothing()
        {
            using var dir = new TempDir();
            var file = dir.Write("broken.webidl", Broken);
            var output = Path.Combine(dir.Path, "out");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, GenerateRunner.ManifestName), "Old.g.cs\n");
            File.WriteAllText(Path.Combine(output, "Old.g.cs"), "// old\n");

            var run = ToolRun.Of("generate", file, "--out", output);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.StartsWith(file + "(3,5): error WIDL0007: ", run.Stderr);
            Assert.True(File.Exists(Path.Combine(output, "Old.g.cs")), "a failed run must leave the last good output alone");
        }

        [Fact]
        public void StrictTurnsLegacySyntaxIntoErrors()
        {
            using var dir = new TempDir();
            var file = dir.Write("legacy.webidl", "[Exposed=Window]\ninterface L { undefined f(in long x); };\n");
            var output = Path.Combine(dir.Path, "out");

            Assert.Equal(0, ToolRun.Of("generate", file, "--out", output).ExitCode);
            var strict = ToolRun.Of("generate", file, "--out", output, "--strict");
            Assert.True(strict.ExitCode == 1, strict.ToString());
            Assert.Contains("error WIDL0008", strict.Stderr);
        }

        [Fact]
        public void StaleFilesFromTheManifestAreRemovedAndNothingElse()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.webidl", "enum E { \"a\" };\n");
            var output = Path.Combine(dir.Path, "out");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, GenerateRunner.ManifestName), "# earlier run\nStale.g.cs\nnotes.txt\n../outside.g.cs\n");
            File.WriteAllText(Path.Combine(output, "Stale.g.cs"), "// stale\n");
            File.WriteAllText(Path.Combine(output, "Mine.g.cs"), "// written by hand, not in the manifest\n");
            File.WriteAllText(Path.Combine(output, "notes.txt"), "listed, but not a .g.cs file\n");
            File.WriteAllText(Path.Combine(dir.Path, "outside.g.cs"), "// outside the output directory\n");

            var run = ToolRun.Of("generate", file, "--out", output);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.False(File.Exists(Path.Combine(output, "Stale.g.cs")));
            Assert.True(File.Exists(Path.Combine(output, "Mine.g.cs")));
            Assert.True(File.Exists(Path.Combine(output, "notes.txt")));
            Assert.True(File.Exists(Path.Combine(dir.Path, "outside.g.cs")));
            Assert.Contains("1 removed", run.Stdout);
            var manifest = File.ReadAllText(Path.Combine(output, GenerateRunner.ManifestName));
            Assert.DoesNotContain("Stale.g.cs", manifest);
            Assert.DoesNotContain("notes.txt", manifest);
        }

        [Fact]
        public void UsageErrorsExitTwo()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.webidl", "enum E { \"a\" };\n");

            var noOut = ToolRun.Of("generate", file);
            Assert.True(noOut.ExitCode == 2, noOut.ToString());
            Assert.Contains("--out", noOut.Stderr);

            var badNamespace = ToolRun.Of("generate", file, "--out", Path.Combine(dir.Path, "out"), "--namespace", "My Bindings");
            Assert.True(badNamespace.ExitCode == 2, badNamespace.ToString());
            Assert.Contains("not a C# namespace name", badNamespace.Stderr);

            var missing = ToolRun.Of("generate", Path.Combine(dir.Path, "nope.webidl"), "--out", Path.Combine(dir.Path, "out"));
            Assert.True(missing.ExitCode == 2, missing.ToString());
            Assert.Contains("no such file or directory", missing.Stderr);
        }

        [Fact]
        public void HelpListsTheNewVerbs()
        {
            var run = ToolRun.Of("--help");

            Assert.Equal(0, run.ExitCode);
            foreach (var verb in new[] { "check", "parse", "generate", "watch", "docs" })
            {
                Assert.Contains(verb, run.Stdout);
            }
        }
    }
}
