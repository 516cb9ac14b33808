using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;
using WebSocket = WebIdl.Runtime.WebSockets.WebSocket;

namespace WebIdl.Runtime.Tests.WebSockets;

// send() and bufferedAmount over the in-memory transport.
public class WebSocketSendTests
{
    [Fact]
    public async Task Text_buffers_views_and_blobs_reach_the_server_as_sent()
    {
        var c = await Connected.OpenAsync();
        byte[] array = { 9, 8, 7, 6, 5 };
        c.Socket.Send("caf\u00e9");
        c.Socket.Send(array.AsMemory(1, 3));
        c.Socket.Send(Blob.FromBytes(new byte[] { 0xAB }));
        c.Socket.Send("a\ud800b"); // lone surrogate: U+FFFD before UTF-8

        Assert.Equal("caf\u00e9", await c.Server.ReceiveTextAsync());
        var (type, bytes) = await c.Server.ReceiveAsync();
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(new byte[] { 8, 7, 6 }, bytes);
        (type, bytes) = await c.Server.ReceiveAsync();
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(new byte[] { 0xAB }, bytes);
        Assert.Equal("a\ufffdb", await c.Server.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_buffer_changed_after_send_is_sent_as_it_was()
    {
        var c = await Connected.OpenAsync();
        c.Server.Duplex.Client.Pause(); // the first send waits in the network, the second in the queue
        byte[] buffer = { 1, 1, 1 };
        c.Socket.Send(buffer.AsMemory());
        buffer[0] = 2;
        c.Socket.Send(buffer.AsMemory());
        buffer[0] = 3;
        c.Server.Duplex.Client.Resume();

        Assert.Equal(new byte[] { 1, 1, 1 }, (await c.Server.ReceiveAsync()).Data);
        Assert.Equal(new byte[] { 2, 1, 1 }, (await c.Server.ReceiveAsync()).Data);
    }

    [Fact]
    public async Task BufferedAmount_grows_by_the_UTF8_and_binary_lengths_and_falls_once_written()
    {
        var c = await Connected.OpenAsync();
        c.Server.Duplex.Client.Pause();
        c.Socket.Send("\u00e9\u00e9"); // 4 bytes
        Assert.Equal(4UL, c.Socket.BufferedAmount);
        c.Socket.Send(new byte[10].AsMemory());
        c.Socket.Send(Blob.FromBytes(new byte[6]));
        Assert.Equal(20UL, c.Socket.BufferedAmount);
        await Task.Delay(50);
        Assert.Equal(20UL, c.Socket.BufferedAmount); // nothing written while the network holds the bytes

        c.Server.Duplex.Client.Resume();
        await Wait.UntilAsync(() => c.Socket.BufferedAmount == 0, "bufferedAmount is 0");
        for (int i = 0; i < 3; i++)
            await c.Server.ReceiveAsync();
    }

    [Fact]
    public async Task Without_a_context_the_sender_sees_its_bytes_counted_after_send_returns_until_a_later_turn()
    {
        var c = await Connected.OpenAsync();
        c.Socket.Send("abc");                          // written at once, straight from this thread
        Assert.Equal("abc", await c.Server.ReceiveTextAsync());
        Assert.Equal(3UL, c.Socket.BufferedAmount);    // on the wire, but no turn has run since send() returned
        await Wait.UntilAsync(() => c.Socket.BufferedAmount == 0, "bufferedAmount is 0");
    }

    [Fact]
    public async Task BufferedAmount_does_not_fall_within_the_send_call_and_falls_in_a_later_turn_on_the_context()
    {
        // With a SynchronizationContext the turn that subtracts written bytes is posted to it, like a browser's
        // event loop: code running on the context sees its own sends counted until it yields.
        using var context = new PumpedContext();
        var peer = new TestPeer();
        WebSocket socket = context.Run(() => new WebSocket("ws://test.example/", peer.Options));
        peer.Release();
        Task opened = context.Run(() => socket.OpenAsync());
        await context.PumpUntilAsync(() => opened.IsCompleted);
        await opened;
        PeerConnection server = await peer.Accepted;

        ulong afterSend = context.Run(() =>
        {
            socket.Send("12345");
            return socket.BufferedAmount;
        });
        Assert.Equal(5UL, afterSend);
        Assert.Equal("12345", await server.ReceiveTextAsync()); // written already
        Assert.Equal(5UL, socket.BufferedAmount);              // but the turn has not run
        await context.PumpUntilAsync(() => socket.BufferedAmount == 0);
    }

    [Fact]
    public async Task Sends_from_many_threads_all_arrive_each_threads_in_order()
    {
        var c = await Connected.OpenAsync();
        const int threads = 8;
        const int perThread = 400;
        var texts = new List<string>();
        int binaries = 0;
        var receiving = Task.Run(async () =>
        {
            while (texts.Count < threads * perThread)
            {
                var (type, data) = await c.Server.ReceiveAsync();
                if (type == WebSocketMessageType.Text)
                    texts.Add(Encoding.UTF8.GetString(data));
                else
                    binaries++;
            }
        });

        using var start = new Barrier(threads);
        var senders = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait(TestPeer.Timeout);
            for (int n = 0; n < perThread; n++)
            {
                if (n % 50 == 0)
                    c.Socket.Send(new byte[] { (byte)t }.AsMemory()); // binary and text share the one queue
                c.Socket.Send($"{t}:{n}");
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(senders).WaitAsync(TestPeer.Timeout);
        await receiving.WaitAsync(TestPeer.Timeout);

        var byThread = texts.Select(s => s.Split(':')).GroupBy(p => p[0]).ToList();
        Assert.Equal(threads, byThread.Count);
        foreach (var group in byThread)
            Assert.Equal(Enumerable.Range(0, perThread).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), group.Select(p => p[1]));
        await Wait.UntilAsync(() => c.Socket.BufferedAmount == 0, "bufferedAmount is 0");
    }

    [Fact]
    public async Task Everything_sent_before_close_arrives_before_the_Close_frame_and_nothing_after()
    {
        var c = await Connected.OpenAsync();
        c.Server.Duplex.Client.Pause(); // all of it queues behind the first write
        for (int i = 0; i < 100; i++)
            c.Socket.Send("m" + i);
        c.Socket.Close(1000, "end");
        c.Socket.Send("after close");
        Assert.Equal(WebSocket.CLOSING, c.Socket.ReadyState);
        c.Server.Duplex.Client.Resume();

        for (int i = 0; i < 100; i++)
            Assert.Equal("m" + i, await c.Server.ReceiveTextAsync());
        await c.Server.ExpectCloseAndAnswerAsync();
        CloseEvent close = await c.Log.Closed;
        Assert.True(close.WasClean);
        // The message sent after close() was counted and never written.
        Assert.Equal((ulong)"after close".Length, c.Socket.BufferedAmount);
    }
}
