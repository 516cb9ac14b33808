using System;
using System.Collections.Generic;
using System.Linq;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Tests.Writer
{
    /// <summary>
    /// Checks <c>parse(write(parse(x))) == parse(x)</c>: the JSON of both trees, the documentation of every
    /// definition, member and enum value, the header, and every other property (spans aside). Also checks that the
    /// output is canonical: writing the re-parsed tree prints the same text.
    /// </summary>
    internal static class RoundTrip
    {
        /// <summary>Everything that does not survive the round trip, plus parse errors of the input; empty when all is well.</summary>
        public static List<string> Problems(string text, string path)
        {
            var problems = new List<string>();
            var first = IdlParser.Parse(text, path);
            if (first.HasErrors)
            {
                problems.Add("The input does not parse cleanly (a parser bug when the input is valid):\n  "
                    + string.Join("\n  ", first.Diagnostics.Where(d => d.IsError).Take(5)));
            }

            var written = IdlWriter.Write(first.File);
            var second = IdlParser.Parse(written, path + ".written");
            if (second.HasErrors)
            {
                problems.Add("The written text does not parse cleanly:\n  "
                    + string.Join("\n  ", second.Diagnostics.Where(d => d.IsError).Take(5).Select(d => d + "\n    | " + LineAt(written, d.Span.Line))));
            }

            var expectedJson = IdlJsonWriter.Write(first.File);
            var actualJson = IdlJsonWriter.Write(second.File);
            if (expectedJson != actualJson)
            {
                problems.Add("The JSON differs:\n" + FirstDifference(expectedJson, actualJson));
            }

            var documentation = DocumentationDifferences(first.File, second.File);
            if (documentation.Count > 0)
            {
                problems.Add("Documentation differs:\n  " + string.Join("\n  ", documentation.Take(10)));
            }

            var tree = SyntaxTreeDiff.Compare(first.File, second.File);
            if (tree.Count > 0)
            {
                problems.Add("The trees differ:\n  " + string.Join("\n  ", tree));
            }

            var rewritten = IdlWriter.Write(second.File);
            if (rewritten != written)
            {
                problems.Add("The output is not canonical: writing the re-parsed tree gives different text:\n" + FirstDifference(written, rewritten));
            }

            return problems;
        }

        /// <summary>What the writer makes of documentation text: <c>*/</c> cannot stay inside a block comment.</summary>
        public static string EscapeDocumentation(string documentation) => documentation.Replace("*/", "*\\/");

        /// <summary>
        /// The documentation comments (and header) that differ between two trees, by where they are; the expected
        /// tree's documentation is compared in its escaped form (see <see cref="EscapeDocumentation"/>).
        /// </summary>
        public static List<string> DocumentationDifferences(IdlFile expected, IdlFile actual)
        {
            var left = Documentation(expected).Select(d => (d.Where, d.Where == "header" || d.Text is null ? d.Text : EscapeDocumentation(d.Text))).ToList();
            var right = Documentation(actual);
            var differences = new List<string>();
            if (left.Count != right.Count)
            {
                differences.Add($"{left.Count} documented places vs {right.Count}");
            }

            for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
            {
                if (left[i] != right[i])
                {
                    differences.Add($"{Show(left[i])} vs {Show(right[i])}");
                }
            }

            return differences;
        }

        private static List<(string Where, string? Text)> Documentation(IdlFile file)
        {
            var result = new List<(string, string?)> { ("header", file.HeaderComment) };
            AddDefinitions(result, file.Definitions, "");
            return result;
        }

        private static void AddDefinitions(List<(string, string?)> result, IEnumerable<DefinitionNode> definitions, string prefix)
        {
            foreach (var definition in definitions)
            {
                var where = $"{prefix}{definition.Kind} {definition.Name}";
                result.Add((where, definition.Documentation));
                switch (definition)
                {
                    case ContainerDefinition container:
                        for (var i = 0; i < container.Members.Count; i++)
                        {
                            result.Add(($"{where} > {container.Members[i].Kind} #{i} {container.Members[i].Name}", container.Members[i].Documentation));
                        }

                        break;
                    case EnumDefinition enumeration:
                        foreach (var value in enumeration.Values)
                        {
                            result.Add(($"{where} > \"{value.Value}\"", value.Documentation));
                        }

                        break;
                    case ModuleDefinition module:
                        AddDefinitions(result, module.Definitions, where + " > ");
                        break;
                }
            }
        }

        private static string Show((string Where, string? Text) doc) =>
            doc.Where + ": " + (doc.Text is null ? "null" : "\"" + doc.Text.Replace("\n", "\\n") + "\"");

        private static string LineAt(string text, int line)
        {
            var lines = text.Split('\n');
            return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        }

        private static string FirstDifference(string expected, string actual)
        {
            var i = 0;
            while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
            {
                i++;
            }

            var from = Math.Max(0, i - 100);
            return $"  at offset {i}\n  expected: …{Slice(expected, from, i + 100)}…\n  actual:   …{Slice(actual, from, i + 100)}…";
        }

        private static string Slice(string text, int from, int to) =>
            from >= text.Length ? "" : text.Substring(from, Math.Min(text.Length, to) - from).Replace("\n", "\\n");
    }
}
