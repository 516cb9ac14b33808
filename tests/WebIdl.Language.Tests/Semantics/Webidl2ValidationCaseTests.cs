using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Semantics.Rules;
using WebIdl.Language.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>
    /// Acceptance: webidl2.js's validation cases (Cases/invalid whose baseline starts with <c>(rule)</c>). For every
    /// line a baseline names, the model reports, on that line, a diagnostic that stands for that rule, with the
    /// severity webidl2.js gives it (errors stay errors; its warnings and our four downgraded rules are warnings).
    /// </summary>
    public sealed class Webidl2ValidationCaseTests
    {
        private static readonly Regex RuleLine = new(@"^\((?<rule>[a-z0-9-]+)\) Validation error at line (?<line>\d+)", RegexOptions.Multiline);

        /// <summary>webidl2.js's <c>level: "warning"</c> rules.</summary>
        private static readonly string[] Webidl2Warnings = { "renamed-legacy", "no-nointerfaceobject" };

        /// <summary>Errors in webidl2.js that the model reports as warnings.</summary>
        private static readonly string[] DowngradedHere = { "require-exposed", "replace-void" };

        private readonly ITestOutputHelper output;

        public Webidl2ValidationCaseTests(ITestOutputHelper output) => this.output = output;

        public static IEnumerable<object[]> ValidationCases() =>
            Directory.GetFiles(Path.Combine(TestPaths.Cases, "invalid", "baseline"), "*.txt")
                .Where(f => File.ReadAllText(f).StartsWith("(", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

        [Fact]
        public void ThereAreEighteenValidationCases() => Assert.Equal(18, ValidationCases().Count());

        [Theory]
        [MemberData(nameof(ValidationCases))]
        public void ModelReportsWhatWebidl2Reports(string name)
        {
            var idl = Path.Combine(TestPaths.Cases, "invalid", "idl", name + ".webidl");
            var baseline = File.ReadAllText(Path.Combine(TestPaths.Cases, "invalid", "baseline", name + ".txt"));
            var parsed = IdlParser.Parse(File.ReadAllText(idl), idl);
            Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
            var model = SemanticModel.Build(new[] { parsed.File });

            var problems = new List<string>();
            var mapping = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Match match in RuleLine.Matches(baseline))
            {
                var rule = match.Groups["rule"].Value;
                var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(WebIdl2Rules.ByName.TryGetValue(rule, out var descriptors), $"no mapping for webidl2.js rule {rule}");
                var severity = Webidl2Warnings.Contains(rule) || DowngradedHere.Contains(rule) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
                var ids = descriptors!.Select(d => d.Id).ToArray();
                mapping.Add($"{rule} -> {string.Join("/", ids)} ({severity})");
                var ours = model.Diagnostics.Where(d => d.Span.Path == idl && d.Span.Line == line).ToList();
                if (!ours.Any(d => ids.Contains(d.Id) && d.Severity == severity))
                {
                    problems.Add($"line {line} ({rule}, expected {string.Join("/", ids)} {severity}): we report [{string.Join("; ", ours)}]");
                }
            }

            output.WriteLine($"{name}: {string.Join(", ", mapping)}");
            Assert.True(mapping.Count > 0, "the baseline names no rule");
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nall diagnostics:\n" + string.Join("\n", model.Diagnostics));
        }
    }
}
