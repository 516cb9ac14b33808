using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

/// <summary>The client's handshake request as a test server saw it.</summary>
public sealed record SeenRequest(string RequestLine, Dictionary<string, string> Headers)
{
    public string Key => Headers["Sec-WebSocket-Key"];
}

/// <summary>One raw frame as read off the wire by a test server (payload unmasked).</summary>
public sealed record RawFrame(bool Fin, int Opcode, bool Masked, byte[] Payload);

/// <summary>
/// A tiny WebSocket server side for tests: its own handshake (so tests can break it on purpose), raw frames (so tests
/// see exactly what the client put on the wire) and a ManagedWebSocket server for ordinary traffic.
/// </summary>
public static class TestPeer
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    public static CancellationToken Timeout() => new CancellationTokenSource(Bound).Token;

    public static async Task<SeenRequest> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        byte[] one = new byte[1];
        while (bytes.Count < 4 || !(bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                throw new EndOfStreamException("client closed before finishing its request");
            }

            bytes.Add(one[0]);
        }

        string[] lines = Encoding.UTF8.GetString(bytes.ToArray()).Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines[1..])
        {
            if (line.Length == 0)
            {
                continue;
            }

            int colon = line.IndexOf(':');
            headers.Add(line[..colon], line[(colon + 1)..].Trim());
        }

        return new SeenRequest(lines[0], headers);
    }

    public static string Accept(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));

    /// <summary>Writes a 101 response (plus <paramref name="after"/> in the same write), unless told otherwise.</summary>
    public static async Task WriteResponseAsync(
        Stream stream,
        SeenRequest request,
        string? protocol = null,
        string? extensions = null,
        string status = "101 Switching Protocols",
        string? accept = null,
        string upgrade = "websocket",
        string connection = "Upgrade",
        byte[]? after = null,
        CancellationToken cancellationToken = default)
    {
        var response = new StringBuilder();
        response.Append("HTTP/1.1 ").Append(status).Append("\r\n");
        response.Append("Upgrade: ").Append(upgrade).Append("\r\n");
        response.Append("Connection: ").Append(connection).Append("\r\n");
        response.Append("Sec-WebSocket-Accept: ").Append(accept ?? Accept(request.Key)).Append("\r\n");
        if (protocol is not null)
        {
            response.Append("Sec-WebSocket-Protocol: ").Append(protocol).Append("\r\n");
        }

        if (extensions is not null)
        {
            response.Append("Sec-WebSocket-Extensions: ").Append(extensions).Append("\r\n");
        }

        response.Append("\r\n");
        byte[] head = Encoding.ASCII.GetBytes(response.ToString());
        await stream.WriteAsync((byte[])[.. head, .. after ?? []], cancellationToken);
    }

    /// <summary>Accepts the handshake and returns a ManagedWebSocket server over <paramref name="stream"/>.</summary>
    public static async Task<System.Net.WebSockets.WebSocket> AcceptAsync(
        Stream stream, string? protocol = null, bool deflate = false, TimeSpan? keepAlive = null, CancellationToken cancellationToken = default)
    {
        SeenRequest request = await ReadRequestAsync(stream, cancellationToken);
        await WriteResponseAsync(stream, request, protocol, deflate ? "permessage-deflate" : null, cancellationToken: cancellationToken);
        return System.Net.WebSockets.WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = protocol,
            KeepAliveInterval = keepAlive ?? TimeSpan.Zero,
            DangerousDeflateOptions = deflate ? new WebSocketDeflateOptions() : null,
        });
    }

    /// <summary>Reads one frame as it is on the wire.</summary>
    public static async Task<RawFrame> ReadFrameAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] head = await ReadExactlyAsync(stream, 2, cancellationToken);
        long length = head[1] & 0x7F;
        if (length == 126)
        {
            length = BinaryPrimitives.ReadUInt16BigEndian(await ReadExactlyAsync(stream, 2, cancellationToken));
        }
        else if (length == 127)
        {
            length = (long)BinaryPrimitives.ReadUInt64BigEndian(await ReadExactlyAsync(stream, 8, cancellationToken));
        }

        bool masked = (head[1] & 0x80) != 0;
        byte[] mask = masked ? await ReadExactlyAsync(stream, 4, cancellationToken) : [0, 0, 0, 0];
        byte[] payload = await ReadExactlyAsync(stream, checked((int)length), cancellationToken);
        for (int i = 0; i < payload.Length; i++)
        {
            payload[i] ^= mask[i % 4];
        }

        return new RawFrame((head[0] & 0x80) != 0, head[0] & 0x0F, masked, payload);
    }

    /// <summary>An unmasked (server) frame.</summary>
    public static byte[] Frame(int opcode, ReadOnlySpan<byte> payload, bool fin = true)
    {
        var frame = new List<byte> { (byte)((fin ? 0x80 : 0) | opcode) };
        if (payload.Length < 126)
        {
            frame.Add((byte)payload.Length);
        }
        else if (payload.Length <= ushort.MaxValue)
        {
            frame.Add(126);
            frame.Add((byte)(payload.Length >> 8));
            frame.Add((byte)payload.Length);
        }
        else
        {
            frame.Add(127);
            byte[] length = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(length, (ulong)payload.Length);
            frame.AddRange(length);
        }

        frame.AddRange(payload.ToArray());
        return [.. frame];
    }

    public static byte[] CloseFrame(ushort code, string reason = "")
    {
        byte[] payload = [(byte)(code >> 8), (byte)code, .. Encoding.UTF8.GetBytes(reason)];
        return Frame(0x8, payload);
    }

    public static async Task<byte[]> ReadExactlyAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    /// <summary>Reads until the end of the stream; false when it did not end within <paramref name="within"/>.</summary>
    public static async Task<bool> EndsWithinAsync(Stream stream, TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        byte[] buffer = new byte[1024];
        try
        {
            while (await stream.ReadAsync(buffer, cts.Token) > 0)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}

/// <summary>A TCP listener on 127.0.0.1 (optionally TLS) handing out accepted server streams.</summary>
internal sealed class TcpTestServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2? _certificate;

    public TcpTestServer(X509Certificate2? certificate = null)
    {
        _certificate = certificate;
        _listener.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri Url(string path = "/") => new($"{(_certificate is null ? "ws" : "wss")}://127.0.0.1:{Port}{path}");

    public async Task<Stream> AcceptAsync(CancellationToken cancellationToken)
    {
        Socket socket = await _listener.AcceptSocketAsync(cancellationToken);
        socket.NoDelay = true;
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        if (_certificate is null)
        {
            return stream;
        }

        var tls = new SslStream(stream, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, cancellationToken);
        return tls;
    }

    /// <summary>A self-signed certificate for CN=localhost with 127.0.0.1 as a subject alternative name.</summary>
    public static X509Certificate2 SelfSigned()
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public void Dispose() => _listener.Stop();
}

/// <summary>A client connection over the in-memory transport, with the server's end.</summary>
internal sealed class InMemoryPair : IAsyncDisposable
{
    private InMemoryPair(WebSocketConnection client, Stream server)
    {
        Client = client;
        Server = server;
    }

    public WebSocketConnection Client { get; }

    public Stream Server { get; }

    /// <summary>Connects a client; <paramref name="serve"/> answers the handshake on the server's end.</summary>
    public static async Task<InMemoryPair> ConnectAsync(
        Func<Stream, Task> serve, IReadOnlyList<string>? protocols = null, WebSocketOptions? options = null, string url = "ws://example.test/chat")
    {
        var transport = new InMemoryWebSocketTransport();
        options = WithTransport(options ?? new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero }, transport);
        CancellationToken bound = TestPeer.Timeout();
        Task<WebSocketConnection> connecting = WebSocketConnection.ConnectAsync(new Uri(url), protocols ?? [], options, bound);
        InMemoryConnection server = await transport.AcceptAsync(bound);
        await serve(server.Stream);
        return new InMemoryPair(await connecting, server.Stream);
    }

    /// <summary>A client whose server answered with a plain 101.</summary>
    public static Task<InMemoryPair> RawAsync(WebSocketOptions? options = null) =>
        ConnectAsync(async server => await TestPeer.WriteResponseAsync(server, await TestPeer.ReadRequestAsync(server, TestPeer.Timeout())), options: options);

    public static WebSocketOptions WithTransport(WebSocketOptions options, IWebSocketTransport transport) => new()
    {
        Transport = transport,
        RequestHeaders = options.RequestHeaders,
        Compression = options.Compression,
        KeepAliveInterval = options.KeepAliveInterval,
        KeepAliveTimeout = options.KeepAliveTimeout,
        HandshakeTimeout = options.HandshakeTimeout,
        RemoteCertificateValidation = options.RemoteCertificateValidation,
        ClientCertificates = options.ClientCertificates,
    };

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
    }
}
