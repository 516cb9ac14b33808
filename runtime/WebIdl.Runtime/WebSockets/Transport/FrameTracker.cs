using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// Follows RFC 6455 frame boundaries in one direction of a byte stream without copying payloads: it reads each
/// frame header (collecting it across chunks when split) and skips the payload by count. It notes the first Close
/// frame: whether its payload was empty, and when it has fully passed. Frames after that Close are not followed.
/// </summary>
/// <remarks>Not thread-safe: one reader (or one writer) feeds it; <see cref="CloseSeen"/> and
/// <see cref="CloseComplete"/> may be read from any thread.</remarks>
internal struct FrameTracker
{
    private const byte CloseOpcode = 0x8;
    private const int NoClose = 0, CloseHeaderSeen = 1, CloseDone = 2;

    /// <summary>The bytes of a header split across chunks (at most 2 + 8 + 4).</summary>
    private HeaderBytes _header;

    /// <summary>How many bytes of the current header are in <see cref="_header"/>; 0 at a frame boundary.</summary>
    private int _headerCount;

    /// <summary>Payload bytes of the current frame not seen yet.</summary>
    private long _payloadRemaining;

    /// <summary><see cref="NoClose"/>, <see cref="CloseHeaderSeen"/> or <see cref="CloseDone"/>.</summary>
    private volatile int _closeState;

    /// <summary>Whether the first Close frame had an empty payload (no status code).</summary>
    public bool CloseWasEmpty { get; private set; }

    /// <summary>A Close frame's header has passed.</summary>
    public readonly bool CloseSeen => _closeState != NoClose;

    /// <summary>A whole Close frame (header and payload) has passed.</summary>
    public readonly bool CloseComplete => _closeState == CloseDone;

    /// <summary>The next byte starts a frame.</summary>
    public readonly bool AtFrameStart => _headerCount == 0 && _payloadRemaining == 0;

    /// <summary>Follows the frames in <paramref name="data"/>, the next bytes of the stream.</summary>
    public void Observe(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty && _closeState != CloseDone)
        {
            if (_payloadRemaining > 0)
            {
                if (data.Length < _payloadRemaining)
                {
                    _payloadRemaining -= data.Length;
                    return;
                }

                data = data.Slice((int)_payloadRemaining);
                _payloadRemaining = 0;
                if (_closeState == CloseHeaderSeen)
                {
                    _closeState = CloseDone;
                }

                continue;
            }

            if (_headerCount == 0 && data.Length >= 2)
            {
                // The common case: the whole header is in this chunk.
                int length = HeaderLength(data[1]);
                if (data.Length >= length)
                {
                    OnHeader(data.Slice(0, length));
                    data = data.Slice(length);
                    continue;
                }
            }

            _header[_headerCount++] = data[0];
            data = data.Slice(1);
            if (_headerCount >= 2 && _headerCount == HeaderLength(_header[1]))
            {
                int count = _headerCount;
                _headerCount = 0;
                OnHeader(((ReadOnlySpan<byte>)_header).Slice(0, count));
            }
        }
    }

    /// <summary>2 bytes, plus 2 or 8 for an extended payload length, plus 4 for a masking key.</summary>
    private static int HeaderLength(byte second) =>
        2 + ((second & 0x7F) switch { 126 => 2, 127 => 8, _ => 0 }) + ((second & 0x80) != 0 ? 4 : 0);

    private void OnHeader(ReadOnlySpan<byte> header)
    {
        int length7 = header[1] & 0x7F;
        long length = length7 switch
        {
            126 => BinaryPrimitives.ReadUInt16BigEndian(header.Slice(2)),
            127 => (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(header.Slice(2)), long.MaxValue),
            _ => length7,
        };
        _payloadRemaining = length;
        if ((header[0] & 0x0F) == CloseOpcode && _closeState == NoClose)
        {
            CloseWasEmpty = length == 0;
            _closeState = length == 0 ? CloseDone : CloseHeaderSeen;
        }
    }

    [InlineArray(14)]
    private struct HeaderBytes
    {
        private byte _element0;
    }
}
