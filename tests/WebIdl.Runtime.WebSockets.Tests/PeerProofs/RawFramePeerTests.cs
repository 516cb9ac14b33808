using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.PeerProofs;

/// <summary>Proves, frame by frame on the wire, that both peers do what their fault modes promise.</summary>
[Collection(PeerCollection.Name)]
public sealed class RawFramePeerTests
{
    private readonly PeerServers peers;

    public RawFramePeerTests(PeerServers peers) => this.peers = peers;

    private static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(20));

    private async Task<RawFrameClient> ConnectAsync(PeerKind kind, string path, CancellationToken token, params string[] protocols)
    {
        var client = await RawFrameClient.ConnectAsync(peers.Url(kind, path), token, protocols);
        Assert.Equal(101, client.Status);
        Assert.False(client.Headers.ContainsKey("sec-websocket-extensions"), "no extension was offered");
        return client;
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task CloseEmpty_SendsACloseFrameWithoutPayload_ThenClosesTcpAfterTheClientsClose(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/close-empty", timeout.Token);
        var frame = await client.ReadAsync(timeout.Token);
        Assert.NotNull(frame);
        Assert.Equal((true, RawFrames.Close, 0L, false), (frame.Fin, frame.Opcode, frame.Announced, frame.Masked));
        await client.SendAsync(true, RawFrames.Close, Array.Empty<byte>(), timeout.Token);
        Assert.Null(await client.ReadAsync(timeout.Token));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Close_SendsTheCodeAndReasonOfTheQuery(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/close?code=4001&reason=bye", timeout.Token);
        var frame = await client.ReadAsync(timeout.Token);
        Assert.NotNull(frame);
        Assert.Equal(RawFrames.Close, frame.Opcode);
        Assert.Equal(new byte[] { 0x0F, 0xA1, (byte)'b', (byte)'y', (byte)'e' }, frame.Payload);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task InvalidUtf8_SendsATextFrameWithInvalidUtf8(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/invalid-utf8", timeout.Token);
        var frame = await client.ReadAsync(timeout.Token);
        Assert.NotNull(frame);
        Assert.Equal((true, 0, RawFrames.Text), (frame.Fin, frame.Rsv, frame.Opcode));
        Assert.Equal(new byte[] { 0x68, 0x69, 0xC3, 0x28 }, frame.Payload);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(frame.Payload));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Drop_SendsAFirstFragment_ThenEndsTheTcpConnection(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/drop", timeout.Token);
        var frame = await client.ReadAsync(timeout.Token);
        Assert.NotNull(frame);
        Assert.Equal((false, RawFrames.Binary, 1000L, true), (frame.Fin, frame.Opcode, frame.Announced, frame.Complete));
        Assert.Null(await client.ReadAsync(timeout.Token));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task DropShort_AnnouncesMoreBytesThanItSends_ThenEndsTheTcpConnection(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/drop?how=short", timeout.Token);
        var frame = await client.ReadAsync(timeout.Token);
        Assert.NotNull(frame);
        Assert.Equal((true, RawFrames.Binary, 1000L, 10), (frame.Fin, frame.Opcode, frame.Announced, frame.Payload.Length));
        Assert.False(frame.Complete);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task DropReset_WaitsForAMessage_ThenResetsTheTcpConnection(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/drop?how=reset", timeout.Token);
        var read = client.Stream.ReadAsync(new byte[1], timeout.Token).AsTask();
        await Task.Delay(100, timeout.Token);
        Assert.False(read.IsCompleted, "the peer must wait for a message");
        await client.SendAsync(true, RawFrames.Text, "go"u8.ToArray(), timeout.Token);
        var error = await Assert.ThrowsAsync<System.IO.IOException>(() => read);
        Assert.Equal(System.Net.Sockets.SocketError.ConnectionReset, Assert.IsType<System.Net.Sockets.SocketException>(error.InnerException).SocketErrorCode);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Fragmented_SendsFragmentsWithPingsBetweenThem(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/fragmented", timeout.Token);
        var frames = new string[10];
        for (var i = 0; i < frames.Length; i++)
        {
            var frame = await client.ReadAsync(timeout.Token);
            Assert.NotNull(frame);
            var payload = frame.Opcode == RawFrames.Binary || (i > 5 && frame.Opcode == RawFrames.Continuation)
                ? string.Join(",", frame.Payload)
                : Encoding.UTF8.GetString(frame.Payload);
            frames[i] = $"{(frame.Fin ? "fin " : "")}{frame.Opcode}:{payload}";
        }

        Assert.Equal(
            new[] { "1:one ", "fin 9:between", "0:two ", "fin 9:", "fin 0:three", "2:1,2", "fin 9:b", "0:3,4", "fin 9:c", "fin 0:5,6" },
            frames);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Lengths_UseEachLengthEncoding(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await ConnectAsync(kind, "/lengths", timeout.Token);
        foreach (var (length, encoding) in PeerPattern.Lengths.Zip(new[] { 0, 0, 2, 2, 8, 8 }))
        {
            var frame = await client.ReadAsync(timeout.Token);
            Assert.NotNull(frame);
            Assert.Equal((true, RawFrames.Binary, (long)length, encoding, true), (frame.Fin, frame.Opcode, frame.Announced, frame.LengthBytes, frame.Complete));
            Assert.Equal(-1, PeerPattern.FirstMismatch(frame.Payload));
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Protocols_TheFirstOfferedIsSelected_ExceptOnRefuseProtocol(PeerKind kind)
    {
        using var timeout = Timeout();
        await using (var echo = await ConnectAsync(kind, "/echo", timeout.Token, "b", "a"))
        {
            Assert.Equal("b", echo.Headers["sec-websocket-protocol"]);
        }

        await using var refuse = await ConnectAsync(kind, "/refuse-protocol", timeout.Token, "b", "a");
        Assert.False(refuse.Headers.ContainsKey("sec-websocket-protocol"));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Status_RefusesTheHandshakeWithThatStatus(PeerKind kind)
    {
        using var timeout = Timeout();
        await using var client = await RawFrameClient.ConnectAsync(peers.Url(kind, "/status/403"), timeout.Token);
        Assert.Equal(403, client.Status);
    }
}
