using System.Threading;
using CsCheck;
using WebIdl.Language.Tests.Robustness;
using Xunit;

namespace WebIdl.Language.Tests.Writer
{
    /// <summary>The round trip on random WebIDL: every generated file that parses cleanly must survive write and re-parse.</summary>
    public sealed class RandomRoundTripTests
    {
        [Fact]
        public void RandomValidWebIdlRoundTrips()
        {
            var clean = 0;
            var total = 0;
            RandomIdl.File.Sample(
                text =>
                {
                    Interlocked.Increment(ref total);
                    if (IdlParser.Parse(text, "random.webidl").HasErrors)
                    {
                        return;
                    }

                    Interlocked.Increment(ref clean);
                    var problems = RoundTrip.Problems(text, "random.webidl");
                    Assert.True(problems.Count == 0, string.Join("\n", problems));
                },
                iter: 3000,
                print: GuardedParse.Show);

            // Keep the generator honest: most samples must be valid, or this test would check little.
            Assert.True(clean * 2 > total, $"only {clean} of {total} generated files parsed cleanly");
        }
    }
}
