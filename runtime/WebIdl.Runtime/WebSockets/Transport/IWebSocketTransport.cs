using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// Opens the duplex byte stream a WebSocket runs over: TCP, plus TLS for <c>wss:</c>, by default. Set
/// <see cref="WebSocketOptions.Transport"/> to replace it (an in-memory pipe in tests, a proxy tunnel, a Unix socket).
/// </summary>
/// <remarks>
/// The transport only delivers bytes: the opening handshake and the framing run on top of the returned stream, so
/// every transport gets the same WebSocket protocol code.
/// </remarks>
public interface IWebSocketTransport
{
    /// <summary>Opens a byte stream to the server named by <paramref name="url"/>.</summary>
    /// <param name="url">The already normalised URL: scheme <c>ws</c> or <c>wss</c>, host, port (explicit or the
    /// scheme's default), path and query.</param>
    /// <param name="options">The socket's options (TLS validation and client certificates among them).</param>
    /// <param name="cancellationToken">Cancels the connect; it also fires when the handshake timeout elapses.</param>
    /// <returns>A readable and writable stream; the caller disposes it.</returns>
    ValueTask<Stream> ConnectAsync(Uri url, WebSocketOptions options, CancellationToken cancellationToken);
}
