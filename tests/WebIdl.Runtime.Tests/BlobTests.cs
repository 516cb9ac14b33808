using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace WebIdl.Runtime.Tests;

public class BlobTests
{
    private static readonly byte[] Ten = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Fact]
    public void An_empty_blob()
    {
        var blob = new Blob();

        Assert.Equal(0UL, blob.Size);
        Assert.Equal("", blob.Type);
        Assert.Equal(0UL, new Blob(null).Size);
        Assert.Equal(0UL, new Blob([]).Size);
    }

    [Fact]
    public void Parts_are_concatenated_strings_as_UTF8()
    {
        var inner = new Blob(["in"]);
        var blob = new Blob(["h\u00E9", new byte[] { 0x21 }, new ReadOnlyMemory<byte>([0x22, 0x23]), inner, "\uD83D\uDE00"]);

        byte[] expected = [.. Encoding.UTF8.GetBytes("h\u00E9"), 0x21, 0x22, 0x23, .. "in"u8, 0xF0, 0x9F, 0x98, 0x80];
        Assert.Equal(expected, blob.AsSpan().ToArray());
        Assert.Equal((ulong)expected.Length, blob.Size);
    }

    [Theory]
    [InlineData("{D800}", new byte[] { 0xEF, 0xBF, 0xBD })]
    [InlineData("a{DC00}b", new byte[] { 0x61, 0xEF, 0xBF, 0xBD, 0x62 })]
    [InlineData("{D83D}{DE00}{D83D}", new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xEF, 0xBF, 0xBD })]
    public void Lone_surrogates_in_strings_become_U_FFFD(string text, byte[] expected)
    {
        Assert.Equal(expected, new Blob([IdlConvertTests.Unescape(text)]).AsSpan().ToArray());
    }

    [Fact]
    public void Byte_parts_are_copied()
    {
        byte[] bytes = [1, 2, 3];
        var blob = new Blob([bytes]);
        bytes[0] = 99;

        Assert.Equal(new byte[] { 1, 2, 3 }, blob.AsSpan().ToArray());
    }

    [Theory]
    [InlineData("text/plain", "text/plain")]
    [InlineData("Text/HTML;Charset=UTF-8", "text/html;charset=utf-8")]
    [InlineData("", "")]
    [InlineData(" ~", " ~")] // U+0020 and U+007E are the bounds
    [InlineData("text/plain\u007F", "")]
    [InlineData("text/\u001Fplain", "")]
    [InlineData("t\u00E9xt/plain", "")] // not ASCII-printable: empty, not lowercased
    [InlineData("TEXT/\u212A", "")] // KELVIN SIGN would lowercase to 'k' with Unicode rules
    public void The_type_is_ASCII_lowercased_or_empty_when_not_printable_ASCII(string type, string expected)
    {
        Assert.Equal(expected, new Blob([], new BlobPropertyBag { Type = type }).Type);
        Assert.Equal(expected, Blob.FromBytes(Ten, type).Type);
        Assert.Equal(expected, new Blob([]).Slice(contentType: type).Type);
    }

    [Theory]
    [InlineData(null, null, 0, 10)]
    [InlineData(2L, null, 2, 8)]
    [InlineData(2L, 5L, 2, 3)]
    [InlineData(-3L, null, 7, 3)] // counts back from the end
    [InlineData(-3L, -1L, 7, 2)]
    [InlineData(null, -2L, 0, 8)]
    [InlineData(-100L, null, 0, 10)] // clamped to 0
    [InlineData(0L, 100L, 0, 10)] // clamped to size
    [InlineData(100L, null, 10, 0)]
    [InlineData(5L, 2L, 5, 0)] // end before start: empty
    [InlineData(-2L, -5L, 8, 0)]
    [InlineData(long.MinValue, long.MaxValue, 0, 10)]
    [InlineData(10L, 10L, 10, 0)]
    public void Slice_follows_the_File_API_index_rules(long? start, long? end, int expectedStart, int expectedLength)
    {
        var blob = new Blob([Ten]);

        Blob slice = blob.Slice(start, end);

        Assert.Equal((ulong)expectedLength, slice.Size);
        Assert.Equal(Ten.AsSpan(expectedStart, expectedLength).ToArray(), slice.AsSpan().ToArray());
    }

    [Fact]
    public void Slice_of_a_slice_is_relative_to_the_slice()
    {
        var blob = new Blob([Ten]);

        Blob slice = blob.Slice(2, 8).Slice(-3, -1);

        Assert.Equal(new byte[] { 5, 6 }, slice.AsSpan().ToArray());
        Assert.Equal(new byte[] { 2, 3, 4, 5, 6, 7 }, new Blob([blob.Slice(2, 8)]).AsSpan().ToArray());
    }

    [Fact]
    public void Slice_does_not_inherit_the_type()
    {
        var blob = new Blob(["abc"], new BlobPropertyBag { Type = "text/plain" });

        Assert.Equal("", blob.Slice().Type);
        Assert.Equal("text/html", blob.Slice(0, 1, "TEXT/HTML").Type);
    }

    [Fact]
    public async Task ArrayBuffer_bytes_and_text()
    {
        var blob = new Blob(["h\u00E9llo"]);

        ReadOnlyMemory<byte> buffer = await blob.ArrayBufferAsync();
        byte[] bytes = await blob.BytesAsync();
        string text = await blob.TextAsync();

        Assert.Equal(Encoding.UTF8.GetBytes("h\u00E9llo"), buffer.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("h\u00E9llo"), bytes);
        Assert.Equal("h\u00E9llo", text);
    }

    [Fact]
    public async Task BytesAsync_returns_a_copy()
    {
        var blob = new Blob([Ten]);

        byte[] bytes = await blob.BytesAsync();
        bytes[0] = 99;

        Assert.Equal(0, blob.AsSpan()[0]);
    }

    [Fact]
    public async Task TextAsync_drops_a_leading_BOM_and_replaces_invalid_UTF8()
    {
        var blob = new Blob([new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x62, 0xEF, 0xBB, 0xBF }]);

        Assert.Equal("a\uFFFDb\uFEFF", await blob.TextAsync());
        Assert.Equal("", await new Blob().TextAsync());
    }

    [Fact]
    public async Task TextAsync_of_a_slice_decodes_only_the_slice()
    {
        var blob = new Blob(["xxabcxx"]);

        Assert.Equal("abc", await blob.Slice(2, -2).TextAsync());
    }

    [Fact]
    public void OpenReadStream_reads_the_bytes_and_is_read_only()
    {
        var blob = new Blob([Ten]).Slice(3, 6);
        using Stream stream = blob.OpenReadStream();
        using var copy = new MemoryStream();

        stream.CopyTo(copy);

        Assert.Equal(new byte[] { 3, 4, 5 }, copy.ToArray());
        Assert.False(stream.CanWrite);
    }

    [Fact]
    public void Native_endings_convert_CR_LF_and_CRLF_in_strings_only()
    {
        string nl = Environment.NewLine;
        var native = new Blob(["a\rb\nc\r\nd\n\re", new byte[] { 0x0D }], new BlobPropertyBag { Endings = EndingType.Native });
        var transparent = new Blob(["a\rb\nc\r\nd"]);

        byte[] expected = [.. Encoding.UTF8.GetBytes($"a{nl}b{nl}c{nl}d{nl}{nl}e"), 0x0D];
        Assert.Equal(expected, native.AsSpan().ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("a\rb\nc\r\nd"), transparent.AsSpan().ToArray());
    }

    [Fact]
    public void BlobPart_converts_implicitly_and_reports_its_kind()
    {
        BlobPart text = "t";
        BlobPart bytes = new byte[] { 1 };
        BlobPart blob = new Blob();
        BlobPart empty = default;

        Assert.Equal("t", text.Text);
        Assert.False(text.IsBytes);
        Assert.True(bytes.IsBytes);
        Assert.Equal(1, bytes.Bytes.Length);
        Assert.NotNull(blob.Blob);
        Assert.True(empty.IsBytes);
        Assert.Equal(0, empty.Bytes.Length);
        Assert.Equal(BlobPart.FromString("t"), text);
        Assert.True(text == BlobPart.FromString("t"));
        Assert.True(text != bytes);
        Assert.Throws<ArgumentNullException>(() => BlobPart.FromString(null!));
        Assert.Throws<ArgumentNullException>(() => BlobPart.FromBlob(null!));
    }

    [Fact]
    public void FromBytes_copies()
    {
        byte[] bytes = [1, 2];
        Blob blob = Blob.FromBytes(bytes);
        bytes[0] = 9;

        Assert.Equal(new byte[] { 1, 2 }, blob.AsMemory().ToArray());
        Assert.Equal("", blob.Type);
    }
}
