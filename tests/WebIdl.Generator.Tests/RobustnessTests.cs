using System.Collections.Generic;
using System.IO;
using System.Linq;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>Broken and odd input never crashes the pipeline: a diagnostic, never an exception, never an internal error.</summary>
    public class RobustnessTests
    {
        public static IEnumerable<object[]> Inputs => new[]
        {
            Path.Combine(TestPaths.Inputs, "kitchen-sink", "core.webidl"),
            Path.Combine(TestPaths.Inputs, "kitchen-sink", "collections.webidl"),
            Path.Combine(TestPaths.Inputs, "hostile-names", "hostile.webidl"),
            Path.Combine(TestPaths.Inputs, "legacy", "legacy.webidl"),
            TestPaths.WebSocketSample,
        }.Select(p => new object[] { Path.GetRelativePath(TestPaths.RepoRoot, p) });

        [Theory]
        [MemberData(nameof(Inputs))]
        public void EveryPrefixBindsAndRendersWithoutInternalErrors(string relative)
        {
            var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, relative));
            var problems = new List<string>();
            for (var end = 0; end <= text.Length; end += 7)
            {
                var prefix = text.Substring(0, end);
                var result = GeneratorPipeline.Bind(new[] { GeneratorPipeline.Parse("prefix.webidl", prefix) }, new GeneratorOptions());
                problems.AddRange(result.Diagnostics.Where(d => d.Id is "WIDL0202" or "WIDL0010" or "WIDL0130").Select(d => end + ": " + d));
                foreach (var definition in result.Definitions)
                {
                    if (HasErrorDirective(GeneratorPipeline.Render(definition)))
                    {
                        problems.Add(end + ": " + definition.HintName + " renders an #error");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        }

        /// <summary>True when a line of the text is an <c>#error</c> directive (not when a comment mentions one).</summary>
        public static bool HasErrorDirective(string text) =>
            System.Text.RegularExpressions.Regex.IsMatch(text, @"^\s*#\s*error", System.Text.RegularExpressions.RegexOptions.Multiline);

        [Fact]
        public void NullAndEmptyInputsAreHandled()
        {
            var parsed = GeneratorPipeline.Parse(null!, null!);
            Assert.Empty(parsed.Diagnostics);
            var result = GeneratorPipeline.Bind(new[] { parsed, null! }, null!);
            Assert.Empty(result.Definitions);
            Assert.Empty(GeneratorPipeline.Bind(null!, new GeneratorOptions()).Definitions);
        }

        [Fact]
        public void AnOddNamespaceIsMadeValid()
        {
            var (files, _) = Generate.Run(GoldenCases.Sources("websocket"), new GeneratorOptions { Namespace = " My.class.2go..global " });
            Assert.All(files.Keys, name => Assert.StartsWith("My.class._2go.global.", name));
            Assert.Contains("namespace My.@class._2go.@global;", files.Values.First());
            var problems = CSharpCompiler.Problems(CSharpCompiler.Compile(files));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void UnionsNamedLikeTheirMembersStillCompile()
        {
            const string idl = """
                typedef (DOMString or long) Value;
                typedef (DOMString or boolean) IsDOMString;
                [Exposed=Window] interface Holder { undefined take(Value v, IsDOMString w); };
                """;
            var (files, diagnostics) = Generate.Run(new[] { ("u.webidl", idl) });
            Assert.DoesNotContain(diagnostics, d => d.IsError);
            var problems = CSharpCompiler.Problems(CSharpCompiler.Compile(files));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void LegacyStrictMakesLegacySyntaxAnError()
        {
            var sources = GoldenCases.Sources("legacy");
            var lenient = Generate.Bind(sources);
            var strict = Generate.Bind(sources, new GeneratorOptions { LegacyStrict = true });
            Assert.DoesNotContain(lenient.Diagnostics, d => d.Id is "WIDL0008" or "WIDL0009");
            Assert.Contains(strict.Diagnostics, d => d.Id == "WIDL0008" && d.IsError);
            Assert.Equal(lenient.Definitions, strict.Definitions);
        }
    }
}
