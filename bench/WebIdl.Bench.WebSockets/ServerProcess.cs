using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;

namespace WebIdl.Bench.WebSockets
{
    /// <summary>This program started again with the <c>server</c> verb: the echo server in its own process, pinned to
    /// CPU 0. Closing its stdin stops it.</summary>
    internal sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, int port)
        {
            _process = process;
            Port = port;
        }

        public int Port { get; }

        public int Pid => _process.Id;

        public static ServerProcess Start()
        {
            var self = typeof(Program).Assembly.Location;
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            // Under the dotnet host (dotnet run, dotnet x.dll) the child needs the dll; under the apphost it does not.
            var host = System.IO.Path.GetFileName(Environment.ProcessPath ?? "dotnet");
            if (host is "dotnet" or "dotnet.exe")
            {
                start.ArgumentList.Add(self);
            }

            start.ArgumentList.Add("server");
            var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the echo server process");
            // Pinned at once, so that the threads its runtime starts inherit CPU 0, and again once it listens.
            Affinity.Pin(process.Id, 0);
            var read = process.StandardOutput.ReadLineAsync();
            if (!read.Wait(TimeSpan.FromSeconds(30)) || read.Result is not { } line || !line.StartsWith("listening ", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("the echo server did not start within 30 s");
            }

            Affinity.Pin(process.Id, 0);
            return new ServerProcess(process, int.Parse(line.AsSpan("listening ".Length), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        public void Dispose()
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            finally
            {
                _process.Dispose();
            }
        }
    }
}
