using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit;

namespace WebIdl.Tool.Tests
{
    public class OutputDirectoryTests
    {
        private static List<KeyValuePair<string, string>> Files(params (string Name, string Text)[] files)
        {
            var list = new List<KeyValuePair<string, string>>();
            foreach (var (name, text) in files)
            {
                list.Add(new KeyValuePair<string, string>(name, text));
            }

            return list;
        }

        [Fact]
        public void WritesUtf8WithoutBomAndTheTextExactly()
        {
            using var dir = new TempDir();
            var output = new OutputDirectory(Path.Combine(dir.Path, "out"), ".manifest", ".g.cs");

            var summary = output.Write(Files(("A.g.cs", "// é\n\nclass A {}\r\n")));

            Assert.Equal(new OutputSummary(1, 0, 0), summary);
            Assert.Equal(new UTF8Encoding(false).GetBytes("// é\n\nclass A {}\r\n"), File.ReadAllBytes(Path.Combine(output.Path, "A.g.cs")));
        }

        [Fact]
        public void UnchangedFilesAreNotRewritten()
        {
            using var dir = new TempDir();
            var output = new OutputDirectory(Path.Combine(dir.Path, "out"), ".manifest", ".g.cs");
            output.Write(Files(("A.g.cs", "a\n"), ("B.g.cs", "b\n")));
            var a = Path.Combine(output.Path, "A.g.cs");
            var past = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(a, past);

            var summary = output.Write(Files(("A.g.cs", "a\n"), ("B.g.cs", "b changed\n")));

            Assert.Equal(new OutputSummary(1, 1, 0), summary);
            Assert.Equal(past, File.GetLastWriteTimeUtc(a));
            Assert.Equal("b changed\n", File.ReadAllText(Path.Combine(output.Path, "B.g.cs")));
        }

        [Fact]
        public void RemovesOnlyWhatItWroteBefore()
        {
            using var dir = new TempDir();
            var output = new OutputDirectory(Path.Combine(dir.Path, "out"), ".manifest", ".g.cs");
            output.Write(Files(("A.g.cs", "a\n"), ("B.g.cs", "b\n")));
            File.WriteAllText(Path.Combine(output.Path, "C.g.cs"), "mine\n");

            var summary = output.Write(Files(("A.g.cs", "a\n")));

            Assert.Equal(new OutputSummary(0, 1, 1), summary);
            Assert.False(File.Exists(Path.Combine(output.Path, "B.g.cs")));
            Assert.True(File.Exists(Path.Combine(output.Path, "C.g.cs")));
            Assert.Equal("# Files written by the webidl tool; the next run deletes the ones it no longer writes.\nA.g.cs\n", File.ReadAllText(Path.Combine(output.Path, ".manifest")));
        }

        [Theory]
        [InlineData("../A.g.cs")]
        [InlineData("sub/A.g.cs")]
        [InlineData("A.cs")]
        [InlineData(".g.cs")]
        public void RefusesNamesOutsideTheDirectoryOrWithoutTheSuffix(string name)
        {
            using var dir = new TempDir();
            var output = new OutputDirectory(Path.Combine(dir.Path, "out"), ".manifest", ".g.cs");

            var ex = Assert.Throws<InputException>(() => output.Write(Files((name, "x"))));
            Assert.Contains(name, ex.Message);
        }

        [Fact]
        public void RefusesTwoNamesThatDifferOnlyInCase()
        {
            using var dir = new TempDir();
            var output = new OutputDirectory(Path.Combine(dir.Path, "out"), ".manifest", ".g.cs");

            var ex = Assert.Throws<InputException>(() => output.Write(Files(("A.g.cs", "x"), ("a.g.cs", "y"))));
            Assert.Contains("a.g.cs", ex.Message);
        }
    }
}
