using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;
using WebSocket = WebIdl.Runtime.WebSockets.WebSocket;

namespace WebIdl.Runtime.Tests.WebSockets;

// The events of an established connection, in the standard's order and with its fields, over the in-memory transport.
public class WebSocketEventTests
{
    [Fact]
    public async Task Open_sets_readyState_protocol_and_extensions_before_the_open_event()
    {
        var peer = new TestPeer { SelectProtocol = offered => offered[1] };
        var socket = NoContext.New("http://test.example:80/chat?room=1", new[] { "v1", "v2" }, peer.Options);
        string? seen = null;
        socket.AddEventListener("open", _ => seen = $"{socket.ReadyState} {socket.Protocol} '{socket.Extensions}'");
        peer.Release();

        await socket.OpenAsync().WaitAsync(TestPeer.Timeout);

        Assert.Equal("1 v2 ''", seen);
        Assert.Equal("ws://test.example/chat?room=1", socket.Url);
        PeerConnection server = await peer.Accepted;
        Assert.Equal("ws://test.example/chat?room=1", server.Url.AbsoluteUri);
        Assert.Contains("Sec-WebSocket-Protocol: v1, v2", server.Request, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Extensions_shows_the_servers_answer_and_compressed_messages_flow_both_ways()
    {
        var c = await Connected.OpenAsync(new TestPeer { AcceptDeflate = "permessage-deflate" });
        Assert.Equal("permessage-deflate", c.Socket.Extensions);
        string text = new string('z', 10_000);
        c.Socket.Send(text);
        Assert.Equal(text, await c.Server.ReceiveTextAsync());
        await c.Server.SendTextAsync(text);
        await c.Log.WaitForMessagesAsync(1);
        Assert.Equal("message:text:" + text, c.Log.Entries[1]);
        // Compressed on the wire: far fewer bytes than the text went each way.
        Assert.True(c.Server.Duplex.Client.BytesWritten < 2_000, $"the client wrote {c.Server.Duplex.Client.BytesWritten} bytes");
    }

    [Fact]
    public async Task Text_and_binary_messages_arrive_in_order_as_string_Blob_or_bytes()
    {
        var c = await Connected.OpenAsync();
        await c.Server.SendTextAsync("h\u00e9llo");
        await c.Server.SendBinaryAsync(new byte[] { 1, 2, 3 });
        await c.Log.WaitForMessagesAsync(2);
        c.Socket.BinaryType = BinaryType.Arraybuffer;
        await c.Server.SendBinaryAsync(new byte[] { 4, 5 });
        await c.Server.SendTextAsync("");
        await c.Log.WaitForMessagesAsync(4);

        Assert.Equal(new[] { "open@1", "message:text:h\u00e9llo", "message:blob:010203", "message:bytes:0405", "message:text:" }, c.Log.Entries);
    }

    [Fact]
    public async Task Message_events_carry_the_origin_and_are_trusted()
    {
        var c = await Connected.OpenAsync();
        var received = new TaskCompletionSource<MessageEvent>();
        c.Socket.Message += e => received.TrySetResult((MessageEvent)e);
        await c.Server.SendTextAsync("x");
        MessageEvent message = await received.Task.WaitAsync(TestPeer.Timeout);
        Assert.Equal("ws://test.example", message.Origin);
        Assert.Equal("", message.LastEventId);
        Assert.True(message.IsTrusted);
        Assert.Same(c.Socket, message.Target);
    }

    [Fact]
    public async Task Server_close_with_code_and_reason_is_a_clean_close()
    {
        var c = await Connected.OpenAsync();
        await c.Server.SendTextAsync("last");
        await c.Server.CloseAsync((WebSocketCloseStatus)4001, "bye \u2603");

        CloseEvent close = await c.Log.Closed;
        Assert.True(close.WasClean);
        Assert.Equal(4001, close.Code);
        Assert.Equal("bye \u2603", close.Reason);
        Assert.Equal(new[] { "open@1", "message:text:last", "close:clean:4001:bye \u2603@3" }, c.Log.Entries);
        Assert.Equal(WebSocket.CLOSED, c.Socket.ReadyState);
        // The client echoed the server's code.
        Assert.Equal((WebSocketCloseStatus)4001, c.Server.Socket!.CloseStatus);
    }

    [Fact]
    public async Task Server_close_without_a_code_gives_1005_and_the_answer_has_no_code()
    {
        var c = await Connected.OpenAsync(new TestPeer { Managed = false });
        c.Server.WriteRawFrame(0x8, Array.Empty<byte>());
        var frames = await c.Server.ReadRawFramesUntilCloseAsync();
        c.Server.Duplex.Server.Dispose();

        CloseEvent close = await c.Log.Closed;
        Assert.True(close.WasClean);
        Assert.Equal(1005, close.Code);
        Assert.Equal("", close.Reason);
        var (opcode, payload) = Assert.Single(frames);
        Assert.Equal(8, opcode);
        Assert.Empty(payload); // never 1005 on the wire
    }

    [Fact]
    public async Task Client_close_sends_the_code_and_reason_and_ends_clean_with_the_servers_answer()
    {
        var c = await Connected.OpenAsync();
        c.Socket.Close(3001, "done");
        Assert.Equal(WebSocket.CLOSING, c.Socket.ReadyState);
        await c.Server.ExpectCloseAndAnswerAsync();

        CloseEvent close = await c.Log.Closed;
        Assert.Equal((WebSocketCloseStatus)3001, c.Server.Socket!.CloseStatus);
        Assert.Equal("done", c.Server.Socket.CloseStatusDescription);
        Assert.True(close.WasClean);
        Assert.Equal(3001, close.Code);
        Assert.Equal("done", close.Reason);
        Assert.Equal(new[] { "open@1", "close:clean:3001:done@3" }, c.Log.Entries);
    }

    [Fact]
    public async Task Close_without_a_code_but_with_a_reason_sends_1000()
    {
        var c = await Connected.OpenAsync(new TestPeer { Managed = false });
        c.Socket.Close(null, "why");
        var frames = await c.Server.ReadRawFramesUntilCloseAsync();
        var (_, payload) = frames.Last();
        Assert.Equal(new byte[] { 0x03, 0xE8 }.Concat(Encoding.UTF8.GetBytes("why")).ToArray(), payload);
        c.Server.Duplex.Server.Dispose();
        await c.Log.Closed;
    }

    [Fact]
    public async Task Close_without_arguments_sends_an_empty_Close_frame()
    {
        var c = await Connected.OpenAsync(new TestPeer { Managed = false });
        c.Socket.Close();
        var frames = await c.Server.ReadRawFramesUntilCloseAsync();
        Assert.Empty(frames.Last().Payload);
        c.Server.WriteRawFrame(0x8, new byte[] { 0x03, 0xE8 });
        c.Server.Duplex.Server.Dispose();
        CloseEvent close = await c.Log.Closed;
        Assert.True(close.WasClean);
        Assert.Equal(1000, close.Code);
    }

    [Fact]
    public async Task Messages_arriving_after_close_was_called_are_not_delivered()
    {
        var c = await Connected.OpenAsync(new TestPeer { Managed = false });
        c.Socket.Close(1000);
        await c.Server.ReadRawFramesUntilCloseAsync();
        c.Server.WriteRawFrame(0x1, Encoding.UTF8.GetBytes("too late"));
        c.Server.WriteRawFrame(0x8, new byte[] { 0x03, 0xE8 });
        c.Server.Duplex.Server.Dispose();

        await c.Log.Closed;
        Assert.Equal(new[] { "open@1", "close:clean:1000:@3" }, c.Log.Entries);
    }

    [Fact]
    public async Task A_dropped_connection_fires_error_then_close_1006()
    {
        var c = await Connected.OpenAsync();
        await c.Server.SendTextAsync("one");
        await c.Log.WaitForMessagesAsync(1);
        c.Server.Duplex.Server.Drop();

        CloseEvent close = await c.Log.Closed;
        Assert.False(close.WasClean);
        Assert.Equal(1006, close.Code);
        Assert.Equal(new[] { "open@1", "message:text:one", "error@3", "close:unclean:1006:@3" }, c.Log.Entries);
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_text_message_fails_the_connection()
    {
        var c = await Connected.OpenAsync(new TestPeer { Managed = false });
        c.Server.WriteRawFrame(0x1, new byte[] { (byte)'o', (byte)'k', 0xFF, 0xFE });

        CloseEvent close = await c.Log.Closed;
        Assert.False(close.WasClean);
        Assert.Equal(1006, close.Code);
        Assert.Equal(new[] { "open@1", "error@3", "close:unclean:1006:@3" }, c.Log.Entries);
    }

    [Fact]
    public async Task A_refused_handshake_fires_error_then_close_and_OpenAsync_throws()
    {
        var peer = new TestPeer { SelectProtocol = _ => null };
        var socket = NoContext.New("ws://test.example/", peer.Options);
        var log = new EventLog(socket);
        peer.Release();

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.OpenAsync().WaitAsync(TestPeer.Timeout));
        Assert.Contains("ws://test.example/", error.Message);
        Assert.Equal(new[] { "error@3", "close:unclean:1006:@3" }, log.Entries);
    }

    [Fact]
    public async Task A_server_that_picks_no_subprotocol_when_some_were_offered_fails_the_connection()
    {
        var peer = new TestPeer { SelectProtocol = _ => "" };
        var socket = NoContext.New("ws://test.example/", new[] { "chat" }, peer.Options);
        var log = new EventLog(socket);
        peer.Release();
        await Assert.ThrowsAsync<WebSocketException>(() => socket.OpenAsync().WaitAsync(TestPeer.Timeout));
        Assert.Equal(new[] { "error@3", "close:unclean:1006:@3" }, log.Entries);
        Assert.Equal("", socket.Protocol);
    }

    [Fact]
    public async Task Many_messages_arrive_in_order_one_listener_at_a_time_on_one_flow()
    {
        var c = await Connected.OpenAsync();
        const int count = 2000;
        var sending = Task.Run(async () =>
        {
            for (int i = 0; i < count; i++)
                await c.Server.SendTextAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        await sending.WaitAsync(TestPeer.Timeout);
        await c.Log.WaitForMessagesAsync(count);

        string[] messages = c.Log.Entries.Where(e => e.StartsWith("message:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(0, count).Select(i => "message:text:" + i), messages);
        Assert.False(c.Log.SawConcurrentListeners);
    }

    [Fact]
    public async Task A_throwing_listener_is_reported_and_later_listeners_and_events_still_run()
    {
        var peer = new TestPeer();
        var socket = NoContext.Run(() => new ReportingWebSocket("ws://test.example/", peer.Options));
        socket.AddEventListener("message", _ => throw new InvalidOperationException("listener bug"));
        var log = new EventLog(socket);
        peer.Release();
        await socket.OpenAsync().WaitAsync(TestPeer.Timeout);
        PeerConnection server = await peer.Accepted;

        await server.SendTextAsync("a");
        await server.SendTextAsync("b");
        await log.WaitForMessagesAsync(2);

        Assert.Equal(2, socket.Reported.Count);
        Assert.All(socket.Reported, e => Assert.Equal("listener bug", e.Message));
        Assert.Equal(new[] { "open@1", "message:text:a", "message:text:b" }, log.Entries);
    }

    [Fact]
    public async Task Even_a_throwing_ReportException_does_not_stop_the_events()
    {
        var peer = new TestPeer();
        var socket = NoContext.Run(() => new ThrowingReportWebSocket("ws://test.example/", peer.Options));
        socket.AddEventListener("message", _ => throw new InvalidOperationException("listener bug"));
        var log = new EventLog(socket);
        peer.Release();
        await socket.OpenAsync().WaitAsync(TestPeer.Timeout);
        PeerConnection server = await peer.Accepted;

        await server.SendTextAsync("a");
        await server.SendTextAsync("b");
        await server.CloseAsync(WebSocketCloseStatus.NormalClosure, "");

        await log.Closed;
        // The listener added first threw, and ReportException threw too: the dispatch of that message ended there
        // (as EventTarget documents), but the socket went on with the next message and the close.
        Assert.Equal(new[] { "open@1", "close:clean:1000:@3" }, log.Entries);
        Assert.Equal(2, socket.Reports);
    }

    [Fact]
    public async Task Listeners_may_send_and_close_from_inside_an_event()
    {
        var c = await Connected.OpenAsync();
        c.Socket.AddEventListener("message", e =>
        {
            var data = (string)((MessageEvent)e).Data!;
            if (data == "bye")
                c.Socket.Close(4000, "asked");
            else
                c.Socket.Send("echo " + data);
        });

        await c.Server.SendTextAsync("one");
        Assert.Equal("echo one", await c.Server.ReceiveTextAsync());
        await c.Server.SendTextAsync("bye");
        await c.Server.ExpectCloseAndAnswerAsync();
        CloseEvent close = await c.Log.Closed;
        Assert.Equal((true, (ushort)4000, "asked"), (close.WasClean, close.Code, close.Reason));
    }

    private sealed class ThrowingReportWebSocket(string url, WebSocketOptions options) : WebSocket(url, options)
    {
        private int _reports;

        public int Reports => Volatile.Read(ref _reports);

        protected override void ReportException(Exception exception)
        {
            Interlocked.Increment(ref _reports);
            throw new InvalidOperationException("reporting failed", exception);
        }
    }

    private sealed class ReportingWebSocket(string url, WebSocketOptions options) : WebSocket(url, options)
    {
        public System.Collections.Concurrent.ConcurrentQueue<Exception> Reported { get; } = new();

        protected override void ReportException(Exception exception) => Reported.Enqueue(exception);
    }
}
