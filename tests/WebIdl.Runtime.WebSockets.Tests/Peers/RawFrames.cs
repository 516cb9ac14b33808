using System;
using System.Buffers.Binary;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>One RFC 6455 frame as read off the wire.</summary>
/// <param name="Fin">The FIN bit.</param>
/// <param name="Rsv">The three RSV bits (RSV1 = 4 marks a permessage-deflate message).</param>
/// <param name="Opcode">The opcode.</param>
/// <param name="Masked">Whether the frame was masked.</param>
/// <param name="LengthBytes">How the length was encoded: 0 (7-bit), 2 (16-bit) or 8 (64-bit).</param>
/// <param name="Announced">The payload length the header announced.</param>
/// <param name="Payload">The (unmasked) payload bytes received; shorter than announced when the stream ended early.</param>
public sealed record RawFrame(bool Fin, int Rsv, byte Opcode, bool Masked, int LengthBytes, long Announced, byte[] Payload)
{
    /// <summary>Whether the whole announced payload arrived.</summary>
    public bool Complete => Payload.Length == Announced;
}

/// <summary>Reading and writing raw RFC 6455 frames, for the peers' own raw modes and for proving the peers.</summary>
public static class RawFrames
{
    /// <summary>Opcodes.</summary>
    public const byte Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10;

    private const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>The Sec-WebSocket-Accept value for a key.</summary>
    public static string AcceptKey(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + Guid)));

    /// <summary>Encodes one frame (masked with a random key when <paramref name="mask"/>).</summary>
    public static byte[] Encode(bool fin, byte opcode, ReadOnlySpan<byte> payload, bool mask)
    {
        var lengthBytes = payload.Length < 126 ? 0 : payload.Length <= ushort.MaxValue ? 2 : 8;
        var header = 2 + lengthBytes + (mask ? 4 : 0);
        var frame = new byte[header + payload.Length];
        frame[0] = (byte)((fin ? 0x80 : 0) | opcode);
        frame[1] = (byte)((mask ? 0x80 : 0) | (lengthBytes == 0 ? payload.Length : lengthBytes == 2 ? 126 : 127));
        if (lengthBytes == 2)
        {
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)payload.Length);
        }
        else if (lengthBytes == 8)
        {
            BinaryPrimitives.WriteUInt64BigEndian(frame.AsSpan(2), (ulong)payload.Length);
        }

        payload.CopyTo(frame.AsSpan(header));
        if (mask)
        {
            var key = frame.AsSpan(header - 4, 4);
            RandomNumberGenerator.Fill(key);
            for (var i = 0; i < payload.Length; i++)
            {
                frame[header + i] ^= key[i & 3];
            }
        }

        return frame;
    }

    /// <summary>
    /// Reads the next frame. Returns null when the stream ends (or is reset) before a frame starts; a frame whose
    /// payload was cut off by the end of the stream comes back with <see cref="RawFrame.Complete"/> false.
    /// </summary>
    public static async Task<RawFrame?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[14];
        if (await FillAsync(stream, head.AsMemory(0, 2), cancellationToken) < 2)
        {
            return null;
        }

        var masked = (head[1] & 0x80) != 0;
        var length7 = head[1] & 0x7F;
        var lengthBytes = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
        var rest = lengthBytes + (masked ? 4 : 0);
        if (await FillAsync(stream, head.AsMemory(2, rest), cancellationToken) < rest)
        {
            throw new EndOfStreamException("the stream ended inside a frame header");
        }

        long announced = lengthBytes switch
        {
            2 => BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(2)),
            8 => (long)BinaryPrimitives.ReadUInt64BigEndian(head.AsSpan(2)),
            _ => length7,
        };
        var payload = new byte[announced];
        var got = await FillAsync(stream, payload, cancellationToken);
        if (got < payload.Length)
        {
            payload = payload.AsSpan(0, got).ToArray();
        }

        if (masked)
        {
            var key = head.AsSpan(2 + lengthBytes, 4);
            for (var i = 0; i < payload.Length; i++)
            {
                payload[i] ^= key[i & 3];
            }
        }

        return new RawFrame((head[0] & 0x80) != 0, (head[0] >> 4) & 7, (byte)(head[0] & 0x0F), masked, lengthBytes, announced, payload);
    }

    /// <summary>Reads until the buffer is full or the stream ends (a reset counts as the end); returns the count.</summary>
    private static async Task<int> FillAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        try
        {
            while (total < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer[total..], cancellationToken);
                if (n == 0)
                {
                    break;
                }

                total += n;
            }
        }
        catch (IOException)
        {
            // Connection reset: the peer is gone, like an end of stream.
        }

        return total;
    }
}
