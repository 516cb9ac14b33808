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
/// by count: no allocations, and reads and writes that complete synchronously stay synchronous. Reads smaller than
/// <see cref="ReadBufferSize"/> are served from a read buffer (as ClientWebSocket's HTTP connection does), which
/// saves a receive call per few messages when small messages arrive in bursts; bigger reads bypass it.
/// Thread safety: one reader and one writer at a time (ManagedWebSocket's own locks guarantee it); dispose and the
/// properties from any thread.
/// </remarks>
internal sealed class FrameAwareStream : Stream
{
    /// <summary>The transport's stream (TCP, TLS or in-memory).</summary>
    private readonly Stream _inner;

    /// <summary>Completed when the inner stream ends (read returns 0), fails, or is disposed.</summary>
    private readonly TaskCompletionSource _endOfStream = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when the write carrying our Close frame has completed (successfully or not).</summary>
    private readonly TaskCompletionSource _closeWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Guards <see cref="_drain"/>.</summary>
    private readonly Lock _drainLock = new();

    /// <summary>
    /// The read buffer: small reads (ManagedWebSocket reads frame headers in chunks of about 140 bytes) are served
    /// from one bigger read of the inner stream, so a burst of small messages costs one receive call rather than one
    /// per few messages. Not pooled: a pending read may still write into it after the stream is disposed.
    /// </summary>
    private readonly byte[] _readBuffer;

    /// <summary>The unread bytes of <see cref="_readBuffer"/> are those from here to <see cref="_readEnd"/>.</summary>
    private int _readStart;

    /// <summary>The end of the buffered bytes in <see cref="_readBuffer"/>.</summary>
    private int _readEnd;

    /// <summary>Frames from the peer (only the reader touches it).</summary>
    private FrameTracker _incoming;

    /// <summary>Frames to the peer (only the writer touches it).</summary>
    private FrameTracker _outgoing;

    /// <summary>After the peer's Close: the read that drains the inner stream to its end.</summary>
    private Task<int>? _drain;

    /// <summary>1 once the inner stream has been disposed.</summary>
    private int _innerDisposed;

    /// <summary>The size of the read buffer: a burst of 100 small messages fits in one read.</summary>
    internal const int ReadBufferSize = 8 * 1024;

    /// <summary>Wraps <paramref name="inner"/>, serving <paramref name="prefix"/> (bytes the handshake read past its
    /// response) first.</summary>
    public FrameAwareStream(Stream inner, byte[] prefix)
    {
        _inner = inner;
        _readBuffer = new byte[Math.Max(ReadBufferSize, prefix.Length)];
        prefix.CopyTo(_readBuffer, 0);
        _readEnd = prefix.Length;
    }

    /// <summary>Whether the peer's Close frame carried no payload (no status code).</summary>
    public bool PeerCloseWasEmpty => _incoming.CloseWasEmpty;

    /// <summary>The peer's whole Close frame has been read.</summary>
    public bool CloseReceived => _incoming.CloseComplete;

    /// <summary>A Close frame has been written to the peer.</summary>
    public bool CloseSent => _outgoing.CloseSeen;

    /// <summary>Completes once the write carrying our Close frame has finished (whether or not it succeeded).</summary>
    public Task CloseWritten => _closeWritten.Task;

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
        if (_readEnd > _readStart)
        {
            return new ValueTask<int>(ServeBuffered(buffer.Span));
        }

        if (_incoming.CloseComplete)
        {
            // ManagedWebSocket only reads after the peer's Close to wait for the end of the stream; it may give up
            // on that read and return its buffer to a pool, so the read goes to our own scratch buffer instead.
            return new ValueTask<int>(Drain());
        }

        if (buffer.Length >= _readBuffer.Length || buffer.IsEmpty)
        {
            // A big read (a large payload) goes straight to the caller's buffer: buffering would only add a copy.
            // A zero-byte read (wait for data) goes through as it is.
            ValueTask<int> direct = _inner.ReadAsync(buffer, cancellationToken);
            if (direct.IsCompletedSuccessfully)
            {
                int count = direct.Result;
                OnRead(buffer.Span, count);
                return new ValueTask<int>(count);
            }

            return AwaitReadAsync(direct, buffer, filled: false);
        }

        ValueTask<int> fill = _inner.ReadAsync(_readBuffer.AsMemory(), cancellationToken);
        if (fill.IsCompletedSuccessfully)
        {
            return new ValueTask<int>(OnFilled(fill.Result, buffer.Span));
        }

        return AwaitReadAsync(fill, buffer, filled: true);
    }

    /// <inheritdoc/>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_outgoing.CloseSeen)
        {
            return _inner.WriteAsync(buffer, cancellationToken);
        }

        if (_outgoing.AtFrameStart && IsCloseWithNoStatus(buffer.Span))
        {
            buffer = EmptyClose(buffer.Span);
        }

        _outgoing.Observe(buffer.Span);
        ValueTask write = _inner.WriteAsync(buffer, cancellationToken);
        return _outgoing.CloseSeen ? SignalCloseWrittenAsync(write) : write;
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (_readEnd > _readStart)
        {
            return ServeBuffered(buffer);
        }

        if (buffer.Length >= _readBuffer.Length || buffer.IsEmpty)
        {
            int count = _inner.Read(buffer);
            OnRead(buffer, count);
            return count;
        }

        return OnFilled(_inner.Read(_readBuffer), buffer);
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        bool closeSeen = _outgoing.CloseSeen;
        if (!closeSeen && _outgoing.AtFrameStart && IsCloseWithNoStatus(buffer))
        {
            buffer = EmptyClose(buffer);
        }

        _outgoing.Observe(buffer);
        _inner.Write(buffer);
        if (!closeSeen && _outgoing.CloseSeen)
        {
            _closeWritten.TrySetResult();
        }
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

    private async ValueTask SignalCloseWrittenAsync(ValueTask write)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        finally
        {
            _closeWritten.TrySetResult();
        }
    }

    // Copies buffered bytes to the caller, following the frames they carry as they are handed over (not as they
    // are read: the Close frame counts as received only once ManagedWebSocket has it).
    private int ServeBuffered(Span<byte> buffer)
    {
        int count = Math.Min(buffer.Length, _readEnd - _readStart);
        Span<byte> served = buffer.Slice(0, count);
        _readBuffer.AsSpan(_readStart, count).CopyTo(served);
        _readStart += count;
        _incoming.Observe(served);
        return count;
    }

    // The inner stream filled the read buffer with count bytes (0: it ended): serve the caller from it.
    private int OnFilled(int count, Span<byte> buffer)
    {
        if (count == 0)
        {
            _endOfStream.TrySetResult();
            return 0;
        }

        _readStart = 0;
        _readEnd = count;
        return ServeBuffered(buffer);
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

    // A read of the inner stream that did not complete at once: into the read buffer (filled: serve the caller
    // from it) or straight into the caller's buffer.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> AwaitReadAsync(ValueTask<int> read, Memory<byte> buffer, bool filled)
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

        if (filled)
        {
            return OnFilled(count, buffer.Span);
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
