using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// The stream under <see cref="System.Net.WebSockets.WebSocket.CreateFromStream(Stream, System.Net.WebSockets.WebSocketCreationOptions)"/>:
/// it passes bytes through unchanged except for what the WebSocket standard needs and ManagedWebSocket does not do.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Writes: a Close frame whose payload is status 1005 (ManagedWebSocket's encoding of "no status", which
/// RFC 6455 section 7.4.1 forbids on the wire) is rewritten as an empty Close frame with the same mask.</item>
/// <item>Reads: records whether the peer's Close frame had an empty payload (ManagedWebSocket reports that as 1000,
/// the standard as "no code", 1005). The handshake's leftover bytes are served first.</item>
/// <item>Dispose: once both Close frames have passed, ManagedWebSocket's dispose leaves the inner stream open so
/// that <see cref="WaitForEndOfStreamAsync"/> can let the server close TCP first (RFC 6455 section 7.1.1).</item>
/// </list>
/// Both directions are followed by a <see cref="FrameTracker"/> that parses headers incrementally and skips payloads
/// by count: no copies, no allocations, and reads and writes that complete synchronously stay synchronous.
/// Thread safety: one reader and one writer at a time (ManagedWebSocket's own locks guarantee it); dispose and the
/// properties from any thread.
/// </remarks>
internal sealed class FrameAwareStream : Stream
{
    /// <summary>The transport's stream (TCP, TLS or in-memory).</summary>
    private readonly Stream _inner;

    /// <summary>Completed when the inner stream ends (read returns 0), fails, or is disposed.</summary>
    private readonly TaskCompletionSource _endOfStream = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Guards <see cref="_drain"/>.</summary>
    private readonly Lock _drainLock = new();

    /// <summary>Bytes read past the handshake response, served before the inner stream; null once served.</summary>
    private byte[]? _prefix;

    /// <summary>How much of <see cref="_prefix"/> has been served.</summary>
    private int _prefixOffset;

    /// <summary>Frames from the peer (only the reader touches it).</summary>
    private FrameTracker _incoming;

    /// <summary>Frames to the peer (only the writer touches it).</summary>
    private FrameTracker _outgoing;

    /// <summary>After the peer's Close: the read that drains the inner stream to its end.</summary>
    private Task<int>? _drain;

    /// <summary>1 once the inner stream has been disposed.</summary>
    private int _innerDisposed;

    /// <summary>Wraps <paramref name="inner"/>, serving <paramref name="prefix"/> first.</summary>
    public FrameAwareStream(Stream inner, byte[] prefix)
    {
        _inner = inner;
        _prefix = prefix.Length == 0 ? null : prefix;
    }

    /// <summary>Whether the peer's Close frame carried no payload (no status code).</summary>
    public bool PeerCloseWasEmpty => _incoming.CloseWasEmpty;

    /// <summary>The peer's whole Close frame has been read.</summary>
    public bool CloseReceived => _incoming.CloseComplete;

    /// <summary>A Close frame has been written to the peer.</summary>
    public bool CloseSent => _outgoing.CloseSeen;

    /// <summary>The inner stream has ended, failed, or been disposed.</summary>
    public bool EndOfStream => _endOfStream.Task.IsCompleted;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefix is not null)
        {
            return new ValueTask<int>(ReadPrefix(buffer.Span));
        }

        if (_incoming.CloseComplete)
        {
            // ManagedWebSocket only reads after the peer's Close to wait for the end of the stream; it may give up
            // on that read and return its buffer to a pool, so the read goes to our own scratch buffer instead.
            return new ValueTask<int>(Drain());
        }

        ValueTask<int> read = _inner.ReadAsync(buffer, cancellationToken);
        if (read.IsCompletedSuccessfully)
        {
            int count = read.Result;
            OnRead(buffer.Span, count);
            return new ValueTask<int>(count);
        }

        return AwaitReadAsync(read, buffer);
    }

    /// <inheritdoc/>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_outgoing.AtFrameStart && IsCloseWithNoStatus(buffer.Span))
        {
            byte[] empty = EmptyClose(buffer.Span);
            _outgoing.Observe(empty);
            return _inner.WriteAsync(empty, cancellationToken);
        }

        _outgoing.Observe(buffer.Span);
        return _inner.WriteAsync(buffer, cancellationToken);
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (_prefix is not null)
        {
            return ReadPrefix(buffer);
        }

        int count = _inner.Read(buffer);
        OnRead(buffer, count);
        return count;
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_outgoing.AtFrameStart && IsCloseWithNoStatus(buffer))
        {
            buffer = EmptyClose(buffer);
        }

        _outgoing.Observe(buffer);
        _inner.Write(buffer);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override void Flush() => _inner.Flush();

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the peer to end the stream (reading and discarding anything that
    /// still arrives after its Close frame), then disposes the inner stream. Never throws.
    /// </summary>
    public async Task WaitForEndOfStreamAsync(TimeSpan timeout)
    {
        try
        {
            if (_incoming.CloseComplete)
            {
                _ = Drain();
            }

            await _endOfStream.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The peer kept the connection open: close it from our side.
        }
        finally
        {
            DisposeInner();
        }
    }

    /// <summary>Disposes the inner stream at once (pending reads and writes fail). Idempotent, any thread.</summary>
    public void DisposeInner()
    {
        if (Interlocked.Exchange(ref _innerDisposed, 1) == 0)
        {
            try
            {
                _inner.Dispose();
            }
            finally
            {
                _endOfStream.TrySetResult();
            }
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        // After a clean close handshake the server should close TCP first (RFC 6455 section 7.1.1): keep the inner
        // stream open for WaitForEndOfStreamAsync (or the connection's dispose) to close.
        if (disposing && !(CloseReceived && CloseSent && !EndOfStream))
        {
            DisposeInner();
        }

        base.Dispose(disposing);
    }

    private static bool IsCloseWithNoStatus(ReadOnlySpan<byte> frame) =>
        // FIN + Close, masked, payload length 2, payload (unmasked) 0x03ED = 1005.
        frame.Length == 8 && frame[0] == 0x88 && frame[1] == 0x82
        && (byte)(frame[6] ^ frame[2]) == 0x03 && (byte)(frame[7] ^ frame[3]) == 0xED;

    private static byte[] EmptyClose(ReadOnlySpan<byte> frame) =>
        // FIN + Close, masked, payload length 0, the same masking key.
        [0x88, 0x80, frame[2], frame[3], frame[4], frame[5]];

    private int ReadPrefix(Span<byte> buffer)
    {
        byte[] prefix = _prefix!;
        int count = Math.Min(buffer.Length, prefix.Length - _prefixOffset);
        prefix.AsSpan(_prefixOffset, count).CopyTo(buffer);
        _incoming.Observe(buffer.Slice(0, count));
        _prefixOffset += count;
        if (_prefixOffset == prefix.Length)
        {
            _prefix = null;
        }

        return count;
    }

    private void OnRead(Span<byte> buffer, int count)
    {
        if (count > 0)
        {
            _incoming.Observe(buffer.Slice(0, count));
        }
        else if (buffer.Length > 0)
        {
            _endOfStream.TrySetResult();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> AwaitReadAsync(ValueTask<int> read, Memory<byte> buffer)
    {
        int count;
        try
        {
            count = await read.ConfigureAwait(false);
        }
        catch
        {
            _endOfStream.TrySetResult();
            throw;
        }

        OnRead(buffer.Span, count);
        return count;
    }

    private Task<int> Drain()
    {
        lock (_drainLock)
        {
            return _drain ??= DrainAsync();
        }
    }

    private async Task<int> DrainAsync()
    {
        byte[] scratch = new byte[256];
        try
        {
            while (await _inner.ReadAsync(scratch).ConfigureAwait(false) > 0)
            {
                // A peer may send nothing after its Close (RFC 6455 section 5.5.1); whatever it sends is dropped.
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or NotSupportedException)
        {
            // Treated as the end of the stream.
        }
        finally
        {
            _endOfStream.TrySetResult();
        }

        return 0;
    }
}
