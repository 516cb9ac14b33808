using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>Big messages and many messages, both ways, against both peers: nothing lost, nothing reordered.</summary>
[Collection(PeerCollection.Name)]
public sealed class VolumeTests
{
    private const int Count = 10_000;
    private const int Big = 16 * 1024 * 1024;
    private readonly PeerServers peers;

    public VolumeTests(PeerServers peers) => this.peers = peers;

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Binary16MiB_ArrivesIntact_AsArrayBufferAndAsBlob(PeerKind kind)
    {
        foreach (var type in new[] { BinaryType.Arraybuffer, BinaryType.Blob })
        {
            var (socket, recorder) = peers.Connect(kind, "/big?size=" + Big);
            socket.BinaryType = type;
            await recorder.MessagesAsync(1);
            socket.Close(1000, "");
            await recorder.ClosedAsync();
            Assert.Equal(new[] { "open", $"message {(type == BinaryType.Blob ? "blob" : "arraybuffer")} {Big}", "close clean 1000 " }, recorder.Sequence);
            var data = recorder.Messages[0].Data;
            var bytes = type == BinaryType.Blob ? ((Blob)data!).AsSpan() : ((byte[])data!).AsSpan();
            Assert.Equal(-1, PeerPattern.FirstMismatch(bytes));
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Binary16MiB_SentByTheClient_ComesBackIntact(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/echo");
        socket.BinaryType = BinaryType.Arraybuffer;
        await recorder.OpenedOrClosedAsync();
        socket.Send(PeerPattern.Create(Big));
        await recorder.MessagesAsync(1);
        socket.Close(1000, "");
        await recorder.ClosedAsync();
        Assert.Equal(new[] { "open", $"message arraybuffer {Big}", "close clean 1000 " }, recorder.Sequence);
        Assert.Equal(-1, PeerPattern.FirstMismatch((byte[])recorder.Messages[0].Data!));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task TenThousandFromTheServer_ArriveInOrder_BeforeTheCleanClose(PeerKind kind)
    {
        foreach (var binary in new[] { false, true })
        {
            var (socket, recorder) = peers.Connect(kind, $"/count?n={Count}" + (binary ? "&binary=1" : ""));
            socket.BinaryType = BinaryType.Arraybuffer;
            var close = await recorder.ClosedAsync();
            Assert.Equal("close clean 1000 done", close.ToString());
            var events = recorder.Events;
            Assert.Equal(Count + 2, events.Count);
            Assert.Equal("open", events[0].Type);
            for (var i = 0; i < Count; i++)
            {
                var data = events[i + 1].Data;
                var value = binary ? (int)BinaryPrimitives.ReadUInt32BigEndian((byte[])data!) : int.Parse((string)data!, CultureInfo.InvariantCulture);
                Assert.Equal(i, value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task TenThousandToTheServer_ThenCloseAtOnce_AllArriveInOrder(PeerKind kind)
    {
        foreach (var binary in new[] { false, true })
        {
            var (socket, recorder) = peers.Connect(kind, "/collect");
            await recorder.OpenedOrClosedAsync();
            var bytes = new byte[4];
            for (var i = 0; i < Count; i++)
            {
                if (binary)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)i);
                    socket.Send(bytes);
                }
                else
                {
                    socket.Send(i.ToString(CultureInfo.InvariantCulture));
                }
            }

            socket.Send("end");
            socket.Close(1000, "");
            socket.Send("discarded after close");

            // The peer closes with its verdict when it reads "end", which the client queued before its own Close.
            Assert.Equal($"close clean 1000 {Count} in order", (await recorder.ClosedAsync()).ToString());
            Assert.Equal(new[] { "open", $"close clean 1000 {Count} in order" }, recorder.Sequence);
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task TenThousandEchoed_ComeBackInOrder(PeerKind kind)
    {
        var (socket, recorder) = peers.Connect(kind, "/echo");
        socket.BinaryType = BinaryType.Arraybuffer;
        await recorder.OpenedOrClosedAsync();
        for (var i = 0; i < Count; i++)
        {
            if (i % 2 == 0)
            {
                socket.Send(i.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                socket.Send(BitConverter.GetBytes(i));
            }
        }

        await recorder.MessagesAsync(Count);
        socket.Close(1000, "");
        await recorder.ClosedAsync();
        var messages = recorder.Messages;
        Assert.Equal(Count, messages.Length);
        for (var i = 0; i < Count; i++)
        {
            var value = messages[i].Data is string s ? int.Parse(s, CultureInfo.InvariantCulture) : BitConverter.ToInt32((byte[])messages[i].Data!);
            Assert.Equal(i, value);
        }

        Assert.Equal(0UL, socket.BufferedAmount);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task SendsFromEightThreadsAtOnce_AllArrive_EachThreadInOrder(PeerKind kind)
    {
        const int threads = 8, perThread = 1000;
        var (socket, recorder) = peers.Connect(kind, "/echo");
        await recorder.OpenedOrClosedAsync();
        using var start = new Barrier(threads);
        var senders = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait(PeerSockets.Bound);
            for (var i = 0; i < perThread; i++)
            {
                socket.Send($"{t} {i}");
            }
        })).ToArray();
        foreach (var sender in senders)
        {
            sender.Start();
        }

        foreach (var sender in senders)
        {
            Assert.True(sender.Join(PeerSockets.Bound));
        }

        await recorder.MessagesAsync(threads * perThread);
        socket.Close(1000, "");
        await recorder.ClosedAsync();
        var next = new int[threads];
        foreach (var message in recorder.Messages)
        {
            var parts = ((string)message.Data!).Split(' ');
            var t = int.Parse(parts[0], CultureInfo.InvariantCulture);
            Assert.Equal(next[t]++, int.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        Assert.All(next, n => Assert.Equal(perThread, n));
    }
}
