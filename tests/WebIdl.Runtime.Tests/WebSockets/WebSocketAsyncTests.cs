using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;
using WebSocket = WebIdl.Runtime.WebSockets.WebSocket;

namespace WebIdl.Runtime.Tests.WebSockets;

// OpenAsync, CloseAsync and ReadMessagesAsync: the idiomatic additions, observing the standard's events.
public class WebSocketAsyncTests
{
    [Fact]
    public async Task OpenAsync_completes_after_the_open_event()
    {
        var peer = new TestPeer();
        var socket = NoContext.New("ws://test.example/", peer.Options);
        var log = new EventLog(socket);
        peer.Release();
        await socket.OpenAsync().WaitAsync(TestPeer.Timeout);
        Assert.Equal(new[] { "open@1" }, log.Entries);
        await socket.OpenAsync(); // already open: completes at once
    }

    [Fact]
    public async Task Canceling_OpenAsync_while_connecting_fails_the_connection()
    {
        var socket = NoContext.New("ws://test.example/", new TestPeer { Hang = true }.Options);
        var log = new EventLog(socket);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => socket.OpenAsync(cancel.Token));

        CloseEvent close = await log.Closed;
        Assert.Equal(1006, close.Code);
        Assert.Equal(new[] { "error@3", "close:unclean:1006:@3" }, log.Entries);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.OpenAsync());
    }

    [Fact]
    public async Task CloseAsync_returns_the_close_event_after_it_was_dispatched()
    {
        var c = await Connected.OpenAsync();
        Task<CloseEvent> closing = c.Socket.CloseAsync(4000, "bye");
        Assert.Equal(WebSocket.CLOSING, c.Socket.ReadyState);
        await c.Server.ExpectCloseAndAnswerAsync();

        CloseEvent close = await closing.WaitAsync(TestPeer.Timeout);
        Assert.Equal((true, (ushort)4000, "bye"), (close.WasClean, close.Code, close.Reason));
        Assert.Equal(new[] { "open@1", "close:clean:4000:bye@3" }, c.Log.Entries);
        Assert.Same(close, await c.Socket.CloseAsync()); // closed already: the same event
    }

    [Fact]
    public async Task CloseAsync_checks_its_arguments_at_once()
    {
        var c = await Connected.OpenAsync();
        // Thrown by the call itself, not through the task.
        Assert.Equal("InvalidAccessError", Assert.Throws<DOMException>(() => { _ = c.Socket.CloseAsync(1001); }).Name);
        Assert.Equal("SyntaxError", Assert.Throws<DOMException>(() => { _ = c.Socket.CloseAsync(1000, new string('x', 200)); }).Name);
        Assert.Equal(WebSocket.OPEN, c.Socket.ReadyState);
    }

    [Fact]
    public async Task Canceling_CloseAsync_drops_the_connection()
    {
        var c = await Connected.OpenAsync(); // the server never answers the Close frame
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => c.Socket.CloseAsync(1000, "", cancel.Token));

        CloseEvent close = await c.Log.Closed;
        Assert.False(close.WasClean);
        Assert.Equal(1006, close.Code);
    }

    [Fact]
    public async Task ReadMessagesAsync_yields_every_message_then_ends_on_a_clean_close()
    {
        var peer = new TestPeer();
        var socket = NoContext.New("ws://test.example/", peer.Options);
        IAsyncEnumerable<MessageEvent> messages = socket.ReadMessagesAsync();
        peer.Release();
        var server = await peer.Accepted;
        await server.SendTextAsync("a"); // sent before the reader's first MoveNextAsync: still seen
        await server.SendBinaryAsync(new byte[] { 1 });
        await server.SendTextAsync("c");
        await server.CloseAsync(WebSocketCloseStatus.NormalClosure, "end");

        var got = new List<string>();
        await foreach (MessageEvent message in messages.WithCancellation(new CancellationTokenSource(TestPeer.Timeout).Token))
            got.Add(EventLog.Describe(message.Data));

        Assert.Equal(new[] { "text:a", "blob:01", "text:c" }, got);
    }

    [Fact]
    public async Task ReadMessagesAsync_throws_after_the_last_message_when_the_connection_fails()
    {
        var c = await Connected.OpenAsync();
        IAsyncEnumerable<MessageEvent> messages = c.Socket.ReadMessagesAsync();
        await c.Server.SendTextAsync("only");
        await c.Log.WaitForMessagesAsync(1);
        c.Server.Duplex.Server.Drop();

        var got = new List<string>();
        var error = await Assert.ThrowsAsync<WebSocketException>(async () =>
        {
            await foreach (MessageEvent message in messages.WithCancellation(new CancellationTokenSource(TestPeer.Timeout).Token))
                got.Add(EventLog.Describe(message.Data));
        });
        Assert.Equal(new[] { "text:only" }, got);
        Assert.Contains("1006", error.Message);
    }

    [Fact]
    public async Task ReadMessagesAsync_on_a_closed_socket_ends_at_once_and_cancellation_stops_it()
    {
        var c = await Connected.OpenAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (MessageEvent _ in c.Socket.ReadMessagesAsync(cancel.Token))
            {
            }
        });

        Task<CloseEvent> closing = c.Socket.CloseAsync();
        await c.Server.ExpectCloseAndAnswerAsync();
        await closing.WaitAsync(TestPeer.Timeout);
        int count = 0;
        await foreach (MessageEvent _ in c.Socket.ReadMessagesAsync().WithCancellation(new CancellationTokenSource(TestPeer.Timeout).Token))
            count++;
        Assert.Equal(0, count);
    }
}
