// TEMPORARY: the transport contract of SPEC-websocket.md, so that the WebSocket class compiles before helper
// "transport" commits the real types. Deleted when the transport branch is merged.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>Temporary.</summary>
public interface IWebSocketTransport
{
    /// <summary>Temporary.</summary>
    ValueTask<Stream> ConnectAsync(Uri url, WebSocketOptions options, CancellationToken cancellationToken);
}

/// <summary>Temporary.</summary>
public sealed class WebSocketOptions
{
    /// <summary>Temporary.</summary>
    public static WebSocketOptions Default { get; } = new();

    /// <summary>Temporary.</summary>
    public IWebSocketTransport? Transport { get; init; }
}

internal enum WebSocketMessageKind
{
    Text,
    Binary,
    Close,
}

internal readonly struct WebSocketMessage
{
    public WebSocketMessageKind Kind { get; init; }

    public string? Text { get; init; }

    public byte[]? Binary { get; init; }

    public ushort? Code { get; init; }

    public string Reason { get; init; }
}

internal sealed class WebSocketConnectException(string message, Exception? inner = null) : Exception(message, inner);

internal sealed class WebSocketConnectionFailedException(string message, Exception? inner = null) : Exception(message, inner);

internal sealed class WebSocketConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly System.Net.WebSockets.WebSocket _socket;
    private byte[] _buffer = new byte[16 * 1024];

    private WebSocketConnection(Stream stream, System.Net.WebSockets.WebSocket socket, string protocol)
    {
        _stream = stream;
        _socket = socket;
        Protocol = protocol;
    }

    public string Protocol { get; }

    public string Extensions => "";

    public static async Task<WebSocketConnection> ConnectAsync(Uri url, IReadOnlyList<string> protocols, WebSocketOptions options, CancellationToken cancellationToken)
    {
        if (options.Transport is null)
            throw new WebSocketConnectException("no transport (temporary)");
        Stream stream = await options.Transport.ConnectAsync(url, options, cancellationToken).ConfigureAwait(false);
        string key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        var request = $"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n";
        if (protocols.Count > 0)
            request += "Sec-WebSocket-Protocol: " + string.Join(", ", protocols) + "\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request + "\r\n"), cancellationToken).ConfigureAwait(false);
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^1] != 10 || head[^3] != 10)
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
                throw new WebSocketConnectException("closed during handshake");
            head.Add(one[0]);
        }

        string response = System.Text.Encoding.ASCII.GetString(head.ToArray());
        if (!response.StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
            throw new WebSocketConnectException("HTTP status " + response.Split(' ')[1]);
        string protocol = "";
        foreach (string line in response.Split("\r\n"))
        {
            if (line.StartsWith("Sec-WebSocket-Protocol:", StringComparison.OrdinalIgnoreCase))
                protocol = line[(line.IndexOf(':') + 1)..].Trim();
        }

        if (protocols.Count > 0 && protocol.Length == 0)
            throw new WebSocketConnectException("the server chose no subprotocol");
        var socket = System.Net.WebSockets.WebSocket.CreateFromStream(stream, new System.Net.WebSockets.WebSocketCreationOptions { IsServer = false, SubProtocol = protocol.Length > 0 ? protocol : null, KeepAliveInterval = Timeout.InfiniteTimeSpan });
        return new WebSocketConnection(stream, socket, protocol);
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, bool text, CancellationToken cancellationToken) =>
        _socket.SendAsync(message, text ? System.Net.WebSockets.WebSocketMessageType.Text : System.Net.WebSockets.WebSocketMessageType.Binary, true, cancellationToken);

    public async ValueTask<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        int count = 0;
        try
        {
            while (true)
            {
                if (count == _buffer.Length)
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                var result = await _socket.ReceiveAsync(_buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == System.Net.WebSockets.WebSocketMessageType.Close)
                    return new WebSocketMessage { Kind = WebSocketMessageKind.Close, Code = (ushort?)_socket.CloseStatus, Reason = _socket.CloseStatusDescription ?? "" };
                count += result.Count;
                if (result.EndOfMessage)
                {
                    return result.MessageType == System.Net.WebSockets.WebSocketMessageType.Text
                        ? new WebSocketMessage { Kind = WebSocketMessageKind.Text, Text = System.Text.Encoding.UTF8.GetString(_buffer, 0, count), Reason = "" }
                        : new WebSocketMessage { Kind = WebSocketMessageKind.Binary, Binary = _buffer.AsSpan(0, count).ToArray(), Reason = "" };
                }
            }
        }
        catch (Exception e) when (e is not WebSocketConnectionFailedException)
        {
            throw new WebSocketConnectionFailedException(e.Message, e);
        }
    }

    public async ValueTask SendCloseAsync(ushort? code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is System.Net.WebSockets.WebSocketState.Open or System.Net.WebSockets.WebSocketState.CloseReceived)
            await _socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)(code ?? 1000), reason, cancellationToken).ConfigureAwait(false);
    }

    public async Task WaitForTcpCloseAsync(TimeSpan timeout)
    {
        try
        {
            await _stream.ReadAsync(new byte[1]).AsTask().WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception)
        {
        }

        _stream.Dispose();
    }

    public void Abort()
    {
        _socket.Abort();
        _stream.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _stream.Dispose();
        return default;
    }
}
