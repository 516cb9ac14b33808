using System.Collections.Generic;
using System.Linq;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using Xunit;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>Builds models from inline IDL (file i is named <c>fileN.webidl</c>) and picks diagnostics.</summary>
    internal static class SemanticHost
    {
        public static SemanticModel Build(params string[] sources) => Build(IdlSemanticOptions.Default, sources);

        public static SemanticModel Build(IdlSemanticOptions options, params string[] sources) =>
            SemanticModel.Build(Parse(sources), options);

        public static IdlFile[] Parse(params string[] sources) =>
            sources.Select((source, i) =>
            {
                var result = IdlParser.Parse(source, $"file{i}.webidl");
                Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
                return result.File;
            }).ToArray();

        public static List<IdlDiagnostic> Of(this SemanticModel model, DiagnosticDescriptor descriptor) =>
            model.Diagnostics.Where(d => d.Id == descriptor.Id).ToList();

        /// <summary>Asserts exactly the given lines (of file0 unless a path is given) carry <paramref name="descriptor"/>.</summary>
        public static void AssertLines(this SemanticModel model, DiagnosticDescriptor descriptor, params int[] lines)
        {
            var found = model.Of(descriptor).Select(d => d.Span.Line).OrderBy(l => l).ToArray();
            Assert.True(
                lines.OrderBy(l => l).SequenceEqual(found),
                $"{descriptor.Id}: expected lines [{string.Join(",", lines)}], got [{string.Join(",", found)}]\n{string.Join("\n", model.Diagnostics)}");
            Assert.All(model.Of(descriptor), d => Assert.Equal(descriptor.Severity, d.Severity));
        }

        public static void AssertNone(this SemanticModel model, DiagnosticDescriptor descriptor) => model.AssertLines(descriptor);

        public static void AssertClean(this SemanticModel model) =>
            Assert.True(model.Diagnostics.Count == 0, string.Join("\n", model.Diagnostics));
    }
}
