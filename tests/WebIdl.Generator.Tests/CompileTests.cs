using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>Every golden case compiles with Roslyn with no error and no warning, documentation comments included (CS1591).</summary>
    public class CompileTests
    {
        [Theory]
        [MemberData(nameof(GoldenCases.Names), MemberType = typeof(GoldenCases))]
        public void GeneratedCodeCompilesCleanly(string caseName)
        {
            var compilation = CSharpCompiler.Compile(GoldenCases.CSharp(caseName));
            var problems = CSharpCompiler.Problems(compilation);
            Assert.True(problems.Count == 0, caseName + ":\n" + string.Join("\n", problems));
        }
    }
}
