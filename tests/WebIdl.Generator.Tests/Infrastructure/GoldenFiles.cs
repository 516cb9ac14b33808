using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Compares generated files with Golden/&lt;case&gt;/. With WEBIDL_UPDATE_GOLDEN=1 the folder is rewritten instead
    /// (files that are no longer generated are deleted).
    /// </summary>
    public static class GoldenFiles
    {
        /// <summary>True when the run should rewrite the golden files.</summary>
        public static bool Updating => Environment.GetEnvironmentVariable("WEBIDL_UPDATE_GOLDEN") == "1";

        /// <summary>Reads a case's golden files (name to text).</summary>
        public static SortedDictionary<string, string> Read(string caseName)
        {
            var folder = Path.Combine(TestPaths.Golden, caseName);
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (Directory.Exists(folder))
            {
                foreach (var path in Directory.GetFiles(folder))
                {
                    files.Add(Path.GetFileName(path), File.ReadAllText(path).Replace("\r\n", "\n"));
                }
            }

            return files;
        }

        /// <summary>Compares (or, when updating, writes) and returns the problems found, empty when all match.</summary>
        public static string Check(string caseName, SortedDictionary<string, string> actual)
        {
            var folder = Path.Combine(TestPaths.Golden, caseName);
            if (Updating)
            {
                Directory.CreateDirectory(folder);
                foreach (var stale in Directory.GetFiles(folder))
                {
                    if (!actual.ContainsKey(Path.GetFileName(stale)))
                    {
                        File.Delete(stale);
                    }
                }

                foreach (var file in actual)
                {
                    File.WriteAllText(Path.Combine(folder, file.Key), file.Value, new UTF8Encoding(false));
                }

                return "";
            }

            var expected = Read(caseName);
            var report = new StringBuilder();
            foreach (var name in expected.Keys.Except(actual.Keys, StringComparer.Ordinal))
            {
                report.AppendLine($"- {name}: expected but not generated");
            }

            foreach (var name in actual.Keys.Except(expected.Keys, StringComparer.Ordinal))
            {
                report.AppendLine($"+ {name}: generated but has no golden file");
            }

            foreach (var pair in actual)
            {
                if (expected.TryGetValue(pair.Key, out var golden) && golden != pair.Value)
                {
                    report.AppendLine($"~ {pair.Key} differs:");
                    report.AppendLine(Diff(golden, pair.Value));
                }
            }

            if (report.Length > 0)
            {
                report.Insert(0, $"Golden files of case '{caseName}' differ (set WEBIDL_UPDATE_GOLDEN=1 to accept the new output):{Environment.NewLine}");
            }

            return report.ToString();
        }

        /// <summary>A short line diff: the first differing region with a few lines of context.</summary>
        public static string Diff(string expected, string actual)
        {
            var a = expected.Split('\n');
            var b = actual.Split('\n');
            var start = 0;
            while (start < a.Length && start < b.Length && a[start] == b[start])
            {
                start++;
            }

            var endA = a.Length - 1;
            var endB = b.Length - 1;
            while (endA >= start && endB >= start && a[endA] == b[endB])
            {
                endA--;
                endB--;
            }

            var builder = new StringBuilder();
            for (var i = Math.Max(0, start - 2); i < start; i++)
            {
                builder.AppendLine($"    {i + 1,5}   {a[i]}");
            }

            for (var i = start; i <= endA && i < start + 40; i++)
            {
                builder.AppendLine($"    {i + 1,5} - {a[i]}");
            }

            for (var i = start; i <= endB && i < start + 40; i++)
            {
                builder.AppendLine($"    {i + 1,5} + {b[i]}");
            }

            return builder.ToString();
        }
    }
}
