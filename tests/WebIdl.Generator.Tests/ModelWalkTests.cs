using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using WebIdl.Generator.Tests.Infrastructure;
using WebIdl.Language.Text;
using Xunit;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// Walks every object reachable from a <see cref="BindingResult"/> by reflection: nothing from Roslyn, no syntax
    /// node or semantic symbol anywhere; in the definitions also no spans, and only value-equal shapes (records,
    /// strings, primitives, <see cref="EquatableArray{T}"/>), so the incremental generator can cache them.
    /// </summary>
    public class ModelWalkTests
    {
        [Theory]
        [MemberData(nameof(GoldenCases.Names), MemberType = typeof(GoldenCases))]
        public void BindingResultHoldsOnlyPlainValueEqualData(string caseName)
        {
            var result = Generate.Bind(GoldenCases.Sources(caseName), GoldenCases.Options(caseName));
            var problems = new List<string>();
            Walk(result, "result", inDefinitions: false, problems, new HashSet<object>(ReferenceEqualityComparer.Instance));
            Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(50)));
        }

        private static void Walk(object? value, string path, bool inDefinitions, List<string> problems, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            {
                return;
            }

            var type = value.GetType();
            if (!type.IsValueType && !seen.Add(value))
            {
                return;
            }

            var ns = type.Namespace ?? "";
            if (ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                problems.Add($"{path}: Roslyn type {type.FullName}");
                return;
            }

            if (ns.StartsWith("WebIdl.Language.Syntax", StringComparison.Ordinal) || ns.StartsWith("WebIdl.Language.Semantics", StringComparison.Ordinal))
            {
                problems.Add($"{path}: syntax or semantic node {type.FullName}");
                return;
            }

            if (inDefinitions && type == typeof(SourceSpan))
            {
                problems.Add($"{path}: a span in a binding record");
                return;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    Walk(item, $"{path}[{index++}]", inDefinitions, problems, seen);
                }

                return;
            }

            if (value is IEnumerable)
            {
                problems.Add($"{path}: {type.Name} is a collection without value equality (use EquatableArray<T>)");
                return;
            }

            if (!type.IsValueType && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is null)
            {
                problems.Add($"{path}: {type.FullName} is not a record");
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var child = property.GetValue(value);
                Walk(child, path + "." + property.Name, inDefinitions || property.Name == nameof(BindingResult.Definitions), problems, seen);
            }
        }
    }
}
