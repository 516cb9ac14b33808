using System;
using System.Text;
using CsCheck;
using Xunit;

namespace WebIdl.Runtime.Tests;

// Random checks of the conversions against independent formulations of the same rules.
public class PropertyTests
{
    // Strings rich in surrogates: high, low, pairs, BMP and ASCII characters in any order.
    private static readonly Gen<string> SurrogateSoup =
        Gen.String[Gen.Char["\uD800\uDBFF\uDC00\uDFFFa\u00E9\uFFFD"], 0, 24];

    [Fact]
    public void ToUsvString_matches_a_UTF8_round_trip_with_replacement()
    {
        // Encoding.UTF8 replaces each lone surrogate with U+FFFD and keeps valid pairs: an independent oracle.
        SurrogateSoup.Sample(text =>
        {
            string expected = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            Assert.Equal(expected, IdlConvert.ToUsvString(text));
        }, iter: 5_000);
    }

    [Fact]
    public void ToUsvString_is_idempotent_and_keeps_the_length()
    {
        SurrogateSoup.Sample(text =>
        {
            string once = IdlConvert.ToUsvString(text);
            Assert.Equal(text.Length, once.Length);
            Assert.Same(once, IdlConvert.ToUsvString(once));
        }, iter: 5_000);
    }

    [Fact]
    public void Clamp_double_matches_the_ConvertToInt_steps()
    {
        Gen.Double.Sample(value =>
        {
            double result = IdlConvert.Clamp(value, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger);
            Assert.False(double.IsNaN(result));
            Assert.False(result == 0 && double.IsNegative(result));
            Assert.InRange(result, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger);
            Assert.Equal(Math.Truncate(result), result); // an integer
            if (!double.IsNaN(value) && value >= IdlConvert.MinSafeInteger && value <= IdlConvert.MaxSafeInteger)
                Assert.True(Math.Abs(result - value) <= 0.5, $"{value} -> {result}");
        }, iter: 10_000);
    }

    [Fact]
    public void EnforceRange_double_either_returns_the_truncation_or_throws()
    {
        Gen.Double.Sample(value =>
        {
            bool inRange = double.IsFinite(value)
                && Math.Truncate(value) >= -255 && Math.Truncate(value) <= 255;
            if (inRange)
            {
                double result = IdlConvert.EnforceRange(value, -255, 255, "I", "m", "a");
                Assert.Equal(Math.Truncate(value), result);
            }
            else if (!double.IsFinite(value))
            {
                Assert.Throws<ArgumentException>(() => IdlConvert.EnforceRange(value, -255, 255, "I", "m", "a"));
            }
            else
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(value, -255, 255, "I", "m", "a"));
            }
        }, iter: 10_000);
    }

    [Fact]
    public void Slice_matches_the_File_API_formula()
    {
        var bytes = new byte[37];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)i;
        var blob = Blob.FromBytes(bytes);
        Gen<long?> index = Gen.Frequency(
            (1, Gen.Const((long?)null)),
            (6, Gen.Long[-60, 60].Select(v => (long?)v)),
            (1, Gen.Long.Select(v => (long?)v)));

        Gen.Select(index, index).Sample((start, end) =>
        {
            long size = bytes.Length;
            long from = start is null ? 0 : start < 0 ? Math.Max(size + start.Value, 0) : Math.Min(start.Value, size);
            long to = end is null ? size : end < 0 ? Math.Max(size + end.Value, 0) : Math.Min(end.Value, size);
            long span = Math.Max(to - from, 0);

            Blob slice = blob.Slice(start, end);

            Assert.Equal((ulong)span, slice.Size);
            if (span > 0)
                Assert.Equal(bytes.AsSpan((int)from, (int)span).ToArray(), slice.AsSpan().ToArray());
        }, iter: 5_000);
    }
}
