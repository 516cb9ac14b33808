using System;
using System.Diagnostics;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

/// <summary>Messages both ways over the in-memory transport, against raw frames and a ManagedWebSocket server.</summary>
public class MessageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(125)]
    [InlineData(126)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(1 << 20)]
    public async Task Client_messages_are_single_masked_frames_of_any_length(int length)
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();
        byte[] payload = Pattern(length);

        Task sending = pair.Client.SendAsync(payload, text: false, TestPeer.Timeout()).AsTask();
        RawFrame frame = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        await sending;

        Assert.True(frame.Fin);
        Assert.True(frame.Masked);
        Assert.Equal(0x2, frame.Opcode);
        Assert.Equal(payload, frame.Payload);
    }

    [Fact]
    public async Task Text_goes_as_a_text_frame()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Client.SendAsync("h\u00E9llo"u8.ToArray(), text: true, TestPeer.Timeout());
        RawFrame frame = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal(0x1, frame.Opcode);
        Assert.Equal("h\u00E9llo", Encoding.UTF8.GetString(frame.Payload));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(125)]
    [InlineData(126)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(1 << 20)]
    public async Task Server_frames_of_any_length_arrive_whole(int length)
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();
        byte[] payload = Pattern(length);

        Task writing = pair.Server.WriteAsync(TestPeer.Frame(0x2, payload), TestPeer.Timeout()).AsTask();
        WebSocketMessage message = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await writing;

        Assert.Equal(WebSocketMessageKind.Binary, message.Kind);
        Assert.Equal(payload, message.Binary);
    }

    [Fact]
    public async Task Fragments_are_reassembled_and_a_Ping_between_them_is_answered_with_its_payload()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(
            (byte[])[.. TestPeer.Frame(0x1, "Hel"u8, fin: false), .. TestPeer.Frame(0x9, "are you there"u8), .. TestPeer.Frame(0x0, "lo, "u8, fin: false), .. TestPeer.Frame(0x0, "w\u00F6rld"u8)],
            TestPeer.Timeout());
        WebSocketMessage message = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        RawFrame pong = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal("Hello, w\u00F6rld", message.Text);
        Assert.Equal(0xA, pong.Opcode);
        Assert.True(pong.Masked);
        Assert.Equal("are you there", Encoding.UTF8.GetString(pong.Payload));
    }

    [Fact]
    public async Task A_UTF8_sequence_split_between_fragments_is_valid()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();
        byte[] smile = "\U0001F600"u8.ToArray();

        await pair.Server.WriteAsync((byte[])[.. TestPeer.Frame(0x1, smile.AsSpan(0, 2), fin: false), .. TestPeer.Frame(0x0, smile.AsSpan(2))], TestPeer.Timeout());

        Assert.Equal("\U0001F600", (await pair.Client.ReceiveAsync(TestPeer.Timeout())).Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0x61, 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong
    public async Task Invalid_UTF8_in_a_text_message_fails_the_connection_with_1007(byte[] bytes)
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.Frame(0x1, bytes), TestPeer.Timeout());
        await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => pair.Client.ReceiveAsync(TestPeer.Timeout()).AsTask());
        RawFrame close = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal(0x8, close.Opcode);
        Assert.Equal(new byte[] { 1007 >> 8, 1007 & 0xFF }, close.Payload.AsSpan(0, 2).ToArray());
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_binary_message_is_just_bytes()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.Frame(0x2, [0xFF, 0xFE]), TestPeer.Timeout());

        Assert.Equal(new byte[] { 0xFF, 0xFE }, (await pair.Client.ReceiveAsync(TestPeer.Timeout())).Binary);
    }

    [Fact]
    public async Task A_dropped_connection_mid_message_fails_the_receive()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.Frame(0x2, new byte[1000]).AsMemory(0, 100), TestPeer.Timeout());
        pair.Server.Dispose();

        var error = await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => pair.Client.ReceiveAsync(TestPeer.Timeout()).AsTask());
        Assert.Contains("receive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_protocol_error_from_the_peer_fails_the_connection_with_1002()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        // A masked frame from a server is a protocol error (RFC 6455 section 5.1).
        await pair.Server.WriteAsync(new byte[] { 0x82, 0x81, 1, 2, 3, 4, 5 }, TestPeer.Timeout());

        await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => pair.Client.ReceiveAsync(TestPeer.Timeout()).AsTask());
        RawFrame close = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        Assert.Equal(new byte[] { 1002 >> 8, 1002 & 0xFF }, close.Payload.AsSpan(0, 2).ToArray());
    }

    [Fact]
    public async Task Abort_fails_a_pending_receive_at_once_and_sends_nothing()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();
        Task<WebSocketMessage> receiving = pair.Client.ReceiveAsync(TestPeer.Timeout()).AsTask();

        pair.Client.Abort();
        pair.Client.Abort();

        await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => receiving).WaitAsync(TestPeer.Bound);
        Assert.True(await TestPeer.EndsWithinAsync(pair.Server, TestPeer.Bound), "the server sees the end of the stream and no Close frame");
        await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => pair.Client.SendAsync(new byte[1], text: false, TestPeer.Timeout()).AsTask());
    }

    [Fact]
    public async Task Messages_round_trip_through_a_ManagedWebSocket_server_in_order_including_16_MiB()
    {
        System.Net.WebSockets.WebSocket? server = null;
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(async stream => server = await TestPeer.AcceptAsync(stream, cancellationToken: TestPeer.Timeout()));
        Task echo = EchoAsync(server!);

        byte[] big = Pattern(16 << 20);
        for (int i = 0; i < 100; i++)
        {
            await pair.Client.SendAsync(Encoding.UTF8.GetBytes("message " + i), text: true, TestPeer.Timeout());
        }

        await pair.Client.SendAsync(big, text: false, TestPeer.Timeout());
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal("message " + i, (await pair.Client.ReceiveAsync(TestPeer.Timeout())).Text);
        }

        Assert.Equal(big, (await pair.Client.ReceiveAsync(TestPeer.Timeout())).Binary);
        await pair.Client.SendCloseAsync(1000, "done", TestPeer.Timeout());
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        Assert.Equal((ushort)1000, close.Code);
        await echo.WaitAsync(TestPeer.Bound);
    }

    [Fact]
    public async Task A_peer_that_never_answers_pings_fails_the_receive_within_the_keep_alive_bound()
    {
        var options = new WebSocketOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(200), KeepAliveTimeout = TimeSpan.FromMilliseconds(500) };
        await using InMemoryPair pair = await InMemoryPair.RawAsync(options);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => pair.Client.ReceiveAsync(TestPeer.Timeout()).AsTask());

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(6));
        Assert.Contains("KeepAliveTimeout", error.Message, StringComparison.Ordinal);
        RawFrame ping = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        Assert.Equal(0x9, ping.Opcode);
    }

    [Fact]
    public async Task A_peer_that_answers_pings_keeps_the_connection_alive()
    {
        // A generous pong bound (a loaded 2-core CI machine can stall a peer for half a second) that still ends well
        // inside the 3 s wait: a peer that never answered fails the receive after about 2.3 s (measured 2.26-2.30 s
        // with this 2 s bound).
        var options = new WebSocketOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(200), KeepAliveTimeout = TimeSpan.FromSeconds(2) };
        System.Net.WebSockets.WebSocket? server = null;
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(async stream => server = await TestPeer.AcceptAsync(stream, cancellationToken: TestPeer.Timeout()), options: options);
        Task echo = EchoAsync(server!);
        Task<WebSocketMessage> receiving = pair.Client.ReceiveAsync(TestPeer.Timeout()).AsTask();

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(receiving.IsCompleted, "no failure while the peer answers pings");
        await pair.Client.SendAsync("still here"u8.ToArray(), text: true, TestPeer.Timeout());
        Assert.Equal("still here", (await receiving).Text);
        pair.Client.Abort();
    }

    private static async Task EchoAsync(System.Net.WebSockets.WebSocket server)
    {
        byte[] buffer = new byte[17 << 20];
        while (true)
        {
            int count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await server.ReceiveAsync(buffer.AsMemory(count), TestPeer.Timeout());
                count += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await server.CloseOutputAsync(server.CloseStatus!.Value, server.CloseStatusDescription, TestPeer.Timeout());
                return;
            }

            await server.SendAsync(buffer.AsMemory(0, count), result.MessageType, true, TestPeer.Timeout());
        }
    }

    private static byte[] Pattern(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7 + (i >> 8))).ToArray();
}
