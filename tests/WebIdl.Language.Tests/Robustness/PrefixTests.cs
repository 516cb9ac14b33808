using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using WebIdl.Language.Syntax;
using Xunit;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>
    /// Every prefix of forty corpus files that ends at a token boundary or at every seventh character: the parser never
    /// throws or hangs, a prefix that cuts a definition reports an error, and a prefix that ends where a definition
    /// ends parses cleanly into the definitions before it.
    /// </summary>
    public sealed class PrefixTests
    {
        public static TheoryData<string> Files() => new TheoryData<string>(CorpusSample.Files(40));

        [Theory]
        [MemberData(nameof(Files))]
        public void EveryPrefixIsHandled(string name)
        {
            var text = CorpusSample.Read(name);
            var full = GuardedParse.Parse(text, name);
            Assert.False(full.HasErrors, $"{name} itself does not parse cleanly: {string.Join("; ", full.Diagnostics)}");
            var definitions = full.File.Definitions;

            var ends = new SortedSet<int>(CorpusSample.Tokens(text).Select(t => t.Start + t.Length));
            for (var k = 0; k < text.Length; k += 7)
            {
                ends.Add(k);
            }

            ends.Remove(text.Length);
            var stopwatch = Stopwatch.StartNew();
            foreach (var end in ends)
            {
                var prefix = text.Substring(0, end);
                var result = GuardedParse.Parse(prefix, $"the first {end} characters of {name}");
                var cut = definitions.FirstOrDefault(d => d.Span.Start < end && end < d.Span.End);
                if (cut is not null)
                {
                    Assert.True(
                        result.HasErrors,
                        $"The first {end} characters of {name} cut {cut.Kind} {cut.Name} ({cut.Span.Start}..{cut.Span.End}) but no error is reported: …{GuardedParse.Show(prefix.Substring(System.Math.Max(0, end - 80)))}");
                }

                var complete = definitions.Count(d => d.Span.End <= end);
                if (complete > 0 && definitions[complete - 1].Span.End == end)
                {
                    // Ends exactly after a definition: the definitions so far, and nothing to complain about.
                    Assert.False(result.HasErrors, $"The first {end} characters of {name} end after a definition but report {string.Join("; ", result.Diagnostics)}");
                    Assert.Equal(
                        IdlJsonWriter.Write(full.File with { Definitions = definitions.Take(complete).ToArray() }),
                        IdlJsonWriter.Write(result.File));
                }
            }

            Assert.True(stopwatch.Elapsed.TotalSeconds < 30, $"{ends.Count} prefixes of {name} took {stopwatch.Elapsed.TotalSeconds:F1} s");
        }
    }
}
