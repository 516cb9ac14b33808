using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WebIdl.Language.Tests.Infrastructure
{
    /// <summary>Structural JSON comparison (key order ignored) that names the first difference.</summary>
    public static class JsonCompare
    {
        /// <summary>Null when equal, else a JSON path and both values.</summary>
        public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
        {
            switch (expected)
            {
                case null:
                    return actual is null ? null : $"{path}: expected null, got {Short(actual)}";
                case JsonObject eo:
                    if (actual is not JsonObject ao)
                    {
                        return $"{path}: expected object {Short(eo)}, got {Short(actual)}";
                    }

                    foreach (var (key, value) in eo)
                    {
                        if (!ao.TryGetPropertyValue(key, out var other))
                        {
                            return $"{path}.{key}: missing (expected {Short(value)})";
                        }

                        var diff = FirstDifference(value, other, path + "." + key);
                        if (diff != null)
                        {
                            return diff;
                        }
                    }

                    var extra = ao.Select(p => p.Key).Where(k => !eo.ContainsKey(k)).ToList();
                    return extra.Count == 0 ? null : $"{path}: unexpected keys {string.Join(", ", extra)}";
                case JsonArray ea:
                    if (actual is not JsonArray aa)
                    {
                        return $"{path}: expected array, got {Short(actual)}";
                    }

                    for (var i = 0; i < System.Math.Min(ea.Count, aa.Count); i++)
                    {
                        var diff = FirstDifference(ea[i], aa[i], $"{path}[{i}]");
                        if (diff != null)
                        {
                            return diff;
                        }
                    }

                    return ea.Count == aa.Count ? null : $"{path}: expected {ea.Count} items, got {aa.Count}";
                default:
                    return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {Short(expected)}, got {Short(actual)}";
            }
        }

        private static string Short(JsonNode? node)
        {
            var text = node?.ToJsonString() ?? "null";
            return text.Length > 160 ? text.Substring(0, 160) + "…" : text;
        }
    }
}
