using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>
/// A minimal WebSocket client that shows the frames exactly as the peer wrote them (no permessage-deflate offered,
/// so every payload is plain). Used only to prove what the peers send.
/// </summary>
public sealed class RawFrameClient : IAsyncDisposable
{
    private readonly TcpClient tcp;

    private RawFrameClient(TcpClient tcp, Stream stream, int status, Dictionary<string, string> headers)
    {
        this.tcp = tcp;
        Stream = stream;
        Status = status;
        Headers = headers;
    }

    /// <summary>The stream after the handshake response.</summary>
    public Stream Stream { get; }

    /// <summary>The HTTP status of the handshake response.</summary>
    public int Status { get; }

    /// <summary>The response headers, names lower case.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Connects and sends the opening handshake; returns whatever status the server answered.</summary>
    public static async Task<RawFrameClient> ConnectAsync(Uri url, CancellationToken cancellationToken, params string[] protocols)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(url.Host, url.Port, cancellationToken);
        var stream = tcp.GetStream();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = new StringBuilder()
            .Append("GET ").Append(url.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(url.Authority).Append("\r\n")
            .Append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
            .Append("Sec-WebSocket-Key: ").Append(key).Append("\r\n");
        if (protocols.Length > 0)
        {
            request.Append("Sec-WebSocket-Protocol: ").Append(string.Join(", ", protocols)).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()), cancellationToken);

        // Read the response head byte by byte, so no frame byte after it is consumed.
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^1] != '\n' || head[^2] != '\r' || head[^3] != '\n' || head[^4] != '\r')
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                throw new EndOfStreamException("the server closed during the handshake response");
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>();
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        if (status == 101 && headers.GetValueOrDefault("sec-websocket-accept") != RawFrames.AcceptKey(key))
        {
            throw new InvalidDataException("bad Sec-WebSocket-Accept");
        }

        return new RawFrameClient(tcp, stream, status, headers);
    }

    /// <summary>The next frame, or null at the end of the stream.</summary>
    public Task<RawFrame?> ReadAsync(CancellationToken cancellationToken) => RawFrames.ReadAsync(Stream, cancellationToken);

    /// <summary>Sends one masked frame.</summary>
    public async Task SendAsync(bool fin, byte opcode, byte[] payload, CancellationToken cancellationToken) =>
        await Stream.WriteAsync(RawFrames.Encode(fin, opcode, payload, mask: true), cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
