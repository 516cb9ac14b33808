using System;
using System.IO;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

/// <summary>The default TCP/TLS transport against servers on 127.0.0.1.</summary>
public class TcpTlsTests
{
    private static readonly Lazy<X509Certificate2> Certificate = new(TcpTestServer.SelfSigned);

    [Fact]
    public async Task A_self_signed_certificate_fails_the_connection_by_default()
    {
        using var server = new TcpTestServer(Certificate.Value);
        _ = server.AcceptAsync(TestPeer.Timeout());

        var error = await Assert.ThrowsAsync<WebSocketConnectException>(
            () => WebSocketConnection.ConnectAsync(server.Url(), [], WebSocketOptions.Default, TestPeer.Timeout()));

        Assert.Contains("TLS failure", error.Message, StringComparison.Ordinal);
        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
    }

    [Fact]
    public async Task The_validation_callback_can_accept_it_and_wss_then_carries_messages()
    {
        using var server = new TcpTestServer(Certificate.Value);
        SslPolicyErrors seen = SslPolicyErrors.None;
        string? subject = null;
        var options = new WebSocketOptions
        {
            RemoteCertificateValidation = (_, certificate, _, errors) =>
            {
                seen = errors;
                subject = certificate?.Subject;
                return true;
            },
        };
        Task<System.Net.WebSockets.WebSocket> accepting = AcceptWebSocketAsync(server);

        await using WebSocketConnection client = await WebSocketConnection.ConnectAsync(server.Url("/secure"), [], options, TestPeer.Timeout());
        System.Net.WebSockets.WebSocket peer = await accepting;
        await client.SendAsync("over TLS"u8.ToArray(), text: true, TestPeer.Timeout());
        byte[] buffer = new byte[100];
        ValueWebSocketReceiveResult received = await peer.ReceiveAsync(buffer.AsMemory(), TestPeer.Timeout());
        await peer.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, true, TestPeer.Timeout());

        Assert.Equal("over TLS", (await client.ReceiveAsync(TestPeer.Timeout())).Text);
        Assert.NotEqual(SslPolicyErrors.None, seen);
        Assert.Equal("CN=localhost", subject);
    }

    [Fact]
    public async Task A_callback_that_refuses_fails_the_connection()
    {
        using var server = new TcpTestServer(Certificate.Value);
        _ = server.AcceptAsync(TestPeer.Timeout());
        var options = new WebSocketOptions { RemoteCertificateValidation = (_, _, _, _) => false };

        var error = await Assert.ThrowsAsync<WebSocketConnectException>(
            () => WebSocketConnection.ConnectAsync(server.Url(), [], options, TestPeer.Timeout()));

        Assert.Contains("TLS failure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_TCP_a_small_send_completes_synchronously_and_allocates_nothing()
    {
        using var server = new TcpTestServer();
        Task<System.Net.WebSockets.WebSocket> accepting = AcceptWebSocketAsync(server);
        var options = new WebSocketOptions { Compression = false, KeepAliveInterval = TimeSpan.Zero };
        await using WebSocketConnection client = await WebSocketConnection.ConnectAsync(server.Url(), [], options, TestPeer.Timeout());
        System.Net.WebSockets.WebSocket peer = await accepting;
        Task draining = DrainAsync(peer);
        byte[] message = new byte[32];
        for (int i = 0; i < 100; i++)
        {
            await client.SendAsync(message, text: false, default);
        }

        int synchronous = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            ValueTask send = client.SendAsync(message, text: false, default);
            if (send.IsCompletedSuccessfully)
            {
                synchronous++;
            }

            await send;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(synchronous >= 990, $"{synchronous} of 1000 sends completed synchronously");
        Assert.True(allocated < 1000, $"1000 sends allocated {allocated} bytes");
        client.Abort();
        await Assert.ThrowsAnyAsync<Exception>(() => draining).WaitAsync(TestPeer.Bound);
    }

    [Fact]
    public async Task Compressed_messages_round_trip_over_TCP()
    {
        using var server = new TcpTestServer();
        Task<Stream> accepting = server.AcceptAsync(TestPeer.Timeout());
        Task<WebSocketConnection> connecting = WebSocketConnection.ConnectAsync(server.Url(), [], WebSocketOptions.Default, TestPeer.Timeout());
        System.Net.WebSockets.WebSocket peer = await TestPeer.AcceptAsync(await accepting, deflate: true, cancellationToken: TestPeer.Timeout());
        await using WebSocketConnection client = await connecting;
        string text = new StringBuilder().Insert(0, "compress me ", 5000).ToString();

        await client.SendAsync(Encoding.UTF8.GetBytes(text), text: true, TestPeer.Timeout());
        byte[] buffer = new byte[100_000];
        ValueWebSocketReceiveResult received = await peer.ReceiveAsync(buffer.AsMemory(), TestPeer.Timeout());
        await peer.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, true, TestPeer.Timeout());

        Assert.Equal("permessage-deflate", client.Extensions);
        Assert.Equal(text, (await client.ReceiveAsync(TestPeer.Timeout())).Text);
    }

    [Fact]
    public async Task Over_TCP_a_peer_that_stops_answering_is_detected_by_keep_alive()
    {
        using var server = new TcpTestServer();
        Task<Stream> accepting = server.AcceptAsync(TestPeer.Timeout());
        var options = new WebSocketOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(200), KeepAliveTimeout = TimeSpan.FromMilliseconds(500) };
        Task<WebSocketConnection> connecting = WebSocketConnection.ConnectAsync(server.Url(), [], options, TestPeer.Timeout());
        await using Stream peer = await accepting;
        await TestPeer.WriteResponseAsync(peer, await TestPeer.ReadRequestAsync(peer, TestPeer.Timeout()));
        await using WebSocketConnection client = await connecting;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The peer's kernel still accepts the pings; nobody answers them.
        var error = await Assert.ThrowsAsync<WebSocketConnectionFailedException>(() => client.ReceiveAsync(TestPeer.Timeout()).AsTask());

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(6));
        Assert.Contains("KeepAliveTimeout", error.Message, StringComparison.Ordinal);
    }

    private static async Task<System.Net.WebSockets.WebSocket> AcceptWebSocketAsync(TcpTestServer server) =>
        await TestPeer.AcceptAsync(await server.AcceptAsync(TestPeer.Timeout()), cancellationToken: TestPeer.Timeout());

    private static async Task DrainAsync(System.Net.WebSockets.WebSocket peer)
    {
        byte[] buffer = new byte[1024];
        while (true)
        {
            await peer.ReceiveAsync(buffer.AsMemory(), TestPeer.Timeout());
        }
    }
}
