using System;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>The byte pattern both peers use for /big and /lengths: byte i is i % 251 (a prime, so shifted or
/// reordered chunks of any power-of-two size show).</summary>
public static class PeerPattern
{
    /// <summary>The pattern of the given length.</summary>
    public static byte[] Create(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 251);
        }

        return bytes;
    }

    /// <summary>The index of the first byte that differs from the pattern, or -1 when all match.</summary>
    public static int FirstMismatch(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)(i % 251))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The message sizes /lengths sends, in order: each side of the 7-, 16- and 64-bit length encodings.</summary>
    public static readonly int[] Lengths = { 0, 125, 126, 65535, 65536, 1048576 };
}
