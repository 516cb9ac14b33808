using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WebIdl.Generator.Wiring.Tests.Infrastructure
{
    /// <summary>
    /// The analyzer config options the compiler derives from MSBuild: <c>build_property.X</c> globally and
    /// <c>build_metadata.AdditionalFiles.X</c> per additional file.
    /// </summary>
    public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly TestOptions Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, TestOptions> perFile;

        /// <summary>Options with the given global properties (keys without the <c>build_property.</c> prefix) and per-file metadata.</summary>
        public TestOptionsProvider(IReadOnlyDictionary<string, string>? properties = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null)
        {
            var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in properties ?? new Dictionary<string, string>())
            {
                global["build_property." + pair.Key] = pair.Value;
            }

            GlobalOptions = new TestOptions(global);
            perFile = new Dictionary<string, TestOptions>(StringComparer.Ordinal);
            foreach (var file in metadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            {
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var pair in file.Value)
                {
                    values["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
                }

                perFile[file.Key] = new TestOptions(values);
            }
        }

        /// <inheritdoc />
        public override AnalyzerConfigOptions GlobalOptions { get; }

        /// <inheritdoc />
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        /// <inheritdoc />
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            perFile.TryGetValue(textFile.Path, out var options) ? options : Empty;

        private sealed class TestOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public TestOptions(Dictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
