using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>The idiomatic additions (OpenAsync, CloseAsync, ReadMessagesAsync) against both peers: they follow the events.</summary>
[Collection(PeerCollection.Name)]
public sealed class AwaitableApiTests
{
    private readonly PeerServers peers;

    public AwaitableApiTests(PeerServers peers) => this.peers = peers;

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task OpenAsync_CompletesAfterTheOpenEvent_CloseAsync_ReturnsTheCloseEventAfterDispatch(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/echo");
        await socket.OpenAsync(timeout.Token);
        Assert.Equal(WebSocket.OPEN, socket.ReadyState);
        Assert.Equal(new[] { "open" }, recorder.Sequence);

        var close = await socket.CloseAsync(4000, "done", timeout.Token);
        Assert.Equal((true, (ushort)4000, "done"), (close.WasClean, close.Code, close.Reason));
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        Assert.Equal(new[] { "open", "close clean 4000 done" }, recorder.Sequence);

        // Both complete at once afterwards.
        await socket.OpenAsync(timeout.Token);
        Assert.Same(close, await socket.CloseAsync(cancellationToken: timeout.Token));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task OpenAsync_ThrowsWhenTheHandshakeFails_AfterTheErrorAndCloseEvents(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        foreach (var (path, protocols, says) in new[] { ("/status/403", Array.Empty<string>(), "403"), ("/refuse-protocol", new[] { "chat" }, "subprotocol") })
        {
            var (socket, recorder) = peers.Connect(kind, path, protocols);
            var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.OpenAsync(timeout.Token));
            Assert.Contains(says, error.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
            Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ReadMessagesAsync_YieldsEveryMessageInOrder_AndEndsAtTheCleanClose(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        // Subscribed right after the constructor (no recorder first: its listeners would let the events start).
        var socket = new WebSocket(peers.Url(kind, "/count?n=500").ToString());
        var messages = socket.ReadMessagesAsync(timeout.Token);
        var received = new List<string>();
        await foreach (var message in messages)
        {
            received.Add((string)message.Data!);
            Assert.Equal("ws://127.0.0.1:" + peers.Get(kind).Port, message.Origin);
        }

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), received);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ReadMessagesAsync_ThrowsAfterTheLastMessage_WhenTheConnectionFails(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/drop?how=reset");
        var messages = socket.ReadMessagesAsync(timeout.Token);
        await socket.OpenAsync(timeout.Token);
        socket.Send("go");
        await Assert.ThrowsAsync<WebSocketException>(async () =>
        {
            await foreach (var message in messages)
            {
                Assert.Fail("no message expected, got " + message.Data);
            }
        });
        Assert.Equal(new[] { "open", "error", "close unclean 1006 " }, recorder.Sequence);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ReadMessagesAsync_Cancellation_EndsTheReading_NotTheConnection(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/echo");
        await socket.OpenAsync(timeout.Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var read = new List<string>();
        var messages = socket.ReadMessagesAsync(cancel.Token); // subscribes now
        var reading = Task.Run(async () =>
        {
            await foreach (var message in messages)
            {
                read.Add((string)message.Data!);
                if (read.Count == 2)
                {
                    cancel.Cancel();
                }
            }
        });

        socket.Send("one");
        socket.Send("two");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(PeerSockets.Bound));
        Assert.Equal(new[] { "one", "two" }, read);
        Assert.Equal(WebSocket.OPEN, socket.ReadyState);

        // The connection goes on: another reader sees the next message.
        var again = socket.ReadMessagesAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        socket.Send("three");
        Assert.True(await again.MoveNextAsync());
        Assert.Equal("three", again.Current.Data);
        await again.DisposeAsync();
        Assert.True((await socket.CloseAsync(1000, "", timeout.Token)).WasClean);
        Assert.Equal(0, recorder.Overlaps);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ReadMessagesAsync_CancelledWhileWaiting_ThrowsPromptly(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, _) = peers.Connect(kind, "/echo");
        await socket.OpenAsync(timeout.Token);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var enumerator = socket.ReadMessagesAsync(cancel.Token).GetAsyncEnumerator();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await enumerator.MoveNextAsync().AsTask().WaitAsync(PeerSockets.Bound));
        await enumerator.DisposeAsync();
        Assert.Equal(WebSocket.OPEN, socket.ReadyState);
        Assert.True((await socket.CloseAsync(1000, "", timeout.Token)).WasClean);
    }
}
