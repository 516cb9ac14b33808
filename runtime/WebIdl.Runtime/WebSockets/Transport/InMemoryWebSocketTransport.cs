using System;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>One connection a client opened through an <see cref="InMemoryWebSocketTransport"/>: the server's end.</summary>
/// <param name="Url">The URL the client connected to.</param>
/// <param name="Stream">The server's end of the duplex stream (the client's opening handshake arrives on it).</param>
internal sealed record InMemoryConnection(Uri Url, InMemoryDuplexStream Stream);

/// <summary>
/// A transport for tests: every connect makes an in-memory duplex stream pair, returns the client's end, and queues
/// the server's end for <see cref="AcceptAsync"/>. The opening handshake and the framing run unchanged on top.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class InMemoryWebSocketTransport : IWebSocketTransport
{
    private readonly Channel<InMemoryConnection> _accepted = Channel.CreateUnbounded<InMemoryConnection>();

    /// <inheritdoc/>
    public ValueTask<Stream> ConnectAsync(Uri url, WebSocketOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        (InMemoryDuplexStream client, InMemoryDuplexStream server) = InMemoryDuplexStream.CreatePair();
        _accepted.Writer.TryWrite(new InMemoryConnection(url, server));
        return new ValueTask<Stream>(client);
    }

    /// <summary>The server's end of the next connection a client opens.</summary>
    public ValueTask<InMemoryConnection> AcceptAsync(CancellationToken cancellationToken) => _accepted.Reader.ReadAsync(cancellationToken);
}
