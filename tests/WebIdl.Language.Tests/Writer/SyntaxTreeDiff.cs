using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Tests.Writer
{
    /// <summary>
    /// Compares two syntax trees property by property, ignoring every <see cref="SourceSpan"/> and the file's path:
    /// stricter than the JSON (it sees <c>LegacyIn</c>, <c>HasArgumentList</c>, documentation and the header).
    /// Documentation of the expected tree is compared with <c>*/</c> written as <c>*\/</c>, the writer's one lossy escape.
    /// </summary>
    internal static class SyntaxTreeDiff
    {
        public static List<string> Compare(IdlFile expected, IdlFile actual, int limit = 20)
        {
            var differences = new List<string>();
            Walk(expected, actual, "file", differences, limit);
            return differences;
        }

        private static void Walk(object? expected, object? actual, string path, List<string> differences, int limit)
        {
            if (differences.Count >= limit)
            {
                return;
            }

            if (expected is null || actual is null)
            {
                if (!(expected is null && actual is null))
                {
                    differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
                }

                return;
            }

            if (expected.GetType() != actual.GetType())
            {
                differences.Add($"{path}: {expected.GetType().Name} vs {actual.GetType().Name}");
                return;
            }

            if (expected is string || expected is Enum || expected.GetType().IsPrimitive)
            {
                if (!expected.Equals(actual))
                {
                    differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
                }

                return;
            }

            if (expected is SourceSpan)
            {
                return;
            }

            if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
            {
                var left = expectedItems.Cast<object?>().ToList();
                var right = actualItems.Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    differences.Add($"{path}: {left.Count} items vs {right.Count}");
                }

                for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
                {
                    Walk(left[i], right[i], $"{path}[{i}]", differences, limit);
                }

                return;
            }

            foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType == typeof(SourceSpan) || property.GetIndexParameters().Length > 0
                    || (expected is IdlFile && property.Name == nameof(IdlFile.Path)))
                {
                    continue;
                }

                var value = property.GetValue(expected);
                if (property.Name == "Documentation" && value is string documentation)
                {
                    value = RoundTrip.EscapeDocumentation(documentation);
                }

                Walk(value, property.GetValue(actual), path + "." + property.Name, differences, limit);
            }
        }

        private static string Show(object? value) => value switch
        {
            null => "null",
            string text => "\"" + text.Replace("\n", "\\n") + "\"",
            _ => value.ToString() ?? "",
        };
    }
}
