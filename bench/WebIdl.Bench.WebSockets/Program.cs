using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace WebIdl.Bench.WebSockets
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench/WebIdl.Bench.WebSockets [-- --rounds N --round-trips N --messages N --window N]</c>:
    /// the runtime's WebSocket against a raw <see cref="System.Net.WebSockets.ClientWebSocket"/> loop, in one run,
    /// against the same Kestrel echo server on loopback. The server runs in a child process pinned to CPU 0 and the
    /// clients in this process pinned to CPU 1 (when there are two CPUs), so both clients get the same pinning. Rounds
    /// interleave the clients and alternate which goes first; the ratios of the medians are printed last.
    /// </summary>
    internal static class Program
    {
        private const int PayloadBytes = 32;

        private static async Task<int> Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "server")
            {
                return await EchoServer.RunAsync();
            }

            var options = Options.Parse(args);
            if (options is null)
            {
                Console.Error.WriteLine("usage: WebIdl.Bench.WebSockets [--rounds N] [--round-trips N] [--messages N] [--window N] [--only ClientWebSocket|Runtime]");
                return 2;
            }

            using var server = ServerProcess.Start();
            var url = new Uri($"ws://127.0.0.1:{server.Port}/");
            Pin(Process.GetCurrentProcess(), Environment.ProcessorCount >= 2 ? 1 : 0);
            Console.WriteLine($"echo server pid {server.Pid} on {url} (CPU 0); clients on CPU {(Environment.ProcessorCount >= 2 ? 1 : 0)}; " +
                $"{options.Rounds} rounds of {options.RoundTrips} round trips and {options.Messages} pipelined messages (window {options.Window}), {PayloadBytes}-byte binary messages");

            var payload = new byte[PayloadBytes];
            new Random(42).NextBytes(payload);
            await using var raw = new RawClient();
            await using var runtime = new RuntimeClient();
            await raw.ConnectAsync(url);
            await runtime.ConnectAsync(url);

            // Warm-up: JIT and tiering of both paths.
            foreach (IBenchClient client in new IBenchClient[] { raw, runtime })
            {
                await client.RoundTripsAsync(payload, Math.Min(5000, options.RoundTrips));
                await client.PipelinedAsync(payload, Math.Min(20000, options.Messages), options.Window);
            }

            var results = new Dictionary<string, Figures> { [raw.Name] = new(), [runtime.Name] = new() };
            for (var round = 1; round <= options.Rounds; round++)
            {
                var order = round % 2 == 1 ? new IBenchClient[] { raw, runtime } : new IBenchClient[] { runtime, raw };
                foreach (var client in order)
                {
                    if (options.Only is { } only && !client.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var figures = results[client.Name];
                    var (rtSeconds, rtBytes) = await MeasureAsync(() => client.RoundTripsAsync(payload, options.RoundTrips));
                    var (pSeconds, pBytes) = await MeasureAsync(() => client.PipelinedAsync(payload, options.Messages, options.Window));
                    figures.RoundTrips.Add(options.RoundTrips / rtSeconds);
                    figures.Pipelined.Add(options.Messages / pSeconds);
                    figures.BytesPerRoundTrip.Add((double)rtBytes / options.RoundTrips);
                    figures.BytesPerPipelined.Add((double)pBytes / options.Messages);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round} {client.Name,-26} {options.RoundTrips / rtSeconds,9:F0} round trips/s  {options.Messages / pSeconds,9:F0} pipelined msg/s  " +
                        $"{(double)rtBytes / options.RoundTrips,7:F1} B/round trip  {(double)pBytes / options.Messages,7:F1} B/pipelined msg"));
                }
            }

            if (options.Only is not null)
            {
                return 0;
            }

            var a = results[raw.Name];
            var b = results[runtime.Name];
            Console.WriteLine();
            foreach (var (name, f) in new[] { (raw.Name, a), (runtime.Name, b) })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"median {name,-26} {Median(f.RoundTrips),9:F0} round trips/s  {Median(f.Pipelined),9:F0} pipelined msg/s  " +
                    $"{Median(f.BytesPerRoundTrip),7:F1} B/round trip  {Median(f.BytesPerPipelined),7:F1} B/pipelined msg (client process, per message)"));
            }

            var latency = Median(b.RoundTrips) / Median(a.RoundTrips);
            var throughput = Median(b.Pipelined) / Median(a.Pipelined);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio runtime/ClientWebSocket: latency (round trips/s) {latency:F2}x, throughput (pipelined msg/s) {throughput:F2}x; goal >= 0.90x each: " +
                $"{(latency >= 0.9 && throughput >= 0.9 ? "met" : "NOT met")}"));
            return 0;
        }

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

        internal static void Pin(Process process, int cpu)
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            {
                try
                {
                    process.ProcessorAffinity = (IntPtr)(1L << cpu);
                }
                catch (Exception e) when (e is PlatformNotSupportedException or System.ComponentModel.Win32Exception or InvalidOperationException)
                {
                    Console.WriteLine($"(could not pin process {process.Id} to CPU {cpu}: {e.Message})");
                }
            }
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private sealed class Figures
        {
            public List<double> RoundTrips { get; } = new();

            public List<double> Pipelined { get; } = new();

            public List<double> BytesPerRoundTrip { get; } = new();

            public List<double> BytesPerPipelined { get; } = new();
        }

        private sealed record Options(int Rounds, int RoundTrips, int Messages, int Window, string? Only = null)
        {
            public static Options? Parse(string[] args)
            {
                var o = new Options(5, 20000, 200000, 100);
                for (var i = 0; i < args.Length; i++)
                {
                    // --only NAME: measure one client (for a profiler); no ratios.
                    if (args[i] == "--only" && i + 1 < args.Length)
                    {
                        o = o with { Only = args[++i] };
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
