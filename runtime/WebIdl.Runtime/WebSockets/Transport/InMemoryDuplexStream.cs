using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// One end of an in-memory full-duplex byte stream (two <see cref="Pipe"/>s), standing in for a TCP connection in
/// tests. Disposing an end is a connection drop: the other end reads the end of the stream, and this end's pending
/// read fails.
/// </summary>
/// <remarks>One reader and one writer at a time; <see cref="Dispose(bool)"/> from any thread.</remarks>
internal sealed class InMemoryDuplexStream : Stream
{
    /// <summary>Bytes from the other end.</summary>
    private readonly PipeReader _reader;

    /// <summary>Bytes to the other end.</summary>
    private readonly PipeWriter _writer;

    /// <summary>1 once disposed.</summary>
    private int _disposed;

    private InMemoryDuplexStream(PipeReader reader, PipeWriter writer)
    {
        _reader = reader;
        _writer = writer;
    }

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

    /// <summary>Two connected ends: what one writes, the other reads.</summary>
    public static (InMemoryDuplexStream Client, InMemoryDuplexStream Server) CreatePair()
    {
        var options = new PipeOptions(useSynchronizationContext: false);
        var toServer = new Pipe(options);
        var toClient = new Pipe(options);
        return (new InMemoryDuplexStream(toClient.Reader, toServer.Writer), new InMemoryDuplexStream(toServer.Reader, toClient.Writer));
    }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        ReadResult result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsCanceled || _disposed != 0)
        {
            throw new IOException("The in-memory connection was closed by this end.");
        }

        ReadOnlySequence<byte> data = result.Buffer;
        if (buffer.Length == 0 || data.IsEmpty)
        {
            // A zero-byte read waits for data without consuming it; an empty completed pipe is the end of the stream.
            _reader.AdvanceTo(data.Start);
            return 0;
        }

        int count = (int)Math.Min(buffer.Length, data.Length);
        data.Slice(0, count).CopyTo(buffer.Span);
        _reader.AdvanceTo(data.GetPosition(count));
        return count;
    }

    /// <inheritdoc/>
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        FlushResult result = await _writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted || result.IsCanceled)
        {
            throw new IOException("The in-memory connection was closed by the other end.");
        }
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // The other end reads the end of the stream and its writes fail; our pending read wakes up and fails.
            _writer.Complete();
            _reader.CancelPendingRead();
            _reader.Complete();
        }

        base.Dispose(disposing);
    }
}
