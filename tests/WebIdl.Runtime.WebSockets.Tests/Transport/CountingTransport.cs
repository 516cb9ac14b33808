using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets.Tests.Transport;

/// <summary>The default TCP transport, counting the bytes that cross the wire each way (handshake included).</summary>
internal sealed class CountingTransport : IWebSocketTransport
{
    private long read;
    private long written;

    public long BytesRead => Interlocked.Read(ref read);

    public long BytesWritten => Interlocked.Read(ref written);

    public async ValueTask<Stream> ConnectAsync(Uri url, WebSocketOptions options, CancellationToken cancellationToken) =>
        new CountingStream(await TcpWebSocketTransport.Instance.ConnectAsync(url, options, cancellationToken), this);

    private sealed class CountingStream(Stream inner, CountingTransport counts) : Stream
    {
        public override bool CanRead => true;

        public override bool CanWrite => true;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int count = await inner.ReadAsync(buffer, cancellationToken);
            Interlocked.Add(ref counts.read, count);
            return count;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref counts.written, buffer.Length);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
