using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.PeerProofs;

// Inside the namespace, so that it wins over WebIdl.Runtime.WebSockets.WebSocket.
using WebSocket = System.Net.WebSockets.WebSocket;

/// <summary>Proves the peers with .NET's own <see cref="ClientWebSocket"/> (permessage-deflate offered), where it can.</summary>
[Collection(PeerCollection.Name)]
public sealed class ClientWebSocketPeerTests
{
    private readonly PeerServers peers;

    public ClientWebSocketPeerTests(PeerServers peers) => this.peers = peers;

    private static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(30));

    private async Task<ClientWebSocket> ConnectAsync(PeerKind kind, string path, CancellationToken token, bool deflate = true)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (deflate)
        {
            socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        }

        await socket.ConnectAsync(peers.Url(kind, path), token);
        return socket;
    }

    private static async Task<(WebSocketMessageType Type, byte[] Data)> ReceiveAsync(WebSocket socket, CancellationToken token)
    {
        var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, token);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (result.MessageType, message.ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Echo_ReturnsTextAsTextAndBinaryAsBinary_WithDeflateNegotiated(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/echo", timeout.Token);
        Assert.Contains("permessage-deflate", socket.HttpResponseHeaders?["Sec-WebSocket-Extensions"].FirstOrDefault() ?? "");
        var big = PeerPattern.Create(100_000);
        await socket.SendAsync(Encoding.UTF8.GetBytes("héllo"), WebSocketMessageType.Text, true, timeout.Token);
        await socket.SendAsync(big, WebSocketMessageType.Binary, true, timeout.Token);
        var text = await ReceiveAsync(socket, timeout.Token);
        var binary = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal((WebSocketMessageType.Text, "héllo"), (text.Type, Encoding.UTF8.GetString(text.Data)));
        Assert.Equal(WebSocketMessageType.Binary, binary.Type);
        Assert.Equal(big, binary.Data);
        await socket.CloseAsync((WebSocketCloseStatus)4321, "see you", timeout.Token);
        Assert.Equal(((WebSocketCloseStatus)4321, "see you"), (socket.CloseStatus, socket.CloseStatusDescription));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Deflate0_TurnsCompressionOff(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/echo?deflate=0", timeout.Token);
        Assert.False(socket.HttpResponseHeaders?.ContainsKey("Sec-WebSocket-Extensions"));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Close_ArrivesWithItsCodeAndReason(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/close?code=4001&reason=bye", timeout.Token);
        var message = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, message.Type);
        Assert.Equal(((WebSocketCloseStatus)4001, "bye"), (socket.CloseStatus, socket.CloseStatusDescription));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task InvalidUtf8_IsRejectedByTheReceiver(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/invalid-utf8", timeout.Token);
        await Assert.ThrowsAsync<WebSocketException>(() => ReceiveAsync(socket, timeout.Token));
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Drop_FailsTheReceive(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/drop", timeout.Token);
        var error = await Assert.ThrowsAsync<WebSocketException>(() => ReceiveAsync(socket, timeout.Token));
        Assert.Equal(WebSocketError.ConnectionClosedPrematurely, error.WebSocketErrorCode);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Big_Arrives16MiBIntact(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/big?size=16777216", timeout.Token);
        var message = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal((WebSocketMessageType.Binary, 16777216), (message.Type, message.Data.Length));
        Assert.Equal(-1, PeerPattern.FirstMismatch(message.Data));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Fragmented_ReassemblesAcrossThePings(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/fragmented", timeout.Token);
        var text = await ReceiveAsync(socket, timeout.Token);
        var binary = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal((WebSocketMessageType.Text, "one two three"), (text.Type, Encoding.UTF8.GetString(text.Data)));
        Assert.Equal((WebSocketMessageType.Binary, "1,2,3,4,5,6"), (binary.Type, string.Join(",", binary.Data)));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Lengths_ArriveWithTheirSizes(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = await ConnectAsync(kind, "/lengths", timeout.Token);
        foreach (var length in PeerPattern.Lengths)
        {
            var message = await ReceiveAsync(socket, timeout.Token);
            Assert.Equal((WebSocketMessageType.Binary, length), (message.Type, message.Data.Length));
            Assert.Equal(-1, PeerPattern.FirstMismatch(message.Data));
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Count_SendsNumberedMessagesInOrder_ThenCloses1000(PeerKind kind)
    {
        using var timeout = Timeout();
        foreach (var binary in new[] { false, true })
        {
            using var socket = await ConnectAsync(kind, "/count?n=10000" + (binary ? "&binary=1" : ""), timeout.Token);
            for (var i = 0; i < 10000; i++)
            {
                var message = await ReceiveAsync(socket, timeout.Token);
                var value = binary ? (int)BinaryPrimitives.ReadUInt32BigEndian(message.Data) : int.Parse(Encoding.ASCII.GetString(message.Data), System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal((binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text, i), (message.Type, value));
            }

            Assert.Equal(WebSocketMessageType.Close, (await ReceiveAsync(socket, timeout.Token)).Type);
            Assert.Equal((WebSocketCloseStatus.NormalClosure, "done"), (socket.CloseStatus, socket.CloseStatusDescription));
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Collect_ReportsCountAndOrder(PeerKind kind)
    {
        using var timeout = Timeout();
        foreach (var (binary, skip, expected) in new[] { (false, -1, "10000 in order"), (true, -1, "10000 in order"), (false, 17, "out of order at 17") })
        {
            using var socket = await ConnectAsync(kind, "/collect", timeout.Token);
            var bytes = new byte[4];
            for (var i = 0; i < 10000; i++)
            {
                if (i == skip)
                {
                    continue;
                }

                if (binary)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)i);
                    await socket.SendAsync(bytes, WebSocketMessageType.Binary, true, timeout.Token);
                }
                else
                {
                    await socket.SendAsync(Encoding.ASCII.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), WebSocketMessageType.Text, true, timeout.Token);
                }
            }

            await socket.SendAsync("end"u8.ToArray(), WebSocketMessageType.Text, true, timeout.Token);
            Assert.Equal(WebSocketMessageType.Close, (await ReceiveAsync(socket, timeout.Token)).Type);
            Assert.Equal((WebSocketCloseStatus.NormalClosure, expected), (socket.CloseStatus, socket.CloseStatusDescription));
        }
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Headers_ReportsTheRequestHeaders(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("X-Peer-Test", "42");
        await socket.ConnectAsync(peers.Url(kind, "/headers"), timeout.Token);
        var message = await ReceiveAsync(socket, timeout.Token);
        using var json = JsonDocument.Parse(message.Data);
        Assert.Equal("42", json.RootElement.GetProperty("x-peer-test").GetString());
        Assert.Equal("websocket", json.RootElement.GetProperty("upgrade").GetString());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Status403_FailsTheConnectWithThatStatus(PeerKind kind)
    {
        using var timeout = Timeout();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(peers.Url(kind, "/status/403"), timeout.Token));
        Assert.Equal(403, (int)socket.HttpStatusCode);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Silent_LeavesPingsUnanswered(PeerKind kind)
    {
        using var timeout = Timeout();
        foreach (var (path, dies) in new[] { ("/silent", true), ("/echo", false) })
        {
            using var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            // A live peer gets a pong bound a loaded CI machine cannot miss, still inside the 3 s wait.
            socket.Options.KeepAliveTimeout = dies ? TimeSpan.FromMilliseconds(800) : TimeSpan.FromSeconds(2);
            await socket.ConnectAsync(peers.Url(kind, path), timeout.Token);
            var receive = ReceiveAsync(socket, timeout.Token);
            var finished = await Task.WhenAny(receive, Task.Delay(TimeSpan.FromSeconds(3), timeout.Token));
            Assert.Equal(dies, finished == receive);
            if (dies)
            {
                // ClientWebSocket reports it as "Aborted", with the keep-alive failure inside.
                var error = await Assert.ThrowsAnyAsync<Exception>(() => receive);
                Assert.Contains("Pong frame in response to a Ping frame", error.ToString(), StringComparison.Ordinal);
            }
            else
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                Assert.Equal(WebSocketMessageType.Close, (await receive).Type);
            }
        }
    }

    [Fact]
    public async Task KestrelTlsPort_ServesEchoWithItsCertificate()
    {
        using var timeout = Timeout();
        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == peers.Kestrel.Certificate.Thumbprint;
        await socket.ConnectAsync(peers.Kestrel.TlsUrl("/echo"), timeout.Token);
        await socket.SendAsync("tls"u8.ToArray(), WebSocketMessageType.Text, true, timeout.Token);
        Assert.Equal("tls", Encoding.UTF8.GetString((await ReceiveAsync(socket, timeout.Token)).Data));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    [Theory]
    [MemberData(nameof(PeerKinds.All), MemberType = typeof(PeerKinds))]
    public async Task Slow_AnswersTheHandshakeLate_ThenEchoes(PeerKind kind)
    {
        using var timeout = Timeout();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var socket = await ConnectAsync(kind, "/slow?ms=400", timeout.Token);
        Assert.True(clock.ElapsedMilliseconds >= 350, $"connected after {clock.ElapsedMilliseconds} ms");
        await socket.SendAsync("late"u8.ToArray(), WebSocketMessageType.Text, true, timeout.Token);
        Assert.Equal("late", Encoding.UTF8.GetString((await ReceiveAsync(socket, timeout.Token)).Data));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }
}
