using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using WebIdl.Language;

namespace WebIdl.Bench
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench/WebIdl.Bench -- parse [--iterations N] [--cold-runs N] [--json-out FILE]</c>:
    /// times our parser against webidl2.js, measured in the same run on the @webref/idl corpus.
    /// </summary>
    internal static class Program
    {
        private const int Warmup = 5;
        private const string Usage = "usage: WebIdl.Bench parse [--iterations N] [--cold-runs N] [--json-out FILE]\n       WebIdl.Bench generator [--iterations N]\n       WebIdl.Bench generator-edits [--iterations N]   (only warm one-file edits, untracked: a loop to profile)";

        private static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "generator")
            {
                var generatorIterations = args.Length > 2 && args[1] == "--iterations" && int.TryParse(args[2], out var gi) && gi > 0 ? gi : 20;
                var repo = RepoRoot();
                return GeneratorBench.Run(repo, Corpus(Path.Combine(repo, "tests", "node")), generatorIterations);
            }

            if (args.Length > 0 && args[0] == "generator-edits")
            {
                var editIterations = args.Length > 2 && args[1] == "--iterations" && int.TryParse(args[2], out var ei) && ei > 0 ? ei : 200;
                var repo = RepoRoot();
                return GeneratorBench.EditsOnly(Corpus(Path.Combine(repo, "tests", "node")), editIterations);
            }

            if (args.Length == 0 || args[0] != "parse")
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            var iterations = 20;
            var coldRuns = 3;
            string? jsonOut = null;
            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--iterations" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                        iterations = n;
                        i++;
                        break;
                    case "--cold-runs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var c) && c > 0:
                        coldRuns = c;
                        i++;
                        break;
                    case "--json-out" when i + 1 < args.Length:
                        jsonOut = args[++i];
                        break;
                    default:
                        Console.Error.WriteLine("unexpected argument: " + args[i]);
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }

#if DEBUG
            Console.Error.WriteLine("warning: a Debug build; run with -c Release for real figures");
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            var root = RepoRoot();
            var nodeDir = Path.Combine(root, "tests", "node");
            var corpus = Corpus(nodeDir);
            var tool = Path.Combine(root, "generator", "WebIdl.Tool", "bin", configuration, "net10.0", "webidl.dll");
            if (!File.Exists(tool))
            {
                Console.Error.WriteLine($"missing {tool}: build it with `dotnet build -c {configuration} generator/WebIdl.Tool` (dotnet run of this project does)");
                return 2;
            }

            var names = Directory.GetFiles(corpus, "*.idl").Select(Path.GetFileName).Cast<string>().OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var texts = names.Select(n => File.ReadAllText(Path.Combine(corpus, n), Encoding.UTF8)).ToArray();
            var bytes = names.Sum(n => new FileInfo(Path.Combine(corpus, n)).Length);
            Console.WriteLine($"corpus: {corpus} ({names.Length} files, {bytes / 1e6:F2} MB)");
            Console.WriteLine($"warm: {Warmup} warm-up + {iterations} timed whole-corpus parses per round, single thread, {Environment.ProcessorCount} cores, .NET {Environment.Version}, node {NodeVersion(nodeDir)}");

            // Warm: node, ours, node, ours.
            var rounds = new List<WarmRound>();
            for (var round = 1; round <= 2; round++)
            {
                var node = RunNodeBench(nodeDir, corpus, iterations);
                var ours = TimeOurs(names, texts, iterations);
                var warm = new WarmRound(round, ours, node);
                rounds.Add(warm);
                Console.WriteLine(
                    $"round {round} warm: ours {Ms(ours.MedianMs)} ms (min {Ms(ours.MinMs)}), webidl2.js {Ms(node.MedianMs)} ms (min {Ms(node.MinMs)}), " +
                    $"ratio {warm.Ratio:F2}x (goal >= 3x, stretch 10x)");
            }

            foreach (var r in rounds)
            {
                Console.WriteLine($"round {r.Round} ours: {MBps(bytes, r.Ours.MedianMs):F1} MB/s at the median, {r.Ours.AllocatedBytesPerCorpus / 1e6:F1} MB allocated per corpus");
            }

            // Cold: whole processes, alternating node, ours as built (IL, JIT-compiled) and ours published ReadyToRun.
            var readyToRunDir = Path.Combine(root, "artifacts", "bench", "webidl-r2r");
            Console.WriteLine($"publishing a ReadyToRun webidl into {readyToRunDir} (dotnet publish -p:WebIdlReadyToRun=true)");
            Run("dotnet", new[] { "publish", Path.Combine(root, "generator", "WebIdl.Tool", "WebIdl.Tool.csproj"), "-c", "Release", "-p:WebIdlReadyToRun=true", "--nologo", "-v", "q", "-o", readyToRunDir }, root);
            var readyToRunTool = Path.Combine(readyToRunDir, "webidl.dll");
            var ourCommand = new[] { tool, "check", corpus };
            var readyToRunCommand = new[] { readyToRunTool, "check", corpus };
            var nodeCommand = new[] { Path.Combine(nodeDir, "webidl2-cold.mjs"), corpus };
            var oursCold = new List<double>();
            var readyToRunCold = new List<double>();
            var nodeCold = new List<double>();
            for (var run = 0; run < coldRuns; run++)
            {
                nodeCold.Add(TimeProcess("node", nodeCommand, nodeDir));
                oursCold.Add(TimeProcess("dotnet", ourCommand, root));
                readyToRunCold.Add(TimeProcess("dotnet", readyToRunCommand, root));
            }

            var coldOurs = Median(oursCold);
            var coldReadyToRun = Median(readyToRunCold);
            var coldNode = Median(nodeCold);
            Console.WriteLine(
                $"cold ({coldRuns} alternating runs, wall time of `dotnet webidl.dll check <corpus>` vs `node webidl2-cold.mjs <corpus>`): node {Ms(coldNode)} ms [{string.Join(", ", nodeCold.Select(Ms))}]");
            Console.WriteLine(
                $"  ours, {configuration} build (IL, JIT): {Ms(coldOurs)} ms [{string.Join(", ", oursCold.Select(Ms))}], ratio ours/node {coldOurs / coldNode:F2} (goal <= 0.5)");
            Console.WriteLine(
                $"  ours, published ReadyToRun: {Ms(coldReadyToRun)} ms [{string.Join(", ", readyToRunCold.Select(Ms))}], ratio ours/node {coldReadyToRun / coldNode:F2} (goal <= 0.5)");

            if (jsonOut is not null)
            {
                var figures = new
                {
                    corpus,
                    files = names.Length,
                    bytes,
                    iterations,
                    warmup = Warmup,
                    configuration,
                    processors = Environment.ProcessorCount,
                    runtime = Environment.Version.ToString(),
                    warm = rounds.Select(r => new
                    {
                        round = r.Round,
                        oursMedianMs = r.Ours.MedianMs,
                        oursMinMs = r.Ours.MinMs,
                        oursMsPerCorpus = r.Ours.MsPerCorpus,
                        oursAllocatedBytesPerCorpus = r.Ours.AllocatedBytesPerCorpus,
                        webidl2MedianMs = r.Node.MedianMs,
                        webidl2MinMs = r.Node.MinMs,
                        ratio = r.Ratio,
                        oursMBPerSecond = MBps(bytes, r.Ours.MedianMs),
                    }),
                    cold = new { runs = coldRuns, oursMs = oursCold, readyToRunMs = readyToRunCold, nodeMs = nodeCold, oursMedianMs = coldOurs, readyToRunMedianMs = coldReadyToRun, nodeMedianMs = coldNode, ratio = coldOurs / coldNode, readyToRunRatio = coldReadyToRun / coldNode },
                };
                File.WriteAllText(jsonOut, JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }) + "\n");
                Console.WriteLine("figures written to " + jsonOut);
            }

            return 0;
        }

        private static Timing TimeOurs(string[] names, string[] texts, int iterations)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long sink = 0;
            for (var i = 0; i < Warmup; i++)
            {
                sink += ParseCorpus(names, texts);
            }

            var ms = new double[iterations];
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                var start = Stopwatch.GetTimestamp();
                sink += ParseCorpus(names, texts);
                ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
            if (sink < 0)
            {
                Console.WriteLine(sink);
            }

            return new Timing(Median(ms), ms.Min(), ms, allocated);
        }

        private static long ParseCorpus(string[] names, string[] texts)
        {
            long definitions = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                var result = IdlParser.Parse(texts[i], names[i]);
                definitions += result.File.Definitions.Count + result.Diagnostics.Count;
            }

            return definitions;
        }

        private static Timing RunNodeBench(string nodeDir, string corpus, int iterations)
        {
            var output = Run("node", new[] { Path.Combine(nodeDir, "webidl2-bench.mjs"), corpus, "--warmup", Warmup.ToString(CultureInfo.InvariantCulture), "--iterations", iterations.ToString(CultureInfo.InvariantCulture) }, nodeDir);
            var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last(l => l.StartsWith('{'));
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var ms = root.GetProperty("msPerCorpus").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            return new Timing(root.GetProperty("medianMs").GetDouble(), root.GetProperty("minMs").GetDouble(), ms, 0);
        }

        private static double TimeProcess(string fileName, string[] args, string workingDirectory)
        {
            var info = Start(fileName, args, workingDirectory);
            var start = Stopwatch.GetTimestamp();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + fileName);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"warning: {fileName} {string.Join(' ', args)} exited {process.ExitCode}: {Tail(stdout.Result)}{Tail(stderr.Result)}");
            }

            return elapsed;
        }

        private static string Run(string fileName, string[] args, string workingDirectory)
        {
            using var process = Process.Start(Start(fileName, args, workingDirectory)) ?? throw new InvalidOperationException("could not start " + fileName);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }

        private static ProcessStartInfo Start(string fileName, string[] args, string workingDirectory)
        {
            var info = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            return info;
        }

        private static string Corpus(string nodeDir)
        {
            if (!Directory.Exists(Path.Combine(nodeDir, "node_modules", "@webref", "idl")))
            {
                Console.Error.WriteLine("tests/node/node_modules is missing: running npm ci");
                Run("npm", new[] { "ci", "--no-audit", "--no-fund" }, nodeDir);
            }

            return Run("node", new[] { Path.Combine(nodeDir, "corpus-path.mjs") }, nodeDir).Trim();
        }

        private static string NodeVersion(string nodeDir) => Run("node", new[] { "--version" }, nodeDir).Trim();

        private static string RepoRoot()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Bindings.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("cannot find the repository root (Bindings.sln) above the current or the program's directory");
        }

        private static double Median(IReadOnlyCollection<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        private static double MBps(long bytes, double ms) => bytes / 1e6 / (ms / 1000);

        private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

        private static string Tail(string text) => text.Length <= 400 ? text : "…" + text[^400..];

        private sealed record Timing(double MedianMs, double MinMs, double[] MsPerCorpus, long AllocatedBytesPerCorpus);

        private sealed record WarmRound(int Round, Timing Ours, Timing Node)
        {
            public double Ratio => Node.MedianMs / Ours.MedianMs;
        }
    }
}
