using System;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace WebIdl.Runtime.Tests.WebSockets;

// An in-memory duplex byte stream: two ends, each reading what the other writes. Writes complete at once unless
// the writing end is paused (to hold bytes "in the network" for bufferedAmount tests); an end can be dropped (both
// directions fail, as a reset TCP connection) or closed (the peer reads end of stream).
internal sealed class MemoryDuplex
{
    private MemoryDuplex()
    {
        var toServer = Channel.CreateUnbounded<byte[]>();
        var toClient = Channel.CreateUnbounded<byte[]>();
        Client = new End(toClient.Reader, toServer.Writer);
        Server = new End(toServer.Reader, toClient.Writer);
        Client.Peer = Server;
        Server.Peer = Client;
    }

    public End Client { get; }

    public End Server { get; }

    public static MemoryDuplex Create() => new();

    internal sealed class End : Stream
    {
        private readonly ChannelReader<byte[]> _incoming;
        private readonly ChannelWriter<byte[]> _outgoing;
        private readonly object _gate = new();
        private byte[]? _leftover;
        private int _leftoverOffset;
        private TaskCompletionSource? _paused;

        // Canceled when this end is disposed: a pending read then fails, as on a closed socket.
        private readonly CancellationTokenSource _disposed = new();

        public End(ChannelReader<byte[]> incoming, ChannelWriter<byte[]> outgoing)
        {
            _incoming = incoming;
            _outgoing = outgoing;
        }

        public End Peer { get; set; } = null!;

        // Bytes written by this end so far (whether or not the peer has read them).
        public long BytesWritten => Interlocked.Read(ref _bytesWritten);

        private long _bytesWritten;

        public override bool CanRead => true;

        public override bool CanWrite => true;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        // Holds every later write of this end until Resume.
        public void Pause()
        {
            lock (_gate)
                _paused ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Resume()
        {
            TaskCompletionSource? paused;
            lock (_gate)
            {
                paused = _paused;
                _paused = null;
            }

            paused?.TrySetResult();
        }

        // A reset connection: both ends fail their reads and writes.
        public void Drop()
        {
            var reset = new IOException("connection reset (test)");
            _outgoing.TryComplete(reset);
            Peer._outgoing.TryComplete(reset);
            Resume();
        }

        // Writes raw bytes, bypassing any pause (for hand-made frames).
        public void WriteRaw(params byte[] bytes)
        {
            Interlocked.Add(ref _bytesWritten, bytes.Length);
            _outgoing.TryWrite(bytes);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (buffer.Length == 0)
                return 0;
            if (_leftover is null)
            {
                using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
                try
                {
                    if (!await _incoming.WaitToReadAsync(both.Token).ConfigureAwait(false))
                        return 0;
                }
                catch (ChannelClosedException e)
                {
                    throw new IOException("connection reset (test)", e);
                }
                catch (OperationCanceledException) when (_disposed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new ObjectDisposedException(nameof(End));
                }

                if (!_incoming.TryRead(out _leftover))
                    return await ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                _leftoverOffset = 0;
            }

            int count = Math.Min(buffer.Length, _leftover.Length - _leftoverOffset);
            _leftover.AsMemory(_leftoverOffset, count).CopyTo(buffer);
            _leftoverOffset += count;
            if (_leftoverOffset == _leftover.Length)
                _leftover = null;
            return count;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Task? paused;
            lock (_gate)
                paused = _paused?.Task;
            if (paused is not null)
                await paused.WaitAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _bytesWritten, buffer.Length);
            if (!_outgoing.TryWrite(buffer.ToArray()))
                throw new IOException("connection closed (test)");
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        // Closing an end is a FIN: the peer reads end of stream.
        protected override void Dispose(bool disposing)
        {
            _outgoing.TryComplete();
            _disposed.Cancel();
            base.Dispose(disposing);
        }
    }
}
