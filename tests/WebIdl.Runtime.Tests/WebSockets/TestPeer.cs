using System;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;

namespace WebIdl.Runtime.Tests.WebSockets;

// The server side of the in-memory transport: each connect makes a MemoryDuplex, answers the opening handshake on
// its server end (a tiny HTTP/1.1 Upgrade responder), and hands the test a PeerConnection.
internal sealed class TestPeer : IWebSocketTransport
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly TaskCompletionSource<PeerConnection> _accepted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Picks the subprotocol to answer from the offered ones ("" for none), or null to refuse with HTTP 403.
    public Func<IReadOnlyList<string>, string?> SelectProtocol { get; init; } = offered => offered.Count > 0 ? offered[0] : "";

    // When false, the handshake is answered but no ManagedWebSocket is put on the server end (raw frames only).
    public bool Managed { get; init; } = true;

    // When set and the client offered permessage-deflate, the server answers with this extension header value.
    public string? AcceptDeflate { get; init; }

    // When true, ConnectAsync never completes (until canceled): the socket stays CONNECTING.
    public bool Hang { get; init; }

    // Connects wait for Release: with no SynchronizationContext a socket's events may fire as soon as its
    // constructor returns, and the in-memory handshake is fast enough to beat the test adding its listeners.
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<PeerConnection> Accepted => _accepted.Task.WaitAsync(Timeout);

    // Lets connects proceed (call it once the listeners are added).
    public void Release() => _released.TrySetResult();

    public WebSocketOptions Options => new() { Transport = this };

    public async ValueTask<Stream> ConnectAsync(Uri url, WebSocketOptions options, CancellationToken cancellationToken)
    {
        if (Hang)
        {
            await Task.Delay(System.Threading.Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }

        await _released.Task.WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
        MemoryDuplex duplex = MemoryDuplex.Create();
        _ = Task.Run(() => AnswerAsync(url, duplex));
        return duplex.Client;
    }

    private async Task AnswerAsync(Uri url, MemoryDuplex duplex)
    {
        try
        {
            string request = await ReadHeadAsync(duplex.Server).ConfigureAwait(false);
            var headers = ParseHeaders(request);
            string key = headers["sec-websocket-key"];
            var offered = headers.TryGetValue("sec-websocket-protocol", out string? list)
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : Array.Empty<string>();
            string? protocol = SelectProtocol(offered);
            if (protocol is null)
            {
                await WriteAsync(duplex.Server, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n").ConfigureAwait(false);
                duplex.Server.Dispose();
                _accepted.TrySetResult(new PeerConnection(duplex, null, request, url));
                return;
            }

            string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
            var response = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
                .Append("Sec-WebSocket-Accept: ").Append(accept).Append("\r\n");
            if (protocol.Length > 0)
                response.Append("Sec-WebSocket-Protocol: ").Append(protocol).Append("\r\n");
            bool deflate = AcceptDeflate is not null && headers.TryGetValue("sec-websocket-extensions", out string? extensions)
                && extensions.StartsWith("permessage-deflate", StringComparison.OrdinalIgnoreCase);
            if (deflate)
                response.Append("Sec-WebSocket-Extensions: ").Append(AcceptDeflate).Append("\r\n");
            await WriteAsync(duplex.Server, response.Append("\r\n").ToString()).ConfigureAwait(false);

            System.Net.WebSockets.WebSocket? socket = Managed
                ? System.Net.WebSockets.WebSocket.CreateFromStream(duplex.Server, new WebSocketCreationOptions
                {
                    IsServer = true,
                    SubProtocol = protocol.Length > 0 ? protocol : null,
                    KeepAliveInterval = System.Threading.Timeout.InfiniteTimeSpan,
                    DangerousDeflateOptions = deflate ? new WebSocketDeflateOptions() : null,
                })
                : null;
            _accepted.TrySetResult(new PeerConnection(duplex, socket, request, url));
        }
        catch (Exception exception)
        {
            _accepted.TrySetException(exception);
        }
    }

    private static async Task<string> ReadHeadAsync(Stream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^1] != '\n' || head[^2] != '\r' || head[^3] != '\n' || head[^4] != '\r')
        {
            if (await stream.ReadAsync(one).ConfigureAwait(false) == 0)
                throw new IOException("the client closed the stream during the handshake");
            head.Add(one[0]);
        }

        return Encoding.ASCII.GetString(head.ToArray());
    }

    private static Dictionary<string, string> ParseHeaders(string request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in request.Split("\r\n")[1..])
        {
            int colon = line.IndexOf(':');
            if (colon > 0)
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return headers;
    }

    private static Task WriteAsync(Stream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();
}

// One accepted connection, seen from the server.
internal sealed class PeerConnection
{
    public PeerConnection(MemoryDuplex duplex, System.Net.WebSockets.WebSocket? socket, string request, Uri url)
    {
        Duplex = duplex;
        Socket = socket;
        Request = request;
        Url = url;
    }

    public MemoryDuplex Duplex { get; }

    // The server's ManagedWebSocket; null when the handshake was refused or the peer is raw.
    public System.Net.WebSockets.WebSocket? Socket { get; }

    // The client's opening handshake request, as sent.
    public string Request { get; }

    // The URL the transport was asked to connect to.
    public Uri Url { get; }

    private System.Net.WebSockets.WebSocket Managed => Socket ?? throw new InvalidOperationException("not a managed peer");

    public Task SendTextAsync(string text) =>
        Managed.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(TestPeer.Timeout);

    public Task SendBinaryAsync(byte[] bytes) =>
        Managed.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None).WaitAsync(TestPeer.Timeout);

    // Receives one whole message: (type, bytes); type Close with the close status in the result.
    public async Task<(WebSocketMessageType Type, byte[] Data)> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TestPeer.Timeout);
        var data = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            ValueWebSocketReceiveResult result = await Managed.ReceiveAsync(buffer.AsMemory(), timeout.Token).ConfigureAwait(false);
            data.Write(buffer, 0, result.Count);
            if (result.EndOfMessage || result.MessageType == WebSocketMessageType.Close)
                return (result.MessageType, data.ToArray());
        }
    }

    public async Task<string> ReceiveTextAsync()
    {
        var (type, data) = await ReceiveAsync().ConfigureAwait(false);
        if (type != WebSocketMessageType.Text)
            throw new InvalidOperationException($"expected a text message, got {type}");
        return Encoding.UTF8.GetString(data);
    }

    // Answers the client's Close (after reading it) and closes the stream, as a server does.
    public async Task ExpectCloseAndAnswerAsync()
    {
        var (type, _) = await ReceiveAsync().ConfigureAwait(false);
        if (type != WebSocketMessageType.Close)
            throw new InvalidOperationException($"expected the client's Close frame, got {type}");
        await Managed.CloseOutputAsync(Managed.CloseStatus ?? WebSocketCloseStatus.NormalClosure, Managed.CloseStatusDescription, CancellationToken.None).WaitAsync(TestPeer.Timeout).ConfigureAwait(false);
        Duplex.Server.Dispose();
    }

    // Starts the closing handshake from the server with a code and reason, then closes the stream once the client
    // answered.
    public async Task CloseAsync(WebSocketCloseStatus code, string reason)
    {
        await Managed.CloseAsync(code, reason, CancellationToken.None).WaitAsync(TestPeer.Timeout).ConfigureAwait(false);
        Duplex.Server.Dispose();
    }

    // Unmasked server frames written by hand.
    public void WriteRawFrame(byte opcode, byte[] payload)
    {
        if (payload.Length > 125)
            throw new ArgumentException("short frames only");
        var frame = new byte[2 + payload.Length];
        frame[0] = (byte)(0x80 | opcode);
        frame[1] = (byte)payload.Length;
        payload.CopyTo(frame, 2);
        Duplex.Server.WriteRaw(frame);
    }

    // Reads the client's frames by hand (no ManagedWebSocket) up to and including its Close frame: (opcode, payload).
    public async Task<List<(int Opcode, byte[] Payload)>> ReadRawFramesUntilCloseAsync()
    {
        using var timeout = new CancellationTokenSource(TestPeer.Timeout);
        var frames = new List<(int, byte[])>();
        while (true)
        {
            byte[] head = await ReadExactlyAsync(2, timeout.Token).ConfigureAwait(false);
            int opcode = head[0] & 0x0F;
            long length = head[1] & 0x7F;
            if (length == 126)
                length = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(await ReadExactlyAsync(2, timeout.Token).ConfigureAwait(false));
            else if (length == 127)
                length = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(await ReadExactlyAsync(8, timeout.Token).ConfigureAwait(false));
            byte[] mask = (head[1] & 0x80) != 0 ? await ReadExactlyAsync(4, timeout.Token).ConfigureAwait(false) : new byte[4];
            byte[] payload = await ReadExactlyAsync((int)length, timeout.Token).ConfigureAwait(false);
            for (int i = 0; i < payload.Length; i++)
                payload[i] ^= mask[i % 4];
            frames.Add((opcode, payload));
            if (opcode == 8)
                return frames;
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        var bytes = new byte[count];
        await Duplex.Server.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        return bytes;
    }
}
