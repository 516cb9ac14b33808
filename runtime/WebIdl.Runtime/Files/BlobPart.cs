using System;

namespace WebIdl.Runtime;

/// <summary>
/// The File API's <c>BlobPart</c> union, <c>(BufferSource or Blob or USVString)</c>: one piece of a new
/// <see cref="Blob"/>. Converts implicitly from <see cref="string"/>, <see cref="byte"/>[],
/// <see cref="ReadOnlyMemory{T}"/> of bytes and <see cref="Blob"/>, so <c>new Blob(["text", bytes, otherBlob])</c>
/// works.
/// </summary>
/// <remarks>A byte array or memory is copied when the blob is built, not when the part is made.</remarks>
public readonly struct BlobPart : IEquatable<BlobPart>
{
    private readonly object? _value;
    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>A part holding text, encoded as UTF-8 (lone surrogates become U+FFFD).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public BlobPart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _value = text;
        _bytes = default;
    }

    /// <summary>A part holding bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    public BlobPart(ReadOnlyMemory<byte> bytes)
    {
        _value = null;
        _bytes = bytes;
    }

    /// <summary>A part holding another blob's bytes.</summary>
    /// <param name="blob">The blob.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blob"/> is <see langword="null"/>.</exception>
    public BlobPart(Blob blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        _value = blob;
        _bytes = default;
    }

    /// <summary>The text, when the part is a string; otherwise <see langword="null"/>.</summary>
    public string? Text => _value as string;

    /// <summary>The blob, when the part is a blob; otherwise <see langword="null"/>.</summary>
    public Blob? Blob => _value as Blob;

    /// <summary>The bytes, when the part is binary data (the default part is empty binary data).</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>Whether the part is binary data (neither text nor a blob).</summary>
    public bool IsBytes => _value is null;

    /// <summary>Makes a text part.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator BlobPart(string text) => new(text);

    /// <summary>Makes a binary part.</summary>
    /// <param name="bytes">The bytes.</param>
    public static implicit operator BlobPart(byte[] bytes) => new(new ReadOnlyMemory<byte>(bytes ?? throw new ArgumentNullException(nameof(bytes))));

    /// <summary>Makes a binary part.</summary>
    /// <param name="bytes">The bytes.</param>
    public static implicit operator BlobPart(ReadOnlyMemory<byte> bytes) => new(bytes);

    /// <summary>Makes a blob part.</summary>
    /// <param name="blob">The blob.</param>
    public static implicit operator BlobPart(Blob blob) => new(blob);

    /// <summary>Makes a text part (the named alternative of the implicit conversion).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The part.</returns>
    public static BlobPart FromString(string text) => new(text);

    /// <summary>Makes a binary part (the named alternative of the implicit conversion).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The part.</returns>
    public static BlobPart FromReadOnlyMemory(ReadOnlyMemory<byte> bytes) => new(bytes);

    /// <summary>Makes a blob part (the named alternative of the implicit conversion).</summary>
    /// <param name="blob">The blob.</param>
    /// <returns>The part.</returns>
    public static BlobPart FromBlob(Blob blob) => new(blob);

    /// <summary>Whether two parts hold the same string, the same blob, or the same memory region.</summary>
    /// <param name="other">The other part.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(BlobPart other) => Equals(_value, other._value) && _bytes.Equals(other._bytes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BlobPart other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _bytes);

    /// <summary>Compares two parts with <see cref="Equals(BlobPart)"/>.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(BlobPart left, BlobPart right) => left.Equals(right);

    /// <summary>Compares two parts with <see cref="Equals(BlobPart)"/>.</summary>
    /// <param name="left">The first part.</param>
    /// <param name="right">The second part.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BlobPart left, BlobPart right) => !left.Equals(right);
}
