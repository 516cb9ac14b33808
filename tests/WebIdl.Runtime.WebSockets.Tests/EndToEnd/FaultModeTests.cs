using System;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>
/// Each fault mode of both peers, through the runtime's WebSocket: the exact sequence of events, the readyState during
/// each, and the close fields (WHATWG WebSockets, "feedback from the protocol").
/// </summary>
[Collection(PeerCollection.Name)]
public sealed class FaultModeTests
{
    private const ushort Open = 1, Closed = 3;
    private readonly PeerServers peers;

    public FaultModeTests(PeerServers peers) => this.peers = peers;

    private static void AssertStates(EventRecorder recorder)
    {
        foreach (var e in recorder.Events)
        {
            Assert.Equal(e.Type is "open" or "message" ? Open : Closed, e.ReadyState);
            Assert.True(e.IsTrusted);
            Assert.Equal(e.Type switch { "message" => "MessageEvent", "close" => "CloseEvent", _ => "Event" }, e.EventClass);
        }

        Assert.Equal(0, recorder.Overlaps);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ServerCloseWithCodeAndReason_IsACleanCloseWithThem(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/close?code=4001&reason=bye");
        var close = await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", "close clean 4001 bye" }, recorder.Sequence);
        Assert.Equal(nameof(CloseEvent), close.EventClass);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        AssertStates(recorder);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ServerCloseWithoutPayload_IsCode1005(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/close-empty");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", "close clean 1005 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        AssertStates(recorder);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task TcpDroppedMidMessage_IsErrorThenClose1006(PeerKind kind)
    {
        foreach (var path in new[] { "/drop", "/drop?how=short", "/drop?how=reset" })
        {
            var (socket, recorder) = peers.Connect(kind, path);
            if (path.EndsWith("reset", StringComparison.Ordinal))
            {
                await socket.OpenAsync().WaitAsync(PeerSockets.Bound);
                socket.Send("go");
            }

            await recorder.ClosedAsync();
            Assert.Equal(new[] { "open", "error", "close unclean 1006 " }, recorder.Sequence);
            Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
            AssertStates(recorder);
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task InvalidUtf8_IsErrorThenClose1006_WithNoMessage(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/invalid-utf8");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", "error", "close unclean 1006 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        AssertStates(recorder);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task SubprotocolRefused_IsErrorThenClose1006_WithoutOpen(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/refuse-protocol", new[] { "chat" });
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        Assert.Equal("", socket.Protocol);
        AssertStates(recorder);

        // Control: the same mode opens when no subprotocol was offered.
        var (plain, plainRecorder) = peers.Connect(kind, "/refuse-protocol");
        Assert.Equal("open", (await plainRecorder.OpenedOrClosedAsync()).Type);
        plain.Close(1000, "");
        Assert.Equal("close clean 1000 ", (await plainRecorder.ClosedAsync()).ToString());
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task HandshakeRefusedWith403_IsErrorThenClose1006(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/status/403");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        AssertStates(recorder);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Echo_ProtocolExtensionsAndMessages_ThenCleanCloseWithTheClientsCode(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/echo", new[] { "chat", "superchat" });
        Assert.Equal("open", (await recorder.OpenedOrClosedAsync()).Type);
        Assert.Equal("chat", socket.Protocol);
        Assert.StartsWith("permessage-deflate", socket.Extensions);
        socket.BinaryType = BinaryType.Arraybuffer;
        socket.Send("héllo");
        socket.Send(new byte[] { 1, 2, 3 });
        await recorder.MessagesAsync(2);
        socket.BinaryType = BinaryType.Blob;
        socket.Send(new byte[] { 4, 5 });
        await recorder.MessagesAsync(3);
        socket.Close(4000, "bye");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", "message text héllo", "message arraybuffer 3", "message blob 2", "close clean 4000 bye" }, recorder.Sequence);
        Assert.Equal(new byte[] { 1, 2, 3 }, (byte[])recorder.Messages[1].Data!);
        Assert.Equal(new byte[] { 4, 5 }, ((Blob)recorder.Messages[2].Data!).AsSpan().ToArray());
        AssertStates(recorder);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task ClientCloseWithoutCode_NeverPuts1005OnTheWire(PeerKind kind)
    {
        // ws answers an empty Close with an empty Close (1005 here); Kestrel answers it with 1000. A 1005 on the wire
        // would make ws answer 1002 and Kestrel fail the connection.
        var (socket, recorder) = peers.Connect(kind, "/echo");
        await recorder.OpenedOrClosedAsync();
        socket.Close(null, null!);
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", kind == PeerKind.Node ? "close clean 1005 " : "close clean 1000 " }, recorder.Sequence);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Compression_CanBeTurnedOff(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/echo", options: new WebSocketOptions { Compression = false });
        await recorder.OpenedOrClosedAsync();
        Assert.Equal("", socket.Extensions);
        socket.Close(1000, "");
        await recorder.ClosedAsync();
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task FragmentsWithPingsBetween_ArriveAsWholeMessages(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/fragmented");
        socket.BinaryType = BinaryType.Arraybuffer;
        await recorder.MessagesAsync(2);
        socket.Close(1000, "");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", "message text one two three", "message arraybuffer 6", "close clean 1000 " }, recorder.Sequence);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, (byte[])recorder.Messages[1].Data!);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task EveryLengthEncoding_ArrivesIntact(PeerKind kind)
    {
        foreach (var deflate in new[] { "", "?deflate=0" })
        {
            var (socket, recorder) = peers.Connect(kind, "/lengths" + deflate);
            socket.BinaryType = BinaryType.Arraybuffer;
            await recorder.MessagesAsync(PeerPattern.Lengths.Length);
            socket.Close(1000, "");
            await recorder.ClosedAsync();
            var messages = recorder.Messages;
            Assert.Equal(PeerPattern.Lengths, Array.ConvertAll(messages, m => ((byte[])m.Data!).Length));
            Assert.All(messages, m => Assert.Equal(-1, PeerPattern.FirstMismatch((byte[])m.Data!)));
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task SendKinds_LoneSurrogateTextViewAndBlob_EchoExactly(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/echo");
        socket.BinaryType = BinaryType.Arraybuffer;
        await recorder.OpenedOrClosedAsync();
        var backing = new byte[] { 9, 8, 7, 6, 5, 4 };
        socket.Send("a\uD800b");
        socket.Send(backing.AsMemory(1, 3));
        socket.Send(Blob.FromBytes(new byte[] { 1, 2 }));
        await recorder.MessagesAsync(3);
        socket.Close(1000, "");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", "message text a\uFFFDb", "message arraybuffer 3", "message arraybuffer 2", "close clean 1000 " }, recorder.Sequence);
        Assert.Equal(new byte[] { 8, 7, 6 }, (byte[])recorder.Messages[1].Data!);
        Assert.Equal(new byte[] { 1, 2 }, (byte[])recorder.Messages[2].Data!);
    }
}
