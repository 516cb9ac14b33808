using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.Transport;

/// <summary>
/// The transport (our handshake, ManagedWebSocket framing under the frame-aware stream) against independent
/// implementations: the npm <c>ws</c> server, and Kestrel where its behaviour is the same. <c>ws</c> refuses unmasked
/// client frames, a Close carrying 1005 and bad lengths, so every exchange below also proves our frames are valid.
/// </summary>
[Collection(PeerCollection.Name)]
public sealed class WsPeerFramingTests(PeerServers peers)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static readonly WebSocketOptions NoKeepAlive = new() { KeepAliveInterval = TimeSpan.Zero };

    [Theory]
    [InlineData(PeerKind.Node)]
    [InlineData(PeerKind.Kestrel)]
    public async Task Every_payload_length_encoding_round_trips_uncompressed(PeerKind kind)
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(kind, "/echo?deflate=0"));
        Assert.Equal("", client.Extensions);

        foreach (int length in new[] { 0, 1, 125, 126, 127, 65535, 65536, 1 << 20, 16 << 20 })
        {
            byte[] payload = PeerPattern.Create(length);
            Task sending = client.SendAsync(payload, text: false, Timeout()).AsTask();
            WebSocketMessage echo = await client.ReceiveAsync(Timeout());
            await sending;

            Assert.Equal(WebSocketMessageKind.Binary, echo.Kind);
            Assert.Equal(length, echo.Binary!.Length);
            Assert.Equal(-1, PeerPattern.FirstMismatch(echo.Binary));
        }

        await CloseCleanlyAsync(client);
    }

    [Theory]
    [InlineData("/lengths?deflate=0")]
    [InlineData("/lengths")]
    public async Task The_peers_messages_of_every_length_encoding_arrive_whole(string path)
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(PeerKind.Node, path));

        foreach (int length in PeerPattern.Lengths)
        {
            WebSocketMessage message = await client.ReceiveAsync(Timeout());
            Assert.Equal(length, message.Binary!.Length);
            Assert.Equal(-1, PeerPattern.FirstMismatch(message.Binary));
        }

        await CloseCleanlyAsync(client);
    }

    [Theory]
    [InlineData(PeerKind.Node)]
    [InlineData(PeerKind.Kestrel)]
    public async Task Fragmented_messages_with_pings_between_the_fragments_are_reassembled(PeerKind kind)
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(kind, "/fragmented"));

        Assert.Equal("one two three", (await client.ReceiveAsync(Timeout())).Text);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, (await client.ReceiveAsync(Timeout())).Binary);
        await client.SendAsync("still in step"u8.ToArray(), text: true, Timeout());
        Assert.Equal("still in step", (await client.ReceiveAsync(Timeout())).Text);
        await CloseCleanlyAsync(client);
    }

    [Fact]
    public async Task A_close_without_a_code_is_an_empty_Close_that_ws_accepts_and_answers_with_an_empty_Close()
    {
        // ws fails a connection whose Close carries 1005 with 1002; here it echoes our empty Close as an empty Close.
        await using WebSocketConnection client = await ConnectAsync(peers.Url(PeerKind.Node, "/echo"));

        await client.SendCloseAsync(null, "", Timeout());
        WebSocketMessage close = await client.ReceiveAsync(Timeout());

        Assert.Equal(WebSocketMessageKind.Close, close.Kind);
        Assert.Null(close.Code);
        Assert.Equal("", close.Reason);
        await client.WaitForTcpCloseAsync(TimeSpan.FromSeconds(5)).WaitAsync(Bound);
    }

    [Theory]
    [InlineData(PeerKind.Node, 1000, "")]
    [InlineData(PeerKind.Node, 4001, "bye \u00E9")]
    [InlineData(PeerKind.Node, 3999, "")]
    [InlineData(PeerKind.Kestrel, 1000, "normal")]
    [InlineData(PeerKind.Kestrel, 4001, "bye")]
    public async Task A_close_code_and_reason_reach_the_peer_which_echoes_them(PeerKind kind, int code, string reason)
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(kind, "/echo"));

        await client.SendCloseAsync((ushort)code, reason, Timeout());
        WebSocketMessage close = await client.ReceiveAsync(Timeout());

        Assert.Equal((ushort)code, close.Code);
        Assert.Equal(reason, close.Reason);
    }

    [Theory]
    [InlineData(PeerKind.Node, "/close?code=4002&reason=later", (ushort)4002, "later")]
    [InlineData(PeerKind.Node, "/close?code=1000", (ushort)1000, "")]
    [InlineData(PeerKind.Node, "/close-empty", null, "")]
    [InlineData(PeerKind.Kestrel, "/close?code=4002&reason=later", (ushort)4002, "later")]
    [InlineData(PeerKind.Kestrel, "/close-empty", null, "")]
    public async Task The_peers_close_code_and_reason_are_reported_and_an_empty_Close_has_no_code(PeerKind kind, string path, ushort? code, string reason)
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(kind, path));

        WebSocketMessage close = await client.ReceiveAsync(Timeout());
        await client.SendCloseAsync(close.Code, "", Timeout());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await client.WaitForTcpCloseAsync(TimeSpan.FromSeconds(10)).WaitAsync(Bound);

        Assert.Equal(WebSocketMessageKind.Close, close.Kind);
        Assert.Equal(code, close.Code);
        Assert.Equal(reason, close.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the server closed TCP after {clock.Elapsed}");
    }

    [Theory]
    [InlineData(PeerKind.Node)]
    [InlineData(PeerKind.Kestrel)]
    public async Task Permessage_deflate_is_negotiated_and_messages_cross_the_wire_compressed(PeerKind kind)
    {
        var counting = new CountingTransport();
        await using WebSocketConnection client = await ConnectAsync(peers.Url(kind, "/echo"), new WebSocketOptions { Transport = counting, KeepAliveInterval = TimeSpan.Zero });
        Assert.StartsWith("permessage-deflate", client.Extensions, StringComparison.Ordinal);
        string text = string.Concat(Enumerable.Repeat("a compressible sentence, ", 8000));
        byte[] binary = PeerPattern.Create(1 << 20);
        long writtenBefore = counting.BytesWritten, readBefore = counting.BytesRead;

        await client.SendAsync(Encoding.UTF8.GetBytes(text), text: true, Timeout());
        Assert.Equal(text, (await client.ReceiveAsync(Timeout())).Text);
        await client.SendAsync(binary, text: false, Timeout());
        WebSocketMessage echo = await client.ReceiveAsync(Timeout());

        Assert.Equal(-1, PeerPattern.FirstMismatch(echo.Binary));
        Assert.Equal(binary.Length, echo.Binary!.Length);
        long sent = counting.BytesWritten - writtenBefore, received = counting.BytesRead - readBefore;
        int plain = text.Length + binary.Length;
        Assert.True(sent < plain / 10, $"{sent} bytes written for {plain} bytes of messages");
        Assert.True(received < plain / 10, $"{received} bytes read for {plain} bytes of messages");
        await CloseCleanlyAsync(client);
    }

    [Fact]
    public async Task Sixteen_MiB_round_trips_compressed()
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(PeerKind.Node, "/big?size=16777216"));

        WebSocketMessage big = await client.ReceiveAsync(Timeout());
        Assert.Equal(16 << 20, big.Binary!.Length);
        Assert.Equal(-1, PeerPattern.FirstMismatch(big.Binary));
        await client.SendAsync(big.Binary, text: false, Timeout());
        WebSocketMessage echo = await client.ReceiveAsync(Timeout());

        Assert.Equal(16 << 20, echo.Binary!.Length);
        Assert.Equal(-1, PeerPattern.FirstMismatch(echo.Binary));
        await CloseCleanlyAsync(client);
    }

    [Fact]
    public async Task The_handshake_request_is_what_ws_expects()
    {
        var options = new WebSocketOptions
        {
            KeepAliveInterval = TimeSpan.Zero,
            RequestHeaders = new Dictionary<string, string> { ["Origin"] = "http://example.test", ["X-Test"] = "yes" },
        };
        Uri url = peers.Url(PeerKind.Node, "/headers?x=1");
        await using WebSocketConnection client = await WebSocketConnection.ConnectAsync(url, ["chat", "v2"], options, Timeout());

        using JsonDocument headers = JsonDocument.Parse((await client.ReceiveAsync(Timeout())).Text!);
        JsonElement h = headers.RootElement;
        Assert.Equal("chat", client.Protocol);
        Assert.Equal("127.0.0.1:" + url.Port, h.GetProperty("host").GetString());
        Assert.Equal("13", h.GetProperty("sec-websocket-version").GetString());
        Assert.Equal("chat, v2", h.GetProperty("sec-websocket-protocol").GetString());
        Assert.Equal("permessage-deflate; client_max_window_bits", h.GetProperty("sec-websocket-extensions").GetString());
        Assert.Equal("http://example.test", h.GetProperty("origin").GetString());
        Assert.Equal("yes", h.GetProperty("x-test").GetString());
        Assert.Equal(16, Convert.FromBase64String(h.GetProperty("sec-websocket-key").GetString()!).Length);
        await CloseCleanlyAsync(client);
    }

    [Theory]
    [InlineData(PeerKind.Node)]
    [InlineData(PeerKind.Kestrel)]
    public async Task A_server_that_picks_no_offered_subprotocol_fails_the_handshake(PeerKind kind)
    {
        var error = await Assert.ThrowsAsync<WebSocketConnectException>(
            () => WebSocketConnection.ConnectAsync(peers.Url(kind, "/refuse-protocol"), ["chat"], NoKeepAlive, Timeout()));

        Assert.Contains("none chosen", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PeerKind.Node)]
    [InlineData(PeerKind.Kestrel)]
    public async Task A_refused_handshake_reports_the_HTTP_status(PeerKind kind)
    {
        var error = await Assert.ThrowsAsync<WebSocketConnectException>(
            () => WebSocketConnection.ConnectAsync(peers.Url(kind, "/status/403"), [], NoKeepAlive, Timeout()));

        Assert.Contains("HTTP status 403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_UTF8_from_ws_fails_the_connection()
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(PeerKind.Node, "/invalid-utf8"));

        await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => client.ReceiveAsync(Timeout()).AsTask());
    }

    [Theory]
    [InlineData("/drop")]
    [InlineData("/drop?how=short")]
    public async Task A_dropped_TCP_connection_mid_message_fails_the_connection(string path)
    {
        await using WebSocketConnection client = await ConnectAsync(peers.Url(PeerKind.Node, path));

        await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => client.ReceiveAsync(Timeout()).AsTask());
    }

    [Theory]
    [InlineData(PeerKind.Node)]
    [InlineData(PeerKind.Kestrel)]
    public async Task Keep_alive_pings_are_answered_by_a_live_peer_and_the_connection_stays_up(PeerKind kind)
    {
        // A generous pong bound (a loaded 2-core CI machine once stalled Kestrel past 500 ms) that still ends well
        // inside the 3 s wait: a peer that never answered fails the receive after about 2.3 s (measured 2.26-2.30 s
        // with this 2 s bound).
        var options = new WebSocketOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(200), KeepAliveTimeout = TimeSpan.FromSeconds(2) };
        await using WebSocketConnection client = await ConnectAsync(peers.Url(kind, "/echo"), options);
        Task<WebSocketMessage> receiving = client.ReceiveAsync(Timeout()).AsTask();

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(receiving.IsCompleted, receiving.IsFaulted ? receiving.Exception!.ToString() : "a message arrived");
        await client.SendAsync("alive"u8.ToArray(), text: true, Timeout());

        Assert.Equal("alive", (await receiving).Text);
        await CloseCleanlyAsync(client);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(Bound).Token;

    private static Task<WebSocketConnection> ConnectAsync(Uri url, WebSocketOptions? options = null) =>
        WebSocketConnection.ConnectAsync(url, [], options ?? NoKeepAlive, Timeout());

    private static async Task CloseCleanlyAsync(WebSocketConnection client)
    {
        await client.SendCloseAsync(1000, "", Timeout());
        WebSocketMessage close = await client.ReceiveAsync(Timeout());
        Assert.Equal(WebSocketMessageKind.Close, close.Kind);
        Assert.Equal((ushort)1000, close.Code);
        await client.WaitForTcpCloseAsync(TimeSpan.FromSeconds(5)).WaitAsync(Bound);
    }
}
