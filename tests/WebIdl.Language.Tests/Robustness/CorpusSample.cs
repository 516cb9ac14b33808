using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WebIdl.Language.Tests.Infrastructure;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>A deterministic sample of corpus files, and a lexer-independent notion of where tokens end.</summary>
    internal static class CorpusSample
    {
        /// <summary>Largest file taken: every-prefix parsing is quadratic in the file's size.</summary>
        public const int MaxLength = 40_000;

        /// <summary>
        /// <paramref name="count"/> corpus file names spread evenly over the ordinally sorted list of files no longer
        /// than <see cref="MaxLength"/>: the same files on every run for a given corpus version.
        /// </summary>
        public static string[] Files(int count)
        {
            var files = TestPaths.CorpusFiles().Where(f => new FileInfo(f).Length <= MaxLength).ToArray();
            return Enumerable.Range(0, Math.Min(count, files.Length))
                .Select(i => Path.GetFileName(files[(int)((long)i * files.Length / Math.Min(count, files.Length))]))
                .ToArray();
        }

        /// <summary>Reads a corpus file by name.</summary>
        public static string Read(string name) => File.ReadAllText(Path.Combine(TestPaths.Corpus, name));

        // Comments, strings, words and numbers, or any other single character: a coarse WebIDL tokeniser of our own,
        // so these tests do not lean on the lexer they are testing.
        private static readonly Regex Token = new Regex(@"/\*[\s\S]*?\*/|//[^\n\r]*|""[^""]*""|[-_.0-9A-Za-z]+|\.\.\.|\S", RegexOptions.CultureInvariant);

        /// <summary>The spans (start, length) of the tokens and comments of <paramref name="text"/>.</summary>
        public static List<(int Start, int Length)> Tokens(string text) =>
            Token.Matches(text).Select(m => (m.Index, m.Length)).ToList();
    }
}
