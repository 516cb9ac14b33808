using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>Keep-alive against a peer that stops answering, request headers, and events on a captured SynchronizationContext.</summary>
[Collection(PeerCollection.Name)]
public sealed class OptionsAndContextTests
{
    private static readonly WebSocketOptions FastKeepAlive = new()
    {
        KeepAliveInterval = TimeSpan.FromMilliseconds(200),
        KeepAliveTimeout = TimeSpan.FromMilliseconds(800),
    };

    // For a live peer: a pong bound a loaded 2-core CI machine cannot miss, still well inside the 3 s wait.
    private static readonly WebSocketOptions PatientKeepAlive = new()
    {
        KeepAliveInterval = TimeSpan.FromMilliseconds(200),
        KeepAliveTimeout = TimeSpan.FromSeconds(2),
    };

    private readonly PeerServers peers;

    public OptionsAndContextTests(PeerServers peers) => this.peers = peers;

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task KeepAlive_APeerThatStopsAnsweringPings_FailsTheConnection(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/silent", options: FastKeepAlive);
        await recorder.ClosedAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(new[] { "open", "error", "close unclean 1006 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task KeepAlive_APeerThatAnswers_StaysOpen(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/echo", options: PatientKeepAlive);
        await socket.OpenAsync(timeout.Token);
        // Fifteen ping periods; unanswered, the first would fail the connection after about 2.3 s.
        await Task.Delay(TimeSpan.FromSeconds(3), timeout.Token);
        socket.Send("still here");
        await recorder.MessagesAsync(1);
        var close = await socket.CloseAsync(1000, "", timeout.Token);
        Assert.Equal(new[] { "open", "message text still here", "close clean 1000 " }, recorder.Sequence);
        Assert.True(close.WasClean);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task RequestHeaders_ReachThePeer(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var options = new WebSocketOptions { RequestHeaders = new Dictionary<string, string> { ["X-Peer-Test"] = "42", ["Authorization"] = "Bearer t" } };
        var (socket, recorder) = peers.Connect(kind, "/headers", new[] { "chat" }, options);
        await recorder.MessagesAsync(1);
        await socket.CloseAsync(1000, "", timeout.Token);
        using var json = JsonDocument.Parse((string)recorder.Messages[0].Data!);
        var headers = json.RootElement;
        Assert.Equal("42", headers.GetProperty("x-peer-test").GetString());
        Assert.Equal("Bearer t", headers.GetProperty("authorization").GetString());
        Assert.Equal("chat", headers.GetProperty("sec-websocket-protocol").GetString());
        Assert.Equal("13", headers.GetProperty("sec-websocket-version").GetString());
        Assert.Equal("127.0.0.1:" + peers.Get(kind).Port, headers.GetProperty("host").GetString());
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Events_RunOnTheSynchronizationContextCapturedAtConstruction_InOrder(PeerKind kind)
    {
        const int n = 2000;
        using var context = new SingleThreadContext();
        var (socket, recorder) = context.Invoke(() => peers.Connect(kind, $"/count?n={n}"));
        await recorder.ClosedAsync();
        var events = recorder.Events;
        Assert.Equal(n + 2, events.Count);
        Assert.All(events, e => Assert.Equal(context.ThreadId, e.ThreadId));
        Assert.Equal(Enumerable.Range(0, n).Select(i => i.ToString(CultureInfo.InvariantCulture)), recorder.Messages.Select(m => (string)m.Data!));
        Assert.Equal("close clean 1000 done", events[^1].ToString());
        Assert.Equal(0, recorder.Overlaps);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }
}
