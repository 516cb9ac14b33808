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
    public async Task A_socket_nobody_listens_to_still_closes_after_the_grace_period()
    {
        var socket = new WebSocket($"ws://127.0.0.1:{ClosedPort()}/");
        var watch = Stopwatch.StartNew();
        while (socket.ReadyState != WebSocket.CLOSED && watch.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(10);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }
}
