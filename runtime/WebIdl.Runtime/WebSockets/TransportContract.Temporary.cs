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
    public string Protocol => "";

    public string Extensions => "";

    public static Task<WebSocketConnection> ConnectAsync(Uri url, IReadOnlyList<string> protocols, WebSocketOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, bool text, CancellationToken cancellationToken) => throw new NotImplementedException();

    public ValueTask<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public ValueTask SendCloseAsync(ushort? code, string reason, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task WaitForTcpCloseAsync(TimeSpan timeout) => throw new NotImplementedException();

    public void Abort() => throw new NotImplementedException();

    public ValueTask DisposeAsync() => default;
}
