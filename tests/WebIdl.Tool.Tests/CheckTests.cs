using System.IO;
using System.Text;
using Xunit;

namespace WebIdl.Tool.Tests
{
    public class CheckTests
    {
        private const string Valid = "[Exposed=Window]\ninterface Valid {\n  attribute long x;\n  undefined f(DOMString s);\n};\n";

        // `= 3;` where a member should start: the parser reports WIDL0007 "Unknown member" at line 3, column 5.
        private const string Broken = "interface Broken {\n  attribute long x;\n    = 3;\n};\n";

        [Fact]
        public void ValidFileExitsZero()
        {
            using var dir = new TempDir();
            var file = dir.Write("valid.webidl", Valid);

            var run = ToolRun.Of("check", file);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("1 file, 0 errors, 0 warnings", run.Stdout.Trim());
        }

        [Fact]
        public void BrokenFileReportsMsBuildDiagnosticAndExitsOne()
        {
            using var dir = new TempDir();
            var file = dir.Write("broken.webidl", Broken);

            var run = ToolRun.Of("check", file);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("broken.webidl(3,5): error WIDL", run.Stdout);
            Assert.StartsWith(file + "(3,5): error WIDL0007: ", run.Stdout);
            Assert.EndsWith("1 file, 1 error, 0 warnings", run.Stdout.Trim());
        }

        [Fact]
        public void InputsAreCheckedAsOneSet()
        {
            using var dir = new TempDir();
            dir.Write("a.webidl", "[Exposed=Window]\ninterface A { attribute B b; };\n");
            dir.Write("b.webidl", "[Exposed=Window]\ninterface B {};\npartial interface A { undefined f(); };\n");
            var unknown = dir.Write("c.webidl", "dictionary D {\n  Missing m;\n};\n");

            var run = ToolRun.Of("check", dir.Path);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.StartsWith(unknown + "(2,3): error WIDL0100: ", run.Stdout);
            Assert.EndsWith("3 files, 1 error, 0 warnings", run.Stdout.Trim());

            var known = ToolRun.Of("check", dir.Path, "--known-type", "Missing");
            Assert.True(known.ExitCode == 0, known.ToString());
        }

        [Fact]
        public void MissingPathExitsTwoWithMessage()
        {
            using var dir = new TempDir();
            var missing = Path.Combine(dir.Path, "nope.webidl");

            var run = ToolRun.Of("check", missing);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("no such file or directory: " + missing, run.Stderr);
        }

        [Fact]
        public void NoInputsIsAUsageError()
        {
            var run = ToolRun.Of("check");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.NotEqual("", run.Stderr);
        }

        [Fact]
        public void DirectoryIsSearchedRecursivelyInOrdinalOrder()
        {
            using var dir = new TempDir();
            dir.Write("b.idl", Valid.Replace("Valid", "B"));
            dir.Write("sub/a.webidl", Broken);
            dir.Write("A.webidl", Valid.Replace("Valid", "A"));
            dir.Write("notes.txt", "not idl {");

            var run = ToolRun.Of("check", dir.Path);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains(Path.Combine(dir.Path, "sub", "a.webidl") + "(3,5): error WIDL0007", run.Stdout);
            Assert.EndsWith("3 files, 1 error, 0 warnings", run.Stdout.Trim());
        }

        [Fact]
        public void FilesAreCheckedAsOneSet()
        {
            using var dir = new TempDir();
            var a = dir.Write("a.webidl", Valid);
            var b = dir.Write("b.webidl", Broken);

            var run = ToolRun.Of("check", a, b, a);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.EndsWith("2 files, 1 error, 0 warnings", run.Stdout.Trim());
        }

        [Fact]
        public void StrictTurnsLegacyExceptionIntoAnError()
        {
            using var dir = new TempDir();
            var file = dir.Write("legacy.webidl", "exception Foo {};\n");

            var lenient = ToolRun.Of("check", file);
            var strict = ToolRun.Of("check", "--strict", file);

            Assert.True(lenient.ExitCode == 0, lenient.ToString());
            Assert.True(strict.ExitCode == 1, strict.ToString());
            Assert.Contains("legacy.webidl(1,1): error WIDL0008: ", strict.Stdout);
        }

        [Theory]
        [InlineData("utf-8-bom")]
        [InlineData("utf-16le")]
        [InlineData("utf-16be")]
        public void ByteOrderMarksAreHandled(string encodingName)
        {
            Encoding encoding = encodingName switch
            {
                "utf-8-bom" => new UTF8Encoding(true),
                "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
                _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            };
            using var dir = new TempDir();
            var file = dir.Write("bom.webidl", "// é\n" + Valid, encoding);

            var run = ToolRun.Of("check", file);

            Assert.True(run.ExitCode == 0, run.ToString());
        }

        [Fact]
        public void SampleWebSocketIdlIsValidEvenWhenStrict()
        {
            var sample = Path.Combine(RepoRoot(), "generator", "WebIdl.Tool", "samples", "websocket.webidl");

            var run = ToolRun.Of("check", "--strict", sample);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("1 file, 0 errors, 0 warnings", run.Stdout.Trim());
        }

        private static string RepoRoot()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bindings.sln")))
            {
                dir = dir.Parent;
            }

            Assert.NotNull(dir);
            return dir!.FullName;
        }
    }
}
