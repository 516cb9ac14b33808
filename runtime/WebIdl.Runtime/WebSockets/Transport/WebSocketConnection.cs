using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NetWebSocket = System.Net.WebSockets.WebSocket;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// One established RFC 6455 connection: our own opening handshake over the transport's stream, then
/// ManagedWebSocket (<see cref="NetWebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/>) for framing,
/// masking, fragmentation, control frames, permessage-deflate, UTF-8 validation and keep-alive, over a
/// <see cref="FrameAwareStream"/> that fixes the two close semantics ManagedWebSocket gets wrong for the standard.
/// </summary>
/// <remarks>
/// Thread safety: one <see cref="SendAsync"/> (or <see cref="SendCloseAsync"/>) and one <see cref="ReceiveAsync"/>
/// may run at the same time; <see cref="Abort"/> and <see cref="DisposeAsync"/> from any thread at any time.
/// Cancelling a pending send or receive aborts the connection (ManagedWebSocket's rule).
/// </remarks>
internal sealed partial class WebSocketConnection : IAsyncDisposable
{
    /// <summary>The size of the buffer a message is first received into; bigger messages grow a pooled buffer.</summary>
    private const int ReceiveBufferSize = 16 * 1024;

    /// <summary>The biggest message accepted; bigger ones fail the connection with 1009 (message too big).</summary>
    internal const int MaxMessageBytes = int.MaxValue - 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>ManagedWebSocket: framing and the protocol state machine.</summary>
    private readonly NetWebSocket _webSocket;

    /// <summary>The stream under <see cref="_webSocket"/>.</summary>
    private readonly FrameAwareStream _stream;

    /// <summary>Where each message is received first (not pooled: a receive may still be writing it when disposed).</summary>
    private readonly byte[] _receiveBuffer = new byte[ReceiveBufferSize];

    /// <summary>1 once <see cref="SendCloseAsync"/> has run (or the peer's Close was answered).</summary>
    private int _closeSent;

    private WebSocketConnection(NetWebSocket webSocket, FrameAwareStream stream, string protocol, string extensions)
    {
        _webSocket = webSocket;
        _stream = stream;
        Protocol = protocol;
        Extensions = extensions;
    }

    /// <summary>The subprotocol the server chose; "" when none.</summary>
    public string Protocol { get; }

    /// <summary>The server's <c>Sec-WebSocket-Extensions</c> value as sent; "" when none.</summary>
    public string Extensions { get; }

    /// <summary>
    /// Sends one whole message (a single frame). Callers never overlap two sends. Completes synchronously, without
    /// allocating, when the transport accepts the bytes at once.
    /// </summary>
    /// <exception cref="WebSocketConnectionFailedException">The connection failed or is closed.</exception>
    public ValueTask SendAsync(ReadOnlyMemory<byte> message, bool text, CancellationToken cancellationToken)
    {
        ValueTask send;
        try
        {
            send = _webSocket.SendAsync(message, text ? WebSocketMessageType.Text : WebSocketMessageType.Binary, WebSocketMessageFlags.EndOfMessage, cancellationToken);
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            return ValueTask.FromException(Failed("send", e));
        }

        if (send.IsCompletedSuccessfully)
        {
            send.GetAwaiter().GetResult();
            return default;
        }

        return AwaitSendAsync(send, cancellationToken);
    }

    /// <summary>
    /// Receives the next whole message. Only one receive at a time. When the peer's Close arrives, it is answered
    /// (echoing its code, or an empty Close when it had none) unless a Close was already sent, and then returned.
    /// </summary>
    /// <exception cref="WebSocketConnectionFailedException">The connection failed: TCP dropped, protocol error,
    /// invalid UTF-8 in a text message, dead peer (keep-alive timeout), message too big.</exception>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        byte[]? gathered = null;
        try
        {
            ValueWebSocketReceiveResult result = await _webSocket.ReceiveAsync(_receiveBuffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return await OnPeerCloseAsync(cancellationToken).ConfigureAwait(false);
            }

            if (result.EndOfMessage)
            {
                return ToMessage(result.MessageType, _receiveBuffer.AsSpan(0, result.Count));
            }

            // A message bigger than the receive buffer (or fragmented): gather it in a pooled buffer.
            WebSocketMessageType type = result.MessageType;
            gathered = ArrayPool<byte>.Shared.Rent(ReceiveBufferSize * 4);
            _receiveBuffer.AsSpan(0, result.Count).CopyTo(gathered);
            int length = result.Count;
            while (true)
            {
                if (length == gathered.Length)
                {
                    if (length >= MaxMessageBytes)
                    {
                        await FailAsync(WebSocketCloseStatus.MessageTooBig).ConfigureAwait(false);
                        throw new WebSocketConnectionFailedException($"The WebSocket connection failed: a message exceeded {MaxMessageBytes} bytes.");
                    }

                    byte[] bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)length * 2, MaxMessageBytes));
                    gathered.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(gathered);
                    gathered = bigger;
                }

                result = await _webSocket.ReceiveAsync(gathered.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // ManagedWebSocket never interleaves a Close inside a message; kept for safety.
                    return await OnPeerCloseAsync(cancellationToken).ConfigureAwait(false);
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    return ToMessage(type, gathered.AsSpan(0, length));
                }
            }
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            throw Failed("receive", e);
        }
        finally
        {
            if (gathered is not null)
            {
                ArrayPool<byte>.Shared.Return(gathered);
            }
        }
    }

    /// <summary>
    /// Sends a Close frame: an empty one when <paramref name="code"/> is <see langword="null"/> (1005 never goes on
    /// the wire), else the code and the UTF-8 <paramref name="reason"/> (at most 123 bytes; the caller checks).
    /// Does not wait for the peer's Close. Only the first call sends; later calls do nothing.
    /// </summary>
    /// <exception cref="WebSocketConnectionFailedException">The connection failed before the frame was written.</exception>
    public ValueTask SendCloseAsync(ushort? code, string reason, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _closeSent, 1) != 0 || _stream.CloseSent)
        {
            return default;
        }

        return SendCloseCoreAsync(code, reason, cancellationToken);
    }

    /// <summary>
    /// Waits, at most <paramref name="timeout"/>, for the peer to close the TCP connection after the close handshake,
    /// then closes the stream (RFC 6455 section 7.1.1: the server closes TCP first; the client after a timeout).
    /// Never throws.
    /// </summary>
    public Task WaitForTcpCloseAsync(TimeSpan timeout) => _stream.WaitForEndOfStreamAsync(timeout);

    /// <summary>Tears the connection down at once, without a Close frame. Any time, any thread, repeatedly.</summary>
    public void Abort()
    {
        _webSocket.Abort();
        _stream.DisposeInner();
    }

    /// <summary>Closes the stream at once (like <see cref="Abort"/>) and releases the connection's resources.</summary>
    public ValueTask DisposeAsync()
    {
        _webSocket.Dispose();
        _stream.DisposeInner();
        return default;
    }

    private static WebSocketMessage ToMessage(WebSocketMessageType type, ReadOnlySpan<byte> payload)
    {
        if (type == WebSocketMessageType.Binary)
        {
            return WebSocketMessage.FromBinary(payload.ToArray());
        }

        try
        {
            // ManagedWebSocket has already validated the UTF-8; decoding strictly keeps that a guarantee here.
            return WebSocketMessage.FromText(StrictUtf8.GetString(payload));
        }
        catch (DecoderFallbackException e)
        {
            throw new WebSocketConnectionFailedException("The WebSocket connection failed: a text message is not valid UTF-8.", e);
        }
    }

    private async ValueTask<WebSocketMessage> OnPeerCloseAsync(CancellationToken cancellationToken)
    {
        ushort? code = _stream.PeerCloseWasEmpty || _webSocket.CloseStatus is null ? null : (ushort)_webSocket.CloseStatus.Value;
        string reason = code is null ? "" : _webSocket.CloseStatusDescription ?? "";

        // RFC 6455 section 5.5.1: an endpoint that receives a Close sends one back (it typically echoes the code).
        await SendCloseAsync(code, "", cancellationToken).ConfigureAwait(false);
        return WebSocketMessage.FromClose(code, reason);
    }

    private async ValueTask SendCloseCoreAsync(ushort? code, string reason, CancellationToken cancellationToken)
    {
        try
        {
            WebSocketCloseStatus status = code is null ? WebSocketCloseStatus.Empty : (WebSocketCloseStatus)code.Value;
            await _webSocket.CloseOutputAsync(status, code is null ? null : reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            throw Failed("send the Close frame", e);
        }
    }

    private async ValueTask AwaitSendAsync(ValueTask send, CancellationToken cancellationToken)
    {
        try
        {
            await send.ConfigureAwait(false);
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            throw Failed("send", e);
        }
    }

    /// <summary>Fails the connection from our side with <paramref name="status"/>, best effort, then aborts.</summary>
    private async ValueTask FailAsync(WebSocketCloseStatus status)
    {
        try
        {
            if (Interlocked.Exchange(ref _closeSent, 1) == 0)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _webSocket.CloseOutputAsync(status, null, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (IsConnectionFailure(e, CancellationToken.None))
        {
            // The connection is failing anyway.
        }
        finally
        {
            Abort();
        }
    }

    /// <summary>Everything but the caller's own cancellation (and our own failure type) is a connection failure.</summary>
    private static bool IsConnectionFailure(Exception e, CancellationToken cancellationToken) =>
        e is not WebSocketConnectionFailedException
        && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private Exception Failed(string operation, Exception e)
    {
        string detail = e is WebSocketException { WebSocketErrorCode: WebSocketError.InvalidState } && _stream.EndOfStream
            ? "the connection was closed"
            : Describe(e);
        return new WebSocketConnectionFailedException($"The WebSocket connection failed ({operation}): {detail}", e);
    }

    private static string Describe(Exception e)
    {
        // ManagedWebSocket wraps the cause (a keep-alive timeout, a socket error) as the inner exception.
        var message = new StringBuilder(e.Message);
        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            message.Append(" (").Append(inner.Message).Append(')');
        }

        return message.ToString();
    }
}
