using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

/// <summary>
/// The frame-aware stream's read side: the handshake's leftover bytes first, then the inner stream through a read
/// buffer that small reads share; every byte served once and in order, and the peer's Close noted only once its
/// bytes have been handed over.
/// </summary>
public class FrameAwareStreamReadTests
{
    [Theory]
    [InlineData(0, 1, false)]
    [InlineData(0, 2, true)]
    [InlineData(100, 3, false)]
    [InlineData(100, 3, true)]
    [InlineData(20_000, 4, false)]
    [InlineData(5, 5, true)]
    public async Task Every_byte_arrives_once_and_in_order_whatever_the_read_sizes(int prefixLength, int seed, bool asynchronous)
    {
        // Data frames of every length encoding (the stream follows frames, and stops at a Close): at least
        // prefixLength + 50,000 bytes of them.
        var random = new Random(seed);
        var frames = new List<byte>();
        while (frames.Count < prefixLength + 50_000)
        {
            byte[] payload = new byte[random.Next(3) switch { 0 => random.Next(0, 126), 1 => random.Next(126, 3000), _ => random.Next(65_536, 70_000) }];
            random.NextBytes(payload);
            frames.AddRange(TestPeer.Frame(random.Next(1, 3), payload));
        }

        byte[] all = [.. frames];
        var inner = new ChunkedStream(all.AsMemory(prefixLength).ToArray(), maxChunk: 3000, asynchronous);
        var stream = new FrameAwareStream(inner, all.AsSpan(0, prefixLength).ToArray());

        var received = new List<byte>();
        while (true)
        {
            // Sizes around the header reads ManagedWebSocket does, around the buffer size, and above it.
            int size = random.Next(4) switch
            {
                0 => random.Next(1, 20),
                1 => random.Next(100, 200),
                2 => random.Next(FrameAwareStream.ReadBufferSize - 10, FrameAwareStream.ReadBufferSize + 10),
                _ => random.Next(1, 3 * FrameAwareStream.ReadBufferSize),
            };
            byte[] buffer = new byte[size];
            int count = asynchronous || random.Next(2) == 0 ? await stream.ReadAsync(buffer.AsMemory()) : stream.Read(buffer.AsSpan());
            if (count == 0)
                break;
            received.AddRange(buffer.AsSpan(0, count).ToArray());
        }

        Assert.Equal(all, received.ToArray());
        Assert.True(stream.EndOfStream);
    }

    [Fact]
    public async Task A_burst_of_small_messages_costs_one_read_of_the_inner_stream()
    {
        byte[] burst = Enumerable.Range(0, 100).SelectMany(i => TestPeer.Frame(0x2, new byte[32])).ToArray();
        var inner = new ChunkedStream(burst, maxChunk: int.MaxValue);
        var stream = new FrameAwareStream(inner, []);

        int total = 0;
        byte[] header = new byte[139]; // the size of ManagedWebSocket's header buffer
        while (total < burst.Length)
            total += await stream.ReadAsync(header.AsMemory());

        Assert.Equal(burst.Length, total);
        Assert.Equal(1, inner.Reads);
    }

    [Fact]
    public async Task A_read_as_big_as_the_buffer_goes_straight_to_the_caller()
    {
        byte[] payload = new byte[3 * FrameAwareStream.ReadBufferSize];
        new Random(7).NextBytes(payload);
        var inner = new ChunkedStream(payload, maxChunk: int.MaxValue);
        var stream = new FrameAwareStream(inner, []);

        byte[] big = new byte[payload.Length];
        int count = await stream.ReadAsync(big.AsMemory());

        Assert.Equal(payload.Length, count);
        Assert.Equal(payload, big);
        Assert.Equal(1, inner.Reads);
    }

    [Fact]
    public async Task The_peer_Close_counts_as_received_only_once_its_bytes_were_handed_over()
    {
        // A message and an empty Close frame in one chunk: both land in the read buffer at the first read.
        byte[] data = TestPeer.Frame(0x2, new byte[32]);
        byte[] close = TestPeer.Frame(0x8, []);
        var inner = new ChunkedStream([.. data, .. close], maxChunk: int.MaxValue);
        var stream = new FrameAwareStream(inner, []);

        byte[] buffer = new byte[data.Length];
        Assert.Equal(data.Length, await stream.ReadAsync(buffer.AsMemory()));
        Assert.False(stream.CloseReceived);

        Assert.Equal(close.Length, await stream.ReadAsync(new byte[139].AsMemory()));
        Assert.True(stream.CloseReceived);
        Assert.True(stream.PeerCloseWasEmpty);
    }

    [Fact]
    public async Task A_Close_frame_in_the_handshake_leftover_is_seen_too()
    {
        byte[] close = TestPeer.CloseFrame(4000, "bye");
        var stream = new FrameAwareStream(new ChunkedStream([], maxChunk: 1), [.. TestPeer.Frame(0x1, "hi"u8), .. close]);

        byte[] buffer = new byte[256];
        int total = 0;
        while (!stream.CloseReceived)
        {
            int count = await stream.ReadAsync(buffer.AsMemory(total, 3));
            Assert.NotEqual(0, count);
            total += count;
        }

        Assert.Equal(4 + close.Length, total);
        Assert.False(stream.PeerCloseWasEmpty);
    }

    [Fact]
    public async Task A_zero_byte_read_passes_through_to_the_inner_stream()
    {
        var inner = new ChunkedStream([1, 2, 3], maxChunk: int.MaxValue);
        var stream = new FrameAwareStream(inner, []);

        Assert.Equal(0, await stream.ReadAsync(Memory<byte>.Empty));
        Assert.Equal(1, inner.Reads);
        Assert.False(stream.EndOfStream);
    }

    /// <summary>A read-only stream that serves its bytes in chunks of at most <c>maxChunk</c> and counts its reads;
    /// its asynchronous reads complete later (on the thread pool) when <c>asynchronous</c> is set.</summary>
    private sealed class ChunkedStream(byte[] bytes, int maxChunk, bool asynchronous = false) : Stream
    {
        private int _position;

        public int Reads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            Reads++;
            int count = Math.Min(Math.Min(buffer.Length, maxChunk), bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            asynchronous ? LaterAsync(buffer) : new(Read(buffer.Span));

        private async ValueTask<int> LaterAsync(Memory<byte> buffer)
        {
            await Task.Yield();
            return Read(buffer.Span);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
