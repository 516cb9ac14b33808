using System.Collections.Generic;
using System.Linq;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>The compile tests would see what they look for: the harness reports CS1591 and nullable warnings.</summary>
    public class CompilerSanityTests
    {
        [Fact]
        public void HarnessReportsMissingDocumentationAndNullableWarnings()
        {
            var problems = CSharpCompiler.Problems(CSharpCompiler.Compile(new Dictionary<string, string>
            {
                ["x.cs"] = "/// <summary>Documented.</summary>\npublic class X { public string Y() => null; }",
            }));
            Assert.Contains(problems, p => p.Contains("CS1591"));
            Assert.Contains(problems, p => p.Contains("CS8603"));
        }

        [Fact]
        public void RenderOfAFailedDefinitionIsAnErrorDirectiveNotAnException()
        {
            Assert.True(RobustnessTests.HasErrorDirective(GeneratorPipeline.Render(null!)));
        }
    }
}
