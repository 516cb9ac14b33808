using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>Output depends on the input only: not on file order, culture, or how often it is rendered.</summary>
    public class DeterminismTests
    {
        [Theory]
        [MemberData(nameof(GoldenCases.Names), MemberType = typeof(GoldenCases))]
        public void RenderingTwiceGivesIdenticalText(string caseName)
        {
            var result = Generate.Bind(GoldenCases.Sources(caseName), GoldenCases.Options(caseName));
            foreach (var definition in result.Definitions)
            {
                Assert.Equal(GeneratorPipeline.Render(definition), GeneratorPipeline.Render(definition));
            }
        }

        [Theory]
        [MemberData(nameof(GoldenCases.Names), MemberType = typeof(GoldenCases))]
        public void BindingFilesInAnotherOrderGivesAnEqualResult(string caseName)
        {
            var sources = GoldenCases.Sources(caseName);
            var forward = Generate.Bind(sources, GoldenCases.Options(caseName));
            var backward = Generate.Bind(Enumerable.Reverse(sources).ToList(), GoldenCases.Options(caseName));
            Assert.Equal(forward, backward);
            Assert.Equal(forward.GetHashCode(), backward.GetHashCode());
        }

        [Fact]
        public void BindingTheCorpusInAnotherOrderGivesAnEqualResult()
        {
            var sources = Generate.Read(TestPaths.CorpusFiles()).ToList();
            var forward = Generate.Bind(sources);
            var shuffled = sources.OrderBy(s => s.Path.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).ToList();
            Assert.Equal(forward, Generate.Bind(shuffled));
        }

        [Fact]
        public void RenderingDoesNotDependOnTheCulture()
        {
            var result = Generate.Bind(GoldenCases.Sources("kitchen-sink"));
            var invariant = result.Definitions.Select(GeneratorPipeline.Render).ToList();
            var culture = Thread.CurrentThread.CurrentCulture;
            try
            {
                foreach (var name in new[] { "tr-TR", "de-DE", "ar-SA", "fa-IR" })
                {
                    Thread.CurrentThread.CurrentCulture = new CultureInfo(name);
                    var bound = Generate.Bind(GoldenCases.Sources("kitchen-sink"));
                    Assert.Equal(result, bound);
                    Assert.Equal(invariant, bound.Definitions.Select(GeneratorPipeline.Render).ToList());
                }
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = culture;
            }
        }

        [Fact]
        public void HintNamesAreUniqueIgnoringCaseAndOrdered()
        {
            foreach (var caseName in GoldenCases.Names.Select(n => (string)n[0]))
            {
                var names = Generate.Bind(GoldenCases.Sources(caseName), GoldenCases.Options(caseName)).Definitions.Select(d => d.HintName).ToList();
                Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
            }
        }
    }
}
