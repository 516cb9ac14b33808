using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace WebIdl.Bench.WebSockets
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench/WebIdl.Bench.WebSockets [-- options]</c>: the runtime's WebSocket
    /// against a raw <see cref="System.Net.WebSockets.ClientWebSocket"/> loop, in one run, against the same Kestrel
    /// echo server on loopback.
    /// </summary>
    /// <remarks>
    /// <para>The server runs in a child process with every thread pinned to CPU 0, the clients in this process with
    /// every thread pinned to CPU 1 (when there are two CPUs), so both clients get the same pinning.</para>
    /// <para>The machine this runs on is a noisy 2-core VM: the same client's throughput moves by 1.5x between runs a
    /// few seconds apart. So each round is short and measures the two clients back to back (alternating which goes
    /// first), and the figure reported is the median over the rounds of the per-round ratio runtime/raw: a slow spell
    /// of the machine slows both halves of a pair. <c>--self-check</c> runs the same protocol with a second raw
    /// ClientWebSocket in the runtime's place (an A/A test): its ratios should come out near 1.00, and how far they
    /// stray is the method's noise floor.</para>
    /// </remarks>
    internal static class Program
    {
        private const int PayloadBytes = 32;
        private const double Goal = 0.9;

        private static async Task<int> Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "server")
            {
                return await EchoServer.RunAsync();
            }

            var options = Options.Parse(args);
            if (options is null)
            {
                Console.Error.WriteLine("usage: WebIdl.Bench.WebSockets [--rounds N] [--round-trips N] [--messages N] [--window N] [--only ClientWebSocket|Runtime] [--self-check]");
                return 2;
            }

            using var server = ServerProcess.Start();
            var url = new Uri($"ws://127.0.0.1:{server.Port}/");
            var clientCpu = Environment.ProcessorCount >= 2 ? 1 : 0;
            Affinity.Pin(Environment.ProcessId, clientCpu);

            var payload = new byte[PayloadBytes];
            new Random(42).NextBytes(payload);
            await using IBenchClient raw = new RawClient();
            await using IBenchClient runtime = options.SelfCheck ? new RawClient("ClientWebSocket (second)") : new RuntimeClient();
            await raw.ConnectAsync(url);
            await runtime.ConnectAsync(url);

            // Warm-up: JIT and tiering of both paths.
            foreach (var client in new[] { raw, runtime })
            {
                await client.RoundTripsAsync(payload, 5000);
                await client.PipelinedAsync(payload, 50000, options.Window);
            }

            // Again, now that the sockets' and the thread pool's threads exist: the first pin came before some of
            // them, and a thread created by an unpinned thread would not have inherited it.
            var clientThreads = Affinity.Pin(Environment.ProcessId, clientCpu);
            var serverThreads = Affinity.Pin(server.Pid, 0);
            Console.WriteLine($"echo server pid {server.Pid} on {url}: {serverThreads} threads pinned to CPU 0; clients: {clientThreads} threads pinned to CPU {clientCpu}");
            Console.WriteLine($"{options.Rounds} rounds; each round: {options.RoundTrips} round trips, then {options.Messages} pipelined messages (window {options.Window}), " +
                $"{PayloadBytes}-byte binary messages, the two clients back to back{(options.SelfCheck ? "; SELF-CHECK: a second ClientWebSocket stands in for the runtime" : "")}");
            Console.WriteLine();
            Console.WriteLine($"{"round",5}  {"client",-26} {"round trips/s",13} {"pipelined msg/s",15} {"B/round trip",12} {"B/pipelined",11}");

            var a = new Figures();
            var b = new Figures();
            var latencyRatios = new List<double>();
            var throughputRatios = new List<double>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                // The runtime goes first in even rounds, so neither client always follows the other.
                var pair = round % 2 == 1 ? new[] { (raw, a), (runtime, b) } : new[] { (runtime, b), (raw, a) };
                pair = options.Only is { } only ? pair.Where(p => p.Item1.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray() : pair;
                foreach (var (client, figures) in pair)
                {
                    var m = await MeasureAsync(() => client.RoundTripsAsync(payload, options.RoundTrips));
                    figures.RoundTrips.Add(options.RoundTrips / m.Seconds);
                    figures.BytesPerRoundTrip.Add((double)m.Bytes / options.RoundTrips);
                }

                foreach (var (client, figures) in pair.Reverse())
                {
                    var m = await MeasureAsync(() => client.PipelinedAsync(payload, options.Messages, options.Window));
                    figures.Pipelined.Add(options.Messages / m.Seconds);
                    figures.BytesPerPipelined.Add((double)m.Bytes / options.Messages);
                }

                foreach (var (client, figures) in pair)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{round,5}  {client.Name,-26} {figures.RoundTrips[^1],13:F0} {figures.Pipelined[^1],15:F0} {figures.BytesPerRoundTrip[^1],12:F1} {figures.BytesPerPipelined[^1],11:F1}"));
                }

                if (options.Only is null)
                {
                    latencyRatios.Add(b.RoundTrips[^1] / a.RoundTrips[^1]);
                    throughputRatios.Add(b.Pipelined[^1] / a.Pipelined[^1]);
                }
            }

            Console.WriteLine();
            foreach (var (client, f) in new[] { (raw, a), (runtime, b) })
            {
                if (f.RoundTrips.Count > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"median {client.Name,-26} {Quantile(f.RoundTrips, 0.5),9:F0} round trips/s  {Quantile(f.Pipelined, 0.5),9:F0} pipelined msg/s  " +
                        $"{Quantile(f.BytesPerRoundTrip, 0.5),7:F1} B/round trip  {Quantile(f.BytesPerPipelined, 0.5),7:F1} B/pipelined msg (allocated in the client process, per message)"));
                }
            }

            if (options.Only is not null)
            {
                return 0;
            }

            var latency = Quantile(latencyRatios, 0.5);
            var throughput = Quantile(throughputRatios, 0.5);
            var who = options.SelfCheck ? "second ClientWebSocket/ClientWebSocket (self-check, ideal 1.00)" : "runtime/ClientWebSocket";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio {who}, median of {options.Rounds} per-round ratios [quartiles]: latency (round trips/s) {latency:F2}x [{Quantile(latencyRatios, 0.25):F2}-{Quantile(latencyRatios, 0.75):F2}], " +
                $"throughput (pipelined msg/s) {throughput:F2}x [{Quantile(throughputRatios, 0.25):F2}-{Quantile(throughputRatios, 0.75):F2}]"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio of the medians: latency {Quantile(b.RoundTrips, 0.5) / Quantile(a.RoundTrips, 0.5):F2}x, throughput {Quantile(b.Pipelined, 0.5) / Quantile(a.Pipelined, 0.5):F2}x"));
            if (!options.SelfCheck)
            {
                Console.WriteLine($"goal >= {Goal:F2}x each: {(latency >= Goal && throughput >= Goal ? "met" : "NOT met")}");
            }

            return 0;
        }

        // One measured run: wall time and the bytes allocated in this process.
        private static async Task<(double Seconds, long Bytes)> MeasureAsync(Func<Task> body)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await body();
            watch.Stop();
            return (watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        // Linear interpolation between the closest ranks.
        private static double Quantile(List<double> values, double q)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var position = q * (sorted.Length - 1);
            var low = (int)Math.Floor(position);
            var high = Math.Min(low + 1, sorted.Length - 1);
            return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
        }

        private sealed class Figures
        {
            public List<double> RoundTrips { get; } = new();

            public List<double> Pipelined { get; } = new();

            public List<double> BytesPerRoundTrip { get; } = new();

            public List<double> BytesPerPipelined { get; } = new();
        }

        private sealed record Options(int Rounds, int RoundTrips, int Messages, int Window, string? Only = null, bool SelfCheck = false)
        {
            public static Options? Parse(string[] args)
            {
                var o = new Options(31, 2000, 20000, 100);
                for (var i = 0; i < args.Length; i++)
                {
                    // --only NAME: measure one client (for a profiler); no ratios.
                    if (args[i] == "--only" && i + 1 < args.Length)
                    {
                        o = o with { Only = args[++i] };
                        continue;
                    }

                    // --self-check: the A/A test (a second ClientWebSocket in the runtime's place).
                    if (args[i] == "--self-check")
                    {
                        o = o with { SelfCheck = true };
                        continue;
                    }

                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
                    {
                        return null;
                    }

                    o = args[i++] switch
                    {
                        "--rounds" => o with { Rounds = n },
                        "--round-trips" => o with { RoundTrips = n },
                        "--messages" => o with { Messages = n },
                        "--window" => o with { Window = n },
                        _ => null,
                    };
                    if (o is null)
                    {
                        return null;
                    }
                }

                return o;
            }
        }
    }
}
