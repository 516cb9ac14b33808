using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

public class HandshakeTests
{
    [Fact]
    public async Task The_request_carries_the_RFC_6455_headers_the_offers_and_the_callers_headers()
    {
        SeenRequest? seen = null;
        var options = new WebSocketOptions
        {
            RequestHeaders = new Dictionary<string, string> { ["Origin"] = "http://example.test", ["X-Token"] = "abc" },
            KeepAliveInterval = TimeSpan.Zero,
        };
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(
            async server =>
            {
                seen = await TestPeer.ReadRequestAsync(server, TestPeer.Timeout());
                await TestPeer.WriteResponseAsync(server, seen, protocol: "superchat");
            },
            ["chat", "superchat"],
            options,
            "ws://example.test:8080/chat?room=1");

        Assert.NotNull(seen);
        Assert.Equal("GET /chat?room=1 HTTP/1.1", seen.RequestLine);
        Assert.Equal("example.test:8080", seen.Headers["Host"]);
        Assert.Equal("websocket", seen.Headers["Upgrade"]);
        Assert.Equal("Upgrade", seen.Headers["Connection"]);
        Assert.Equal(16, Convert.FromBase64String(seen.Key).Length);
        Assert.Equal("13", seen.Headers["Sec-WebSocket-Version"]);
        Assert.Equal("chat, superchat", seen.Headers["Sec-WebSocket-Protocol"]);
        Assert.Equal("permessage-deflate; client_max_window_bits", seen.Headers["Sec-WebSocket-Extensions"]);
        Assert.Equal("http://example.test", seen.Headers["Origin"]);
        Assert.Equal("abc", seen.Headers["X-Token"]);
        Assert.Equal("superchat", pair.Client.Protocol);
        Assert.Equal("", pair.Client.Extensions);
    }

    [Fact]
    public async Task No_protocol_or_extension_header_is_sent_when_nothing_is_offered()
    {
        SeenRequest? seen = null;
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(
            async server =>
            {
                seen = await TestPeer.ReadRequestAsync(server, TestPeer.Timeout());
                await TestPeer.WriteResponseAsync(server, seen);
            },
            options: new WebSocketOptions { Compression = false, KeepAliveInterval = TimeSpan.Zero },
            url: "ws://example.test/");

        Assert.NotNull(seen);
        Assert.Equal("GET / HTTP/1.1", seen.RequestLine);
        Assert.Equal("example.test", seen.Headers["Host"]);
        Assert.False(seen.Headers.ContainsKey("Sec-WebSocket-Protocol"));
        Assert.False(seen.Headers.ContainsKey("Sec-WebSocket-Extensions"));
        Assert.Equal("", pair.Client.Protocol);
    }

    [Fact]
    public async Task Every_connection_gets_a_fresh_key()
    {
        var keys = new HashSet<string>();
        for (int i = 0; i < 5; i++)
        {
            await using InMemoryPair pair = await InMemoryPair.ConnectAsync(async server =>
            {
                SeenRequest request = await TestPeer.ReadRequestAsync(server, TestPeer.Timeout());
                keys.Add(request.Key);
                await TestPeer.WriteResponseAsync(server, request);
            });
        }

        Assert.Equal(5, keys.Count);
    }

    [Theory]
    [InlineData("ws://h/", "h")]
    [InlineData("ws://h:80/", "h")]
    [InlineData("ws://h:8080/", "h:8080")]
    [InlineData("wss://h:443/", "h")]
    [InlineData("wss://h:80/", "h:80")]
    [InlineData("ws://h:443/", "h:443")]
    [InlineData("ws://127.0.0.1:9000/", "127.0.0.1:9000")]
    [InlineData("ws://[::1]:9000/", "[::1]:9000")]
    [InlineData("ws://[::1]/", "[::1]")]
    [InlineData("ws://b\u00FCcher.example/", "xn--bcher-kva.example")]
    public void The_Host_header_names_the_port_only_when_it_is_not_the_default(string url, string host)
    {
        Assert.Equal(host, HandshakeRequest.HostHeader(new Uri(url)));
    }

    [Fact]
    public void The_accept_key_is_the_RFC_6455_example()
    {
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", HandshakeRequest.ExpectedAccept("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    public static TheoryData<string, string[], bool, Func<Stream, SeenRequest, Task>> Refusals => new()
    {
        { "HTTP status 404", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, status: "404 Not Found") },
        { "HTTP status 200", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, status: "200 OK") },
        { "bad accept key", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, accept: "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=") },
        { "Upgrade header", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, upgrade: "h2c") },
        { "Connection header", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, connection: "keep-alive") },
        { "subprotocol not offered: the server chose 'other'", ["chat"], true, (s, r) => TestPeer.WriteResponseAsync(s, r, protocol: "other") },
        { "subprotocol not offered: the server chose 'Chat'", ["chat"], true, (s, r) => TestPeer.WriteResponseAsync(s, r, protocol: "Chat") },
        { "subprotocol not offered", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, protocol: "chat") },
        { "subprotocol: none chosen", ["chat", "v2"], true, (s, r) => TestPeer.WriteResponseAsync(s, r) },
        { "extension not offered", [], false, (s, r) => TestPeer.WriteResponseAsync(s, r, extensions: "permessage-deflate") },
        { "not offered: 'x-webkit-deflate-frame'", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, extensions: "x-webkit-deflate-frame") },
        { "more than one extension", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, extensions: "permessage-deflate, permessage-deflate") },
        { "client_max_window_bits=8 is not supported", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, extensions: "permessage-deflate; client_max_window_bits=8") },
        { "unknown parameter 'mystery'", [], true, (s, r) => TestPeer.WriteResponseAsync(s, r, extensions: "permessage-deflate; mystery") },
        { "closed the connection during the handshake", [], true, (s, r) => { s.Dispose(); return Task.CompletedTask; } },
        { "malformed status line", [], true, (s, r) => s.WriteAsync("SSH-2.0-OpenSSH\r\n\r\n"u8.ToArray()).AsTask() },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_response_that_breaks_the_handshake_fails_the_connection_with_a_message_saying_why(
        string expected, string[] protocols, bool compression, Func<Stream, SeenRequest, Task> respond)
    {
        var options = new WebSocketOptions { Compression = compression };
        var error = await Assert.ThrowsAsync<WebSocketConnectException>(() => InMemoryPair.ConnectAsync(
            async server => await respond(server, await TestPeer.ReadRequestAsync(server, TestPeer.Timeout())), protocols, options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_the_handshake_out()
    {
        var options = new WebSocketOptions { HandshakeTimeout = TimeSpan.FromMilliseconds(300) };
        DateTime start = DateTime.UtcNow;
        var error = await Assert.ThrowsAsync<WebSocketConnectException>(() => InMemoryPair.ConnectAsync(_ => Task.CompletedTask, options: options));

        Assert.Contains("timeout", error.Message, StringComparison.Ordinal);
        Assert.InRange(DateTime.UtcNow - start, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_callers_cancellation_is_an_OperationCanceledException_not_a_connect_failure()
    {
        using var cancel = new CancellationTokenSource();
        var transport = new InMemoryWebSocketTransport();
        Task<WebSocketConnection> connecting = WebSocketConnection.ConnectAsync(
            new Uri("ws://example.test/"), [], new WebSocketOptions { Transport = transport }, cancel.Token);
        await transport.AcceptAsync(TestPeer.Timeout());
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting).WaitAsync(TestPeer.Bound);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unreachable()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var error = await Assert.ThrowsAsync<WebSocketConnectException>(
            () => WebSocketConnection.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/"), [], WebSocketOptions.Default, TestPeer.Timeout()));

        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.IsType<SocketException>(error.InnerException);
    }

    [Fact]
    public async Task Frames_that_arrive_with_the_response_headers_are_not_lost()
    {
        byte[] frames = [.. TestPeer.Frame(0x1, "first"u8), .. TestPeer.Frame(0x2, [1, 2, 3])];
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(async server =>
            await TestPeer.WriteResponseAsync(server, await TestPeer.ReadRequestAsync(server, TestPeer.Timeout()), after: frames));

        WebSocketMessage first = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        WebSocketMessage second = await pair.Client.ReceiveAsync(TestPeer.Timeout());

        Assert.Equal("first", first.Text);
        Assert.Equal(new byte[] { 1, 2, 3 }, second.Binary);
    }

    [Fact]
    public async Task A_peer_Close_that_arrives_with_the_response_headers_is_seen_with_its_payload()
    {
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(async server =>
            await TestPeer.WriteResponseAsync(server, await TestPeer.ReadRequestAsync(server, TestPeer.Timeout()), after: TestPeer.Frame(0x8, [])));

        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());

        Assert.Equal(WebSocketMessageKind.Close, close.Kind);
        Assert.Null(close.Code);
    }

    [Fact]
    public async Task The_accepted_extension_is_reported_as_the_server_sent_it_and_messages_are_compressed()
    {
        System.Net.WebSockets.WebSocket? server = null;
        await using InMemoryPair pair = await InMemoryPair.ConnectAsync(async stream =>
        {
            SeenRequest request = await TestPeer.ReadRequestAsync(stream, TestPeer.Timeout());
            await TestPeer.WriteResponseAsync(stream, request, extensions: "permessage-deflate; server_no_context_takeover");
            server = System.Net.WebSockets.WebSocket.CreateFromStream(stream, new System.Net.WebSockets.WebSocketCreationOptions
            {
                IsServer = true,
                DangerousDeflateOptions = new System.Net.WebSockets.WebSocketDeflateOptions { ServerContextTakeover = false },
            });
        });

        Assert.Equal("permessage-deflate; server_no_context_takeover", pair.Client.Extensions);
        string text = new('a', 10_000);
        await pair.Client.SendAsync(System.Text.Encoding.UTF8.GetBytes(text), text: true, TestPeer.Timeout());
        byte[] buffer = new byte[20_000];
        var received = await server!.ReceiveAsync(buffer.AsMemory(), TestPeer.Timeout());
        Assert.True(received.EndOfMessage);
        Assert.Equal(text, System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count));

        await server.SendAsync(buffer.AsMemory(0, received.Count), System.Net.WebSockets.WebSocketMessageType.Text, true, TestPeer.Timeout());
        Assert.Equal(text, (await pair.Client.ReceiveAsync(TestPeer.Timeout())).Text);
    }
}
