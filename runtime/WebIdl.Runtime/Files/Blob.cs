using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace WebIdl.Runtime;

/// <summary>
/// The File API's <c>Blob</c> (<see href="https://w3c.github.io/FileAPI/#blob-section"/>): immutable bytes with a
/// media type.
/// </summary>
/// <remarks>
/// <para>The bytes are copied when the blob is built and never change afterwards; <see cref="Slice"/> shares them
/// without copying. Immutable, so safe to use from any thread.</para>
/// </remarks>
public class Blob
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] _buffer;
    private readonly int _offset;
    private readonly int _length;

    /// <summary>The IDL constructor with no arguments: an empty blob with an empty type.</summary>
    public Blob()
        : this(Array.Empty<byte>(), 0, 0, string.Empty)
    {
    }

    /// <summary>
    /// The IDL constructor <c>Blob(optional sequence&lt;BlobPart&gt; blobParts, optional BlobPropertyBag options = {})</c>:
    /// the parts' bytes one after another. Strings are encoded as UTF-8 after lone surrogates become U+FFFD (and,
    /// with <see cref="EndingType.Native"/>, after their line endings become the platform's); byte parts and blobs
    /// are copied as they are.
    /// </summary>
    /// <param name="blobParts">The parts, or <see langword="null"/> for none.</param>
    /// <param name="options">The type and the line-ending mode.</param>
    public Blob(IEnumerable<BlobPart>? blobParts, BlobPropertyBag? options = null)
    {
        Type = NormalizeType(options?.Type);
        bool native = options?.Endings == EndingType.Native;
        var writer = new ArrayBufferWriter<byte>();
        if (blobParts is not null)
        {
            foreach (BlobPart part in blobParts)
            {
                if (part.Text is { } text)
                {
                    string usv = IdlConvert.ToUsvString(native ? ConvertLineEndingsToNative(text) : text);
                    int written = s_utf8.GetBytes(usv, writer.GetSpan(s_utf8.GetMaxByteCount(usv.Length)));
                    writer.Advance(written);
                }
                else if (part.Blob is { } blob)
                {
                    writer.Write(blob.AsSpan());
                }
                else
                {
                    writer.Write(part.Bytes.Span);
                }
            }
        }

        _buffer = writer.WrittenSpan.ToArray();
        _offset = 0;
        _length = _buffer.Length;
    }

    // A view of bytes that no one will change (a new array, or the buffer of another blob).
    private Blob(byte[] buffer, int offset, int length, string type)
    {
        _buffer = buffer;
        _offset = offset;
        _length = length;
        Type = type;
    }

    // A blob of bytes that the caller hands over and no one else holds (a message a WebSocket received): no copy.
    internal static Blob Wrap(byte[] owned) => new(owned, 0, owned.Length, string.Empty);

    /// <summary>The size in bytes (IDL <c>size</c>).</summary>
    public ulong Size => (ulong)_length;

    /// <summary>The media type (IDL <c>type</c>): ASCII lowercase, or empty when none was given or the one given had a
    /// character outside U+0020–U+007E.</summary>
    public string Type { get; }

    /// <summary>Makes a blob of a copy of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="type">The media type, normalised as in <see cref="BlobPropertyBag.Type"/>.</param>
    /// <returns>The blob.</returns>
    public static Blob FromBytes(ReadOnlySpan<byte> bytes, string? type = null)
    {
        byte[] copy = bytes.ToArray();
        return new Blob(copy, 0, copy.Length, NormalizeType(type));
    }

    /// <summary>
    /// A blob of part of this one's bytes (IDL <c>slice(optional long long start, optional long long end, optional DOMString contentType)</c>),
    /// sharing them. A negative <paramref name="start"/> or <paramref name="end"/> counts back from the end; both are
    /// then limited to [0, <see cref="Size"/>], and a range that ends before it starts is empty.
    /// </summary>
    /// <param name="start">The first byte (default 0).</param>
    /// <param name="end">The byte after the last (default <see cref="Size"/>).</param>
    /// <param name="contentType">The new blob's type, normalised as in <see cref="BlobPropertyBag.Type"/>; empty by
    /// default (the type is not inherited).</param>
    /// <returns>The new blob.</returns>
    public Blob Slice(long? start = null, long? end = null, string? contentType = null)
    {
        long size = _length;
        long relativeStart = Relative(start, size, 0);
        long relativeEnd = Relative(end, size, size);
        long span = Math.Max(relativeEnd - relativeStart, 0);
        return new Blob(_buffer, _offset + (int)relativeStart, (int)span, NormalizeType(contentType));

        static long Relative(long? value, long size, long missing) => value switch
        {
            null => missing,
            < 0 => Math.Max(size + value.Value, 0),
            _ => Math.Min(value.Value, size),
        };
    }

    /// <summary>The bytes, without copying.</summary>
    /// <returns>A read-only view of the bytes.</returns>
    public ReadOnlySpan<byte> AsSpan() => new(_buffer, _offset, _length);

    /// <summary>The bytes, without copying.</summary>
    /// <returns>A read-only view of the bytes.</returns>
    public ReadOnlyMemory<byte> AsMemory() => new(_buffer, _offset, _length);

    /// <summary>The bytes (IDL <c>arrayBuffer()</c>), without copying: the blob is immutable.</summary>
    /// <returns>A completed task with a read-only view of the bytes.</returns>
    public Task<ReadOnlyMemory<byte>> ArrayBufferAsync() => Task.FromResult(AsMemory());

    /// <summary>A copy of the bytes (IDL <c>bytes()</c>).</summary>
    /// <returns>A completed task with a new array.</returns>
    public Task<byte[]> BytesAsync() => Task.FromResult(AsSpan().ToArray());

    /// <summary>The bytes decoded as UTF-8 (IDL <c>text()</c>, the Encoding standard's "UTF-8 decode"): a leading
    /// byte order mark is dropped and invalid sequences become U+FFFD.</summary>
    /// <returns>A completed task with the text.</returns>
    public Task<string> TextAsync()
    {
        ReadOnlySpan<byte> bytes = AsSpan();
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes.Slice(3);
        return Task.FromResult(s_utf8.GetString(bytes));
    }

    /// <summary>A read-only stream over the bytes (the .NET counterpart of IDL <c>stream()</c>).</summary>
    /// <returns>A new stream positioned at the start.</returns>
    public Stream OpenReadStream() => new MemoryStream(_buffer, _offset, _length, writable: false);

    // The type rule shared by the constructor's BlobPropertyBag.type and slice's contentType.
    internal static string NormalizeType(string? type)
    {
        if (string.IsNullOrEmpty(type))
            return string.Empty;
        foreach (char c in type)
        {
            if (c < '\u0020' || c > '\u007E')
                return string.Empty;
        }

        return type.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 ? type : type.ToLowerInvariant();
    }

    // The File API's "convert line endings to native".
    private static string ConvertLineEndingsToNative(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
            return text;

        string native = Environment.NewLine;
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                result.Append(native);
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
            else if (c == '\n')
            {
                result.Append(native);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
