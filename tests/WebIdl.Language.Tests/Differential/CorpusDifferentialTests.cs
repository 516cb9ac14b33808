using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using WebIdl.Language.Syntax;
using WebIdl.Language.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Language.Tests.Differential
{
    /// <summary>
    /// Every file of the pinned @webref/idl corpus is parsed by webidl2.js (run live through node) and by us in
    /// strict mode; the JSON must be structurally equal. Target 334 of 334; exclusions would be listed here.
    /// </summary>
    public sealed class CorpusDifferentialTests
    {
        /// <summary>Files excluded from the comparison, with the reason. Empty: every file must match.</summary>
        private static readonly IReadOnlyDictionary<string, string> Exclusions = new Dictionary<string, string>();

        private readonly ITestOutputHelper output;

        public CorpusDifferentialTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void EveryCorpusFileMatchesWebidl2()
        {
            var files = TestPaths.CorpusFiles();
            Assert.Equal(334, files.Length);
            var reference = Webidl2Reference.DumpFolder(TestPaths.Corpus);
            var failures = new List<string>();
            var equal = 0;
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (Exclusions.ContainsKey(name))
                {
                    continue;
                }

                var problem = Compare(file, Path.Combine(reference, name + ".json"));
                if (problem is null)
                {
                    equal++;
                }
                else
                {
                    failures.Add($"{name}: {problem}");
                }
            }

            output.WriteLine($"corpus: {equal} of {files.Length} files equal to webidl2.js; {Exclusions.Count} excluded");
            foreach (var exclusion in Exclusions)
            {
                output.WriteLine($"excluded {exclusion.Key}: {exclusion.Value}");
            }

            Assert.True(failures.Count == 0, $"{failures.Count} corpus files differ:\n" + string.Join("\n", failures.Take(30)));
        }

        internal static string? Compare(string idlFile, string referenceJson)
        {
            if (!File.Exists(referenceJson))
            {
                return "webidl2.js rejected the file";
            }

            var result = IdlParser.Parse(File.ReadAllText(idlFile), idlFile, IdlParserOptions.Strict);
            if (result.HasErrors)
            {
                return "we reported errors: " + string.Join("; ", result.Diagnostics.Where(d => d.IsError).Take(3));
            }

            var expected = JsonNode.Parse(File.ReadAllText(referenceJson));
            var actual = JsonNode.Parse(IdlJsonWriter.Write(result.File));
            return JsonCompare.FirstDifference(expected, actual);
        }
    }
}
