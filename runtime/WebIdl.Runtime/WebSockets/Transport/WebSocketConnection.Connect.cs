using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using NetWebSocket = System.Net.WebSockets.WebSocket;

namespace WebIdl.Runtime.WebSockets;

internal sealed partial class WebSocketConnection
{
    /// <summary>
    /// Opens the transport's stream, performs the opening handshake (our own HTTP/1.1 Upgrade), checks
    /// <c>Sec-WebSocket-Accept</c>, the subprotocol (one of <paramref name="protocols"/>, and present when any were
    /// offered) and the extensions, and negotiates permessage-deflate.
    /// </summary>
    /// <param name="url">Normalised <c>ws:</c> or <c>wss:</c> URL.</param>
    /// <param name="protocols">The subprotocols to offer, already validated (tokens, no duplicates).</param>
    /// <param name="options">Transport, headers, compression, keep-alive, timeouts, TLS.</param>
    /// <param name="cancellationToken">Cancels the whole opening.</param>
    /// <exception cref="WebSocketConnectException">The connection could not be established; the message says why
    /// (unreachable, TLS failure, HTTP status N, bad accept key, subprotocol, extension, timeout).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<WebSocketConnection> ConnectAsync(Uri url, IReadOnlyList<string> protocols, WebSocketOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(protocols);
        ArgumentNullException.ThrowIfNull(options);
        if (!url.IsAbsoluteUri || !(url.Scheme == "ws" || url.Scheme == "wss"))
        {
            throw new ArgumentException($"Not a ws: or wss: URL: '{url}'.", nameof(url));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.HandshakeTimeout);
        CancellationToken token = timeout.Token;
        Stream? stream = null;
        try
        {
            IWebSocketTransport transport = options.Transport ?? TcpWebSocketTransport.Instance;
            stream = await transport.ConnectAsync(url, options, token).ConfigureAwait(false);

            // Streams that ignore cancellation still give up when the handshake times out.
            Stream opened = stream;
            using CancellationTokenRegistration closeOnCancel = token.UnsafeRegister(static s => ((Stream)s!).Dispose(), opened);

            string key = HandshakeRequest.CreateKey();
            await stream.WriteAsync(HandshakeRequest.Build(url, key, protocols, options), token).ConfigureAwait(false);
            await stream.FlushAsync(token).ConfigureAwait(false);
            HandshakeResponse response = await HandshakeResponse.ReadAsync(stream, token).ConfigureAwait(false);
            HandshakeOutcome outcome = HandshakeValidation.Validate(response, key, protocols, options.Compression);

            var frames = new FrameAwareStream(stream, response.Leftover);
            NetWebSocket webSocket = NetWebSocket.CreateFromStream(frames, CreationOptions(outcome, options));
            token.ThrowIfCancellationRequested();
            return new WebSocketConnection(webSocket, frames, outcome.Protocol, outcome.Extensions);
        }
        catch (Exception e)
        {
            stream?.Dispose();
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException("The WebSocket connection was cancelled.", e, cancellationToken);
            }

            if (timeout.IsCancellationRequested)
            {
                throw new WebSocketConnectException($"WebSocket handshake failed: timeout, not established within {options.HandshakeTimeout.TotalSeconds:0.###} s.", e);
            }

            throw e switch
            {
                WebSocketConnectException => e,
                SocketException socket => new WebSocketConnectException($"WebSocket handshake failed: unreachable, {url.Host}:{url.Port} ({socket.SocketErrorCode}: {socket.Message}).", e),
                AuthenticationException => new WebSocketConnectException($"WebSocket handshake failed: TLS failure, {e.Message}", e),
                _ => new WebSocketConnectException($"WebSocket handshake failed: {e.GetType().Name}, {e.Message}", e),
            };
        }
    }

    private static WebSocketCreationOptions CreationOptions(HandshakeOutcome outcome, WebSocketOptions options)
    {
        TimeSpan interval = options.KeepAliveInterval == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : options.KeepAliveInterval;
        TimeSpan timeout = interval == TimeSpan.Zero || options.KeepAliveTimeout == TimeSpan.Zero
            ? Timeout.InfiniteTimeSpan
            : options.KeepAliveTimeout;
        return new WebSocketCreationOptions
        {
            IsServer = false,
            SubProtocol = outcome.Protocol.Length == 0 ? null : outcome.Protocol,
            KeepAliveInterval = interval,
            KeepAliveTimeout = timeout,
            DangerousDeflateOptions = outcome.Deflate,
        };
    }
}
