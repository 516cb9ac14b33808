using System;
using System.IO;
using WebIdl.Language.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Language.Tests.Writer
{
    /// <summary><c>parse(write(parse(x))) == parse(x)</c> for the whole @webref/idl corpus and every webidl2.js syntax case.</summary>
    public sealed class RoundTripTests
    {
        /// <summary>Corpus file names (the folder is <see cref="TestPaths.Corpus"/>).</summary>
        public static TheoryData<string> CorpusFiles()
        {
            var data = new TheoryData<string>();
            foreach (var file in TestPaths.CorpusFiles())
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        /// <summary>The valid webidl2.js test inputs.</summary>
        public static TheoryData<string> SyntaxCases()
        {
            var data = new TheoryData<string>();
            var files = Directory.GetFiles(Path.Combine(TestPaths.Cases, "syntax", "idl"), "*.webidl");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void CorpusFileRoundTrips(string name) => AssertRoundTrip(Path.Combine(TestPaths.Corpus, name));

        [Theory]
        [MemberData(nameof(SyntaxCases))]
        public void SyntaxCaseRoundTrips(string name) => AssertRoundTrip(Path.Combine(TestPaths.Cases, "syntax", "idl", name));

        private static void AssertRoundTrip(string path)
        {
            var problems = RoundTrip.Problems(File.ReadAllText(path), Path.GetFileName(path));
            if (problems.Count > 0)
            {
                Assert.Fail(string.Join("\n", problems));
            }
        }
    }
}
