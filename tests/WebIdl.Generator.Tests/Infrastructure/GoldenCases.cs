using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>The golden cases: a name and the IDL files it generates from.</summary>
    public static class GoldenCases
    {
        /// <summary>Every case name.</summary>
        public static IEnumerable<object[]> Names => new[] { "websocket", "kitchen-sink", "legacy", "hostile-names", "behaviour", "owned-contracts" }.Select(n => new object[] { n });

        /// <summary>The IDL inputs of a case, as (repo-relative path, text).</summary>
        public static List<(string Path, string Text)> Sources(string caseName)
        {
            if (caseName == "websocket")
            {
                return Generate.Read(TestPaths.WebSocketSample).ToList();
            }

            var files = Directory.GetFiles(Path.Combine(TestPaths.Inputs, caseName), "*.webidl");
            System.Array.Sort(files, System.StringComparer.Ordinal);
            return Generate.Read(files).ToList();
        }

        /// <summary>The options a case is generated with: the defaults, and <c>OwnedContracts</c> for <c>owned-contracts</c>.</summary>
        public static GeneratorOptions Options(string caseName) =>
            new GeneratorOptions { OwnedContracts = caseName == "owned-contracts" };

        /// <summary>The generated files of a case plus <c>diagnostics.txt</c>.</summary>
        public static SortedDictionary<string, string> Output(string caseName)
        {
            var (files, diagnostics) = Generate.Run(Sources(caseName), Options(caseName));
            files.Add("diagnostics.txt", string.Concat(diagnostics.Select(d => d + "\n")));
            return files;
        }

        /// <summary>Only the C# files of a case.</summary>
        public static SortedDictionary<string, string> CSharp(string caseName)
        {
            var (files, _) = Generate.Run(Sources(caseName), Options(caseName));
            return files;
        }
    }
}
