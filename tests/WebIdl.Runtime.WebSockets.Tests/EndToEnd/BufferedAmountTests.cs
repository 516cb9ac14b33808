using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>bufferedAmount against real sockets: it counts what the network has not taken yet.</summary>
[Collection(PeerCollection.Name)]
public sealed class BufferedAmountTests
{
    private const int Big = 16 * 1024 * 1024;
    private static readonly WebSocketOptions Plain = new() { Compression = false };
    private readonly PeerServers peers;

    public BufferedAmountTests(PeerServers peers) => this.peers = peers;

    private static async Task<ulong> PollUntilAsync(WebSocket socket, Func<ulong, bool> done, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        ulong value;
        while (!done(value = socket.BufferedAmount) && clock.Elapsed < bound)
        {
            await Task.Delay(10);
        }

        return value;
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Big_IsCountedAtOnce_ThenFallsToZeroOnceWritten(PeerKind kind)
    {
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/echo", options: Plain);
        socket.BinaryType = BinaryType.Arraybuffer;
        await socket.OpenAsync(timeout.Token);
        socket.Send(PeerPattern.Create(Big));
        Assert.Equal((ulong)Big, socket.BufferedAmount);
        Assert.Equal(0UL, await PollUntilAsync(socket, v => v == 0, PeerSockets.Bound));
        await recorder.MessagesAsync(1);
        Assert.Equal(Big, ((byte[])recorder.Messages[0].Data!).Length);

        // After close(), sends are discarded and still counted (WHATWG WebSockets, send() step 3).
        socket.Close(1000, "");
        socket.Send("abc");
        Assert.Equal(3UL, socket.BufferedAmount);
        await recorder.ClosedAsync();
        Assert.Equal(3UL, socket.BufferedAmount);
        Assert.Equal(new[] { "open", $"message arraybuffer {Big}", "close clean 1000 " }, recorder.Sequence);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task APeerThatDoesNotRead_LeavesBytesBuffered_AndCloseAsyncCancellationDropsTheConnection(PeerKind kind)
    {
        const int chunk = 256 * 1024, chunks = 256; // 64 MiB: far more than loopback's socket buffers can hold
        using var timeout = PeerSockets.Timeout();
        var (socket, recorder) = peers.Connect(kind, "/silent", options: Plain);
        await socket.OpenAsync(timeout.Token);
        var data = new byte[chunk];
        for (var i = 0; i < chunks; i++)
        {
            socket.Send(data);
        }

        _ = socket.BufferedAmount; // a read lets the written part be subtracted in a later turn
        await Task.Delay(1000, timeout.Token);
        _ = socket.BufferedAmount;
        await Task.Delay(100, timeout.Token);
        var buffered = socket.BufferedAmount;
        Assert.InRange(buffered, 1UL, (ulong)chunk * chunks - 1); // some messages went out, not all
        Assert.Equal(0UL, buffered % chunk); // counted per message

        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => socket.CloseAsync(1000, "", giveUp.Token));
        var close = await recorder.ClosedAsync();
        Assert.Equal("close unclean 1006 ", close.ToString());
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }
}
