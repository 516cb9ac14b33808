using System.IO;
using System.Text.Json;
using Xunit;

namespace WebIdl.Tool.Tests
{
    public class ParseTests
    {
        [Fact]
        public void JsonGoesToStdoutOneLinePerFile()
        {
            using var dir = new TempDir();
            var a = dir.Write("a.webidl", "interface A {};\n");
            var b = dir.Write("b.idl", "enum E { \"x\" };\n");

            var run = ToolRun.Of("parse", "--json", a, b);

            Assert.True(run.ExitCode == 0, run.ToString());
            var lines = run.Stdout.TrimEnd().Split('\n');
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal("A", first.RootElement[0].GetProperty("name").GetString());
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("enum", second.RootElement[0].GetProperty("type").GetString());
        }

        [Fact]
        public void OutWritesOneJsonFilePerInput()
        {
            using var dir = new TempDir();
            dir.Write("in/a.webidl", "interface A { attribute long x; };\n");
            dir.Write("in/nested/b.idl", "dictionary B { long y = 1; };\n");
            var output = Path.Combine(dir.Path, "out");

            var run = ToolRun.Of("parse", Path.Combine(dir.Path, "in"), "--json", "--out", output);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("", run.Stdout);
            var names = Directory.GetFiles(output);
            System.Array.Sort(names, System.StringComparer.Ordinal);
            Assert.Equal(new[] { Path.Combine(output, "a.json"), Path.Combine(output, "b.json") }, names);
            using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "a.json")));
            Assert.Equal("interface", a.RootElement[0].GetProperty("type").GetString());
            Assert.Equal("x", a.RootElement[0].GetProperty("members")[0].GetProperty("name").GetString());
            using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "b.json")));
            Assert.Equal("B", b.RootElement[0].GetProperty("name").GetString());
        }

        [Fact]
        public void SyntaxErrorGoesToStderrAndExitsOne()
        {
            using var dir = new TempDir();
            var file = dir.Write("broken.webidl", "interface Broken {\n  attribute long x;\n    = 3;\n};\n");

            var run = ToolRun.Of("parse", "--json", file);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("broken.webidl(3,5): error WIDL", run.Stderr);
            using var json = JsonDocument.Parse(run.Stdout);
            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        }

        [Fact]
        public void StrictTurnsLegacyExceptionIntoAnError()
        {
            using var dir = new TempDir();
            var file = dir.Write("legacy.webidl", "exception Foo {};\n");

            var lenient = ToolRun.Of("parse", "--json", file);
            var strict = ToolRun.Of("parse", "--json", "--strict", file);

            Assert.True(lenient.ExitCode == 0, lenient.ToString());
            Assert.Equal("", lenient.Stderr);
            Assert.True(strict.ExitCode == 1, strict.ToString());
            Assert.Contains("legacy.webidl(1,1): error WIDL0008: ", strict.Stderr);
        }

        [Fact]
        public void MissingPathExitsTwo()
        {
            using var dir = new TempDir();

            var run = ToolRun.Of("parse", "--json", Path.Combine(dir.Path, "missing"));

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("no such file or directory", run.Stderr);
        }

        [Fact]
        public void WithoutAFormatItIsAUsageError()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.webidl", "interface A {};\n");

            var run = ToolRun.Of("parse", file);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("--json", run.Stderr);
        }

        [Fact]
        public void ClashingOutputNamesAreRefused()
        {
            using var dir = new TempDir();
            dir.Write("x/a.webidl", "interface A {};\n");
            dir.Write("y/a.idl", "interface B {};\n");

            var run = ToolRun.Of("parse", "--json", "--out", Path.Combine(dir.Path, "out"), dir.Path);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("a.json", run.Stderr);
        }
    }
}
