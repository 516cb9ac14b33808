using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets;

// Without a SynchronizationContext a refused loopback connection fails within microseconds, on the thread pool. The
// first event waits until listeners exist for the types it fires (at most a grace period), so a caller that adds
// its listeners after the constructor returns never misses the error and close events.
public class WebSocketFirstEventTests
{
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task A_refused_connection_waits_for_the_listeners_added_after_the_constructor()
    {
        SynchronizationContext? saved = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            var socket = new WebSocket($"ws://127.0.0.1:{ClosedPort()}/");

            // A slow caller: the connection has certainly been refused by now.
            Thread.Sleep(100);
            Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);

            var events = new List<string>();
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            socket.OnError = e => { lock (events) events.Add("error"); return null; };

            // Descheduled between two listeners: the failure still waits for a close listener too.
            Thread.Sleep(50);
            socket.CloseEvent += e =>
            {
                lock (events) events.Add($"close {((CloseEvent)e).Code} {((CloseEvent)e).WasClean}");
                closed.TrySetResult();
            };

            await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(new[] { "error", "close 1006 False" }, events);
            Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(saved);
        }
    }

    [Fact]
    public async Task A_server_that_speaks_first_waits_for_the_message_listener_added_after_the_open_listener()
    {
        var peer = new TestPeer();
        var socket = NoContext.New("ws://test.example/", peer.Options);
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        socket.AddEventListener("open", _ => opened.TrySetResult());
        peer.Release();
        PeerConnection server = await peer.Accepted;
        await server.SendTextAsync("first");
        await opened.Task.WaitAsync(TestPeer.Timeout);

        // Descheduled between the two listeners: the message has arrived by now, and must wait for its listener.
        Thread.Sleep(100);
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        socket.AddEventListener("message", e => received.TrySetResult((string)((MessageEvent)e).Data!));

        Assert.Equal("first", await received.Task.WaitAsync(TestPeer.Timeout));
        socket.Close();
        await server.ExpectCloseAndAnswerAsync();
    }

    [Fact]
    public async Task A_message_listener_added_after_awaiting_OpenAsync_sees_the_first_message()
    {
        var peer = new TestPeer();
        var socket = NoContext.New("ws://test.example/", peer.Options);
        peer.Release();
        PeerConnection server = await peer.Accepted;
        await server.SendTextAsync("first");
        await socket.OpenAsync().WaitAsync(TestPeer.Timeout);

        Thread.Sleep(100); // the message has arrived by now
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        socket.Message += e => received.TrySetResult((string)e.Data!);

        Assert.Equal("first", await received.Task.WaitAsync(TestPeer.Timeout));
        socket.Close();
        await server.ExpectCloseAndAnswerAsync();
    }

    [Fact]
    public async Task Messages_nobody_listens_to_do_not_hold_up_the_close()
    {
        var peer = new TestPeer();
        var socket = NoContext.New("ws://test.example/", peer.Options);
        var closed = new TaskCompletionSource<CloseEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        socket.AddEventListener("open", _ => { });
        socket.AddEventListener("close", e => closed.TrySetResult((CloseEvent)e));
        peer.Release();
        PeerConnection server = await peer.Accepted;
        await server.SendTextAsync("unheard");
        await server.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye");

        CloseEvent close = await closed.Task.WaitAsync(TestPeer.Timeout);
        Assert.Equal((true, (ushort)1000, "bye"), (close.WasClean, close.Code, close.Reason));
    }

    [Fact]
    public async Task A_socket_nobody_listens_to_still_closes_after_the_grace_period()
    {
        var socket = new WebSocket($"ws://127.0.0.1:{ClosedPort()}/");
        var watch = Stopwatch.StartNew();
        while (socket.ReadyState != WebSocket.CLOSED && watch.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(10);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }
}
