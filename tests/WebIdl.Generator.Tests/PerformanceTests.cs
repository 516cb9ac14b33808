using System;
using System.Diagnostics;
using System.Linq;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// Rough timings, printed to the test output. The bounds are loose (Debug builds, shared machines); the bench in
    /// bench/ measures properly.
    /// </summary>
    public class PerformanceTests
    {
        private readonly ITestOutputHelper output;

        public PerformanceTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void WebSocketBindAndRenderWarm()
        {
            var parsed = Generate.Read(TestPaths.WebSocketSample).Select(s => GeneratorPipeline.Parse(s.Path, s.Text)).ToList();
            var times = new double[20];
            for (var i = -3; i < times.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                var result = GeneratorPipeline.Bind(parsed, new GeneratorOptions());
                foreach (var definition in result.Definitions)
                {
                    GeneratorPipeline.Render(definition);
                }

                if (i >= 0)
                {
                    times[i] = watch.Elapsed.TotalMilliseconds;
                }
            }

            Array.Sort(times);
            var median = times[times.Length / 2];
            output.WriteLine($"WebSocket bind + render, warm median of {times.Length}: {median:F2} ms");
            Assert.True(median < 250, $"median {median} ms");
        }
    }
}
