using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using WebIdl.Tests.Shared;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.Samples;

/// <summary>
/// The README's first command, <c>dotnet run --project samples/WebSocketEcho</c>, run for real (the built sample,
/// which this project references so that it is built first): with no argument, against its embedded Kestrel echo
/// server; with a URL, against the npm <c>ws</c> peer; and against a port nobody listens on.
/// </summary>
[Collection(PeerCollection.Name)]
public sealed class WebSocketEchoSampleTests
{
    private readonly PeerServers peers;

    public WebSocketEchoSampleTests(PeerServers peers) => this.peers = peers;

    [Fact]
    public async Task WithoutArguments_TalksToItsEmbeddedServer_PrintsEveryEvent_AndExitsZero()
    {
        var (exit, output, error) = await RunSampleAsync();
        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        AssertConversation(output);
        Assert.Contains("started an echo server at ws://127.0.0.1:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAUrl_TalksToThatServer()
    {
        var url = peers.Url(PeerKind.Node, "/echo").AbsoluteUri;
        var (exit, output, error) = await RunSampleAsync(url);
        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        AssertConversation(output);
        Assert.Contains($"open      {url} (protocol '', extensions 'permessage-deflate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("started an echo server", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_ExitsNonZero_WithAClearMessage()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exit, output, error) = await RunSampleAsync($"ws://127.0.0.1:{port}/");
        Assert.Equal(2, exit);
        Assert.Contains($"could not connect to ws://127.0.0.1:{port}/", error, StringComparison.Ordinal);
        Assert.Contains("refused", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new[] { "error", "close" }, Events(output));
        Assert.Contains("close     code 1006, reason '', not clean", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAWebSocketUrl_ExitsNonZero_WithTheSyntaxError()
    {
        var (exit, _, error) = await RunSampleAsync("ftp://127.0.0.1/");
        Assert.Equal(2, exit);
        Assert.Contains("'ftp://127.0.0.1/' is not a WebSocket URL", error, StringComparison.Ordinal);
    }

    private static void AssertConversation(string output)
    {
        // Echoes may overtake the second "send" line: the order is fixed only within sends and within events.
        var events = Events(output);
        Assert.Equal(new[] { "open", "send", "send", "message", "message", "close()", "close" }, events.OrderBy(Rank).ToArray());
        Assert.Equal("open", events[0]);
        Assert.Equal(new[] { "close()", "close" }, events[^2..]);
        Assert.True(Array.IndexOf(events, "send") < Array.IndexOf(events, "message"), string.Join(" ", events));
        Assert.Contains("message   text 'Hello from WebIdl.NET'", output, StringComparison.Ordinal);
        Assert.Contains("message   binary CAFEBABE", output, StringComparison.Ordinal);
        Assert.Contains("close     code 1000, reason 'done', clean", output, StringComparison.Ordinal);
    }

    private static int Rank(string e) => e switch { "open" => 0, "send" => 1, "message" => 2, "close()" => 3, _ => 4 };

    private static string[] Events(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("started ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[0])
            .ToArray();

    private static async Task<(int Exit, string Output, string Error)> RunSampleAsync(params string[] args)
    {
        // The sample is built in the configuration this test assembly was built in.
        var configuration = typeof(WebSocketEchoSampleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var sample = Path.Combine(RepositoryPaths.RepoRoot, "samples", "WebSocketEcho", "bin", configuration, "net10.0", "WebSocketEcho.dll");
        Assert.True(File.Exists(sample), "the sample is not built: " + sample);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(sample);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(90))) != exited)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the sample did not exit within 90 s:\n" + await output + "\n" + await error);
        }

        return (process.ExitCode, (await output).Replace("\r", "", StringComparison.Ordinal), await error);
    }
}
