using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Xunit;

namespace WebIdl.Language.Tests.Robustness
{
    /// <summary>
    /// Random edits of corpus files and of generated WebIDL (delete, insert, swap, duplicate characters and tokens),
    /// from fixed seeds so any failure names the seed that reproduces it: the parser never throws or hangs.
    /// </summary>
    public sealed class MutationTests
    {
        private const int SeedsPerFile = 150;

        private static readonly string[] Insertions =
        {
            "{", "}", "(", ")", "[", "]", "<", ">", ";", ",", "=", "?", "...", "\"", "/*", "*/", "//", "\n", " ", "_", "-",
            "interface", "partial", "mixin", "attribute", "readonly", "sequence<", "optional", "or", "async", "iterable",
            "legacycaller", "in", "raises(", "exception", "module", "[A(", "\u0000", "\uFEFF", "\uD800", "é",
        };

        public static TheoryData<string> Files() => new TheoryData<string>(CorpusSample.Files(40));

        [Theory]
        [MemberData(nameof(Files))]
        public void MutatedCorpusFilesNeverBreakTheParser(string name)
        {
            var text = CorpusSample.Read(name);
            for (var seed = 0; seed < SeedsPerFile; seed++)
            {
                var (mutant, edits) = Mutate(text, seed);
                var options = new IdlParserOptions { LegacySyntax = (LegacySyntaxHandling)(seed % 3) };
                GuardedParse.Parse(mutant, $"{name} mutated with seed {seed} ({edits}, legacy syntax {options.LegacySyntax})", options);
            }
        }

        [Fact]
        public void MutatedRandomWebIdlNeverBreaksTheParser()
        {
            Gen.Select(RandomIdl.File, Gen.Int).Sample(
                (text, seed) =>
                {
                    var (mutant, edits) = Mutate(text, seed);
                    GuardedParse.Parse(mutant, $"generated WebIDL mutated with seed {seed} ({edits})");
                },
                iter: 3000,
                print: sample => GuardedParse.Show(sample.Item1) + " seed " + sample.Item2);
        }

        /// <summary>One to five random edits of <paramref name="text"/>; returns the result and a description of the edits.</summary>
        internal static (string Text, string Edits) Mutate(string text, int seed)
        {
            var random = new Random(seed);
            var builder = new StringBuilder(text);
            var edits = new List<string>();
            var count = random.Next(1, 6);
            for (var i = 0; i < count; i++)
            {
                var current = builder.ToString();
                var tokens = CorpusSample.Tokens(current);
                var at = random.Next(0, current.Length + 1);
                switch (random.Next(0, 8))
                {
                    case 0 when current.Length > 0:
                        {
                            var length = Math.Min(random.Next(1, 20), current.Length - Math.Min(at, current.Length - 1));
                            at = Math.Min(at, current.Length - 1);
                            builder.Remove(at, length);
                            edits.Add($"delete {length} chars at {at}");
                            break;
                        }

                    case 1:
                        {
                            var c = (char)random.Next(0, 0x3000);
                            builder.Insert(at, c);
                            edits.Add($"insert U+{(int)c:X4} at {at}");
                            break;
                        }

                    case 2:
                        {
                            var insertion = Insertions[random.Next(Insertions.Length)];
                            builder.Insert(at, insertion);
                            edits.Add($"insert '{insertion}' at {at}");
                            break;
                        }

                    case 3 when current.Length > 1:
                        {
                            var a = random.Next(current.Length);
                            var b = random.Next(current.Length);
                            (builder[a], builder[b]) = (builder[b], builder[a]);
                            edits.Add($"swap chars {a} and {b}");
                            break;
                        }

                    case 4 when tokens.Count > 0:
                        {
                            var token = tokens[random.Next(tokens.Count)];
                            builder.Remove(token.Start, token.Length);
                            edits.Add($"delete token at {token.Start}");
                            break;
                        }

                    case 5 when tokens.Count > 1:
                        {
                            var first = tokens[random.Next(tokens.Count)];
                            var second = tokens[random.Next(tokens.Count)];
                            if (first.Start > second.Start)
                            {
                                (first, second) = (second, first);
                            }

                            if (first.Start + first.Length <= second.Start)
                            {
                                var left = current.Substring(first.Start, first.Length);
                                var right = current.Substring(second.Start, second.Length);
                                builder.Remove(second.Start, second.Length).Insert(second.Start, left);
                                builder.Remove(first.Start, first.Length).Insert(first.Start, right);
                                edits.Add($"swap tokens at {first.Start} and {second.Start}");
                            }

                            break;
                        }

                    case 6 when tokens.Count > 0:
                        {
                            var token = tokens[random.Next(tokens.Count)];
                            builder.Insert(token.Start, current.Substring(token.Start, token.Length));
                            edits.Add($"duplicate token at {token.Start}");
                            break;
                        }

                    case 7 when current.Length > 0:
                        {
                            at = Math.Min(at, current.Length - 1);
                            var length = Math.Min(random.Next(1, 200), current.Length - at);
                            builder.Insert(at, current.Substring(at, length));
                            edits.Add($"duplicate {length} chars at {at}");
                            break;
                        }
                }
            }

            return (builder.ToString(), string.Join(", ", edits));
        }

        [Fact]
        public void MutationsAreDeterministic()
        {
            var text = CorpusSample.Read(CorpusSample.Files(1)[0]);
            Assert.Equal(Mutate(text, 42), Mutate(text, 42));
            Assert.True(Enumerable.Range(0, 10).Count(seed => Mutate(text, seed).Text != text) >= 8);
        }
    }
}
