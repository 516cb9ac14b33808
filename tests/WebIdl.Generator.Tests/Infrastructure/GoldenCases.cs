using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>The golden cases: a name and the IDL files it generates from.</summary>
    public static class GoldenCases
    {
        /// <summary>Every case name.</summary>
        public static IEnumerable<object[]> Names => new[] { "websocket", "kitchen-sink", "legacy", "hostile-names", "behaviour", "events", "owned-contracts" }.Select(n => new object[] { n });

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

        /// <summary>
        /// The options of a case: the defaults, with the events data of its <c>*.events.json</c> files (the source
        /// generator's naming convention), and <c>OwnedContracts</c> for the case <c>owned-contracts</c>.
        /// </summary>
        public static GeneratorOptions Options(string caseName)
        {
            if (caseName == "owned-contracts")
            {
                return new GeneratorOptions { OwnedContracts = true };
            }

            var folder = Path.Combine(TestPaths.Inputs, caseName);
            if (!Directory.Exists(folder))
            {
                return new GeneratorOptions();
            }

            var files = Directory.GetFiles(folder, "*.events.json");
            System.Array.Sort(files, System.StringComparer.Ordinal);
            var entries = new List<EventInterface>();
            foreach (var file in files)
            {
                var (read, diagnostics) = EventsData.Parse(file, File.ReadAllText(file));
                if (!diagnostics.IsEmpty)
                {
                    throw new System.InvalidOperationException(file + ": " + string.Join("; ", diagnostics));
                }

                entries.AddRange(read);
            }

            return new GeneratorOptions { Events = EventsData.Merge(entries) };
        }

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
