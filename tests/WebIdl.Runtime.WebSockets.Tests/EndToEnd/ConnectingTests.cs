using System;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>What happens while the handshake is in progress, against peers that answer it late (/slow).</summary>
[Collection(PeerCollection.Name)]
public sealed class ConnectingTests
{
    private readonly PeerServers peers;

    public ConnectingTests(PeerServers peers) => this.peers = peers;

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task CloseWhileConnecting_FailsTheConnection(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/slow?ms=1000");
        Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);
        socket.Close(1000, "never mind");
        Assert.Equal(WebSocket.CLOSING, socket.ReadyState);
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task SendWhileConnecting_IsInvalidStateError(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/slow?ms=500");
        var error = Assert.Throws<DOMException>(() => socket.Send("too early"));
        Assert.Equal("InvalidStateError", error.Name);
        await socket.OpenAsync(timeout.Token);
        socket.Send("on time");
        await recorder.MessagesAsync(1);
        await socket.CloseAsync(1000, "", timeout.Token);
        Assert.Equal(new[] { "open", "message text on time", "close clean 1000 " }, recorder.Sequence);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task HandshakeTimeout_FailsTheConnection(PeerKind kind)
    {
        var clock = Stopwatch.StartNew();
        var (socket, recorder) = peers.Connect(kind, "/slow?ms=5000", options: new WebSocketOptions { HandshakeTimeout = TimeSpan.FromMilliseconds(300) });
        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.OpenAsync().WaitAsync(PeerSockets.Bound));
        Assert.Contains("timeout", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4));
        Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task OpenAsyncCancelledWhileConnecting_FailsTheConnection(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/slow?ms=5000");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => socket.OpenAsync(cancel.Token).WaitAsync(PeerSockets.Bound));
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }
}
