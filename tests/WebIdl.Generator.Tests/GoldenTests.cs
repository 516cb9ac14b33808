using System.Linq;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>The rendered files of each case equal Golden/&lt;case&gt;/ (WEBIDL_UPDATE_GOLDEN=1 rewrites them).</summary>
    public class GoldenTests
    {
        [Theory]
        [MemberData(nameof(GoldenCases.Names), MemberType = typeof(GoldenCases))]
        public void OutputMatchesGoldenFiles(string caseName)
        {
            var report = GoldenFiles.Check(caseName, GoldenCases.Output(caseName));
            Assert.True(report.Length == 0, report);
        }

        [Theory]
        [MemberData(nameof(GoldenCases.Names), MemberType = typeof(GoldenCases))]
        public void CaseHasNoErrors(string caseName)
        {
            var (_, diagnostics) = Generate.Run(GoldenCases.Sources(caseName), GoldenCases.Options(caseName));
            var errors = diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }
}
