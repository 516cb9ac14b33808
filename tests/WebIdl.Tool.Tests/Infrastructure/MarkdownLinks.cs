using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace WebIdl.Tool.Tests
{
    /// <summary>One Markdown link: the page it is on and its target as written.</summary>
    internal sealed record MarkdownLink(string Page, string Target);

    /// <summary>
    /// Reads the links of Markdown pages (every <c>](target)</c> outside code) and checks the relative ones: the
    /// target file exists in the same directory, and an anchor <c>#x</c> names an <c>&lt;a id="x"&gt;</c> of that page.
    /// </summary>
    internal static class MarkdownLinks
    {
        private static readonly Regex Anchor = new("<a id=\"([^\"]+)\"></a>", RegexOptions.CultureInvariant);

        /// <summary>Every link of the page text, in order. Fenced code blocks and code spans are skipped.</summary>
        public static List<string> Targets(string text)
        {
            var targets = new List<string>();
            var inFence = "";
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.TrimStart();
                if (trimmed.StartsWith("```", StringComparison.Ordinal))
                {
                    var fence = trimmed.Substring(0, trimmed.Length - trimmed.TrimStart('`').Length);
                    if (inFence.Length == 0)
                    {
                        inFence = fence;
                        continue;
                    }

                    if (fence.Length >= inFence.Length && trimmed.Trim('`').Length == 0)
                    {
                        inFence = "";
                        continue;
                    }
                }

                if (inFence.Length > 0)
                {
                    continue;
                }

                var prose = WithoutCodeSpans(line);
                var at = 0;
                while ((at = prose.IndexOf("](", at, StringComparison.Ordinal)) >= 0)
                {
                    var start = at + 2;
                    string target;
                    if (start < prose.Length && prose[start] == '<')
                    {
                        var close = prose.IndexOf('>', start);
                        target = close < 0 ? prose.Substring(start) : prose.Substring(start + 1, close - start - 1);
                    }
                    else
                    {
                        var close = prose.IndexOf(')', start);
                        target = close < 0 ? prose.Substring(start) : prose.Substring(start, close - start);
                    }

                    targets.Add(target);
                    at = start;
                }
            }

            return targets;
        }

        /// <summary>The anchors (<c>&lt;a id&gt;</c>) a page defines, and whether any is defined twice.</summary>
        public static HashSet<string> Anchors(string text, List<string>? duplicates = null)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match match in Anchor.Matches(text))
            {
                if (!anchors.Add(match.Groups[1].Value))
                {
                    duplicates?.Add(match.Groups[1].Value);
                }
            }

            return anchors;
        }

        /// <summary>
        /// Checks every page of <paramref name="directory"/>: relative targets must exist, anchors must be defined
        /// once; absolute http(s) links are only counted.
        /// </summary>
        /// <returns>The broken links (page and target, readable), and the number of links checked.</returns>
        public static (List<string> Broken, int Checked, int External) Check(string directory)
        {
            var broken = new List<string>();
            var pages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(directory, "*.md"))
            {
                pages[Path.GetFileName(file)] = File.ReadAllText(file);
            }

            var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                var duplicates = new List<string>();
                anchors[page.Key] = Anchors(page.Value, duplicates);
                foreach (var duplicate in duplicates)
                {
                    broken.Add(page.Key + ": anchor defined twice: " + duplicate);
                }
            }

            var checkedLinks = 0;
            var external = 0;
            foreach (var page in pages)
            {
                foreach (var target in Targets(page.Value))
                {
                    if (target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal))
                    {
                        external++;
                        continue;
                    }

                    checkedLinks++;
                    var hash = target.IndexOf('#');
                    var file = Uri.UnescapeDataString(hash < 0 ? target : target.Substring(0, hash));
                    var anchor = hash < 0 ? null : Uri.UnescapeDataString(target.Substring(hash + 1));
                    var targetPage = file.Length == 0 ? page.Key : file;
                    if (file.Contains('/') || file.Contains('\\') || !pages.ContainsKey(targetPage))
                    {
                        broken.Add(page.Key + ": " + target + " (no such page)");
                    }
                    else if (anchor is not null && !anchors[targetPage].Contains(anchor))
                    {
                        broken.Add(page.Key + ": " + target + " (no such anchor)");
                    }
                }
            }

            return (broken, checkedLinks, external);
        }

        private static string WithoutCodeSpans(string line)
        {
            var chars = line.ToCharArray();
            var i = 0;
            while (i < chars.Length)
            {
                if (chars[i] == '\\' && i + 1 < chars.Length)
                {
                    chars[i + 1] = ' ';
                    i += 2;
                    continue;
                }

                if (chars[i] != '`')
                {
                    i++;
                    continue;
                }

                var run = 0;
                while (i + run < chars.Length && chars[i + run] == '`')
                {
                    run++;
                }

                var fence = new string('`', run);
                var close = line.IndexOf(fence, i + run, StringComparison.Ordinal);
                while (close >= 0 && close + run < line.Length && line[close + run] == '`')
                {
                    close = line.IndexOf(fence, close + run + 1, StringComparison.Ordinal);
                }

                if (close < 0)
                {
                    i += run;
                    continue;
                }

                for (var k = i; k < close + run; k++)
                {
                    chars[k] = ' ';
                }

                i = close + run;
            }

            return new string(chars);
        }
    }
}
