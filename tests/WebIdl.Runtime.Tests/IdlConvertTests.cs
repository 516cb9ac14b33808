using System;
using Xunit;

namespace WebIdl.Runtime.Tests;

public class IdlConvertTests
{
    private const string I = "WebSocket";
    private const string M = "close";
    private const string A = "code";

    [Fact]
    public void Describe_names_interface_member_and_argument()
    {
        Assert.Equal("WebSocket.close: argument 'code'", IdlConvert.Describe(I, M, A));
        Assert.Equal("WebSocket.binaryType: argument 'value'", IdlConvert.Describe("WebSocket", "binaryType", "value"));
    }

    [Fact]
    public void The_safe_integer_constants_are_plus_minus_two_to_the_53_minus_one()
    {
        Assert.Equal((1L << 53) - 1, IdlConvert.MaxSafeInteger);
        Assert.Equal(-((1L << 53) - 1), IdlConvert.MinSafeInteger);
        Assert.Equal(9007199254740991, IdlConvert.MaxSafeInteger);
    }

    // ---- EnforceRange, long ----

    [Theory]
    [InlineData(0L, 0L, 65535L)]
    [InlineData(65535L, 0L, 65535L)]
    [InlineData(-128L, -128L, 127L)]
    [InlineData(127L, -128L, 127L)]
    [InlineData(9007199254740991L, -9007199254740991L, 9007199254740991L)]
    [InlineData(-9007199254740991L, -9007199254740991L, 9007199254740991L)]
    public void EnforceRange_long_returns_values_in_range(long value, long min, long max)
    {
        Assert.Equal(value, IdlConvert.EnforceRange(value, min, max, I, M, A));
    }

    [Theory]
    [InlineData(-1L, 0L, 65535L)]
    [InlineData(65536L, 0L, 65535L)]
    [InlineData(-129L, -128L, 127L)]
    [InlineData(128L, -128L, 127L)]
    [InlineData(9007199254740992L, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger)]
    [InlineData(-9007199254740992L, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger)]
    [InlineData(long.MaxValue, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger)]
    [InlineData(long.MinValue, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger)]
    public void EnforceRange_long_rejects_values_out_of_range(long value, long min, long max)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(value, min, max, I, M, A));

        Assert.Equal(A, exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.StartsWith("WebSocket.close: argument 'code' is " + value.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message);
        Assert.Contains(FormattableString.Invariant($"[{min}, {max}]"), exception.Message);
    }

    [Fact]
    public void EnforceRange_message_is_exact()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(70000L, 0L, 65535L, I, M, A));

        Assert.StartsWith("WebSocket.close: argument 'code' is 70000, outside the range [0, 65535] allowed by [EnforceRange].", exception.Message);
    }

    // ---- EnforceRange, ulong ----

    [Theory]
    [InlineData(0UL, 255UL)]
    [InlineData(255UL, 255UL)]
    [InlineData(9007199254740991UL, 9007199254740991UL)]
    [InlineData(ulong.MaxValue, ulong.MaxValue)]
    public void EnforceRange_ulong_returns_values_in_range(ulong value, ulong max)
    {
        Assert.Equal(value, IdlConvert.EnforceRange(value, max, I, M, A));
    }

    [Theory]
    [InlineData(256UL, 255UL)]
    [InlineData(9007199254740992UL, 9007199254740991UL)]
    [InlineData(ulong.MaxValue, 9007199254740991UL)]
    public void EnforceRange_ulong_rejects_values_above_max(ulong value, ulong max)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(value, max, I, M, A));

        Assert.Equal(A, exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.Contains(FormattableString.Invariant($"is {value}, outside the range [0, {max}]"), exception.Message);
    }

    // ---- Clamp, integers ----

    [Theory]
    [InlineData(5L, 0L, 10L, 5L)]
    [InlineData(-5L, 0L, 10L, 0L)]
    [InlineData(15L, 0L, 10L, 10L)]
    [InlineData(long.MaxValue, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger, IdlConvert.MaxSafeInteger)]
    [InlineData(long.MinValue, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger, IdlConvert.MinSafeInteger)]
    [InlineData(IdlConvert.MaxSafeInteger, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger, IdlConvert.MaxSafeInteger)]
    public void Clamp_long_limits_to_the_range(long value, long min, long max, long expected)
    {
        Assert.Equal(expected, IdlConvert.Clamp(value, min, max));
    }

    [Theory]
    [InlineData(5UL, 10UL, 5UL)]
    [InlineData(10UL, 10UL, 10UL)]
    [InlineData(11UL, 10UL, 10UL)]
    [InlineData(ulong.MaxValue, 9007199254740991UL, 9007199254740991UL)]
    public void Clamp_ulong_limits_to_max(ulong value, ulong max, ulong expected)
    {
        Assert.Equal(expected, IdlConvert.Clamp(value, max));
    }

    // ---- EnforceRange, double (ConvertToInt) ----

    [Theory]
    [InlineData(1.9, 1.0)]
    [InlineData(-1.9, -1.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(255.99, 255.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(9007199254740991.0, 9007199254740991.0)]
    [InlineData(-9007199254740991.0, -9007199254740991.0)]
    public void EnforceRange_double_truncates_toward_zero(double value, double expected)
    {
        Assert.Equal(expected, IdlConvert.EnforceRange(value, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger, I, M, A));
    }

    [Theory]
    [InlineData(-0.0)]
    [InlineData(-0.5)]
    [InlineData(-0.999)]
    public void EnforceRange_double_never_returns_negative_zero(double value)
    {
        double result = IdlConvert.EnforceRange(value, 0, 255, I, M, A);

        Assert.Equal(0.0, result);
        Assert.False(double.IsNegative(result));
    }

    [Theory]
    [InlineData(255.5, 255.0)] // truncated into range before the check
    [InlineData(-0.9, 0.0)]
    public void EnforceRange_double_checks_the_truncated_value(double value, double expected)
    {
        Assert.Equal(expected, IdlConvert.EnforceRange(value, 0, 255, I, M, A));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void EnforceRange_double_rejects_NaN_and_infinities_with_ArgumentException(double value, string shown)
    {
        var exception = Assert.Throws<ArgumentException>(() => IdlConvert.EnforceRange(value, 0, 255, I, M, A));

        Assert.Equal(A, exception.ParamName);
        Assert.StartsWith($"WebSocket.close: argument 'code' must be a finite number, but was {shown}.", exception.Message);
    }

    [Theory]
    [InlineData(256.0, 0, 255)]
    [InlineData(-1.0, 0, 255)]
    [InlineData(9007199254740992.0, -9007199254740991.0, 9007199254740991.0)]
    [InlineData(-9007199254740992.0, -9007199254740991.0, 9007199254740991.0)]
    [InlineData(1e300, -9007199254740991.0, 9007199254740991.0)]
    public void EnforceRange_double_rejects_values_out_of_range(double value, double min, double max)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(value, min, max, I, M, A));

        Assert.Equal(A, exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.Contains("outside the range", exception.Message);
    }

    [Fact]
    public void EnforceRange_double_message_prints_whole_numbers_plainly()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => IdlConvert.EnforceRange(9007199254740992.0, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger, I, M, A));

        Assert.StartsWith(
            "WebSocket.close: argument 'code' is 9007199254740992, outside the range [-9007199254740991, 9007199254740991] allowed by [EnforceRange].",
            exception.Message);
        var fraction = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(300.25, 0, 255, I, M, A));
        Assert.StartsWith("WebSocket.close: argument 'code' is 300.25, outside the range [0, 255]", fraction.Message);
    }

    // ---- Clamp, double (ConvertToInt) ----

    [Theory]
    [InlineData(0.5, 0.0)] // ties to even
    [InlineData(1.5, 2.0)]
    [InlineData(2.5, 2.0)]
    [InlineData(3.5, 4.0)]
    [InlineData(-0.5, 0.0)]
    [InlineData(-1.5, -2.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(2.4999, 2.0)]
    [InlineData(2.5001, 3.0)]
    [InlineData(-2.6, -3.0)]
    [InlineData(7.0, 7.0)]
    public void Clamp_double_rounds_to_nearest_ties_to_even(double value, double expected)
    {
        Assert.Equal(expected, IdlConvert.Clamp(value, -100, 100));
    }

    [Theory]
    [InlineData(300.0, 255.0)]
    [InlineData(-300.0, 0.0)]
    [InlineData(254.5, 254.0)]
    [InlineData(255.4, 255.0)]
    [InlineData(double.PositiveInfinity, 255.0)]
    [InlineData(double.NegativeInfinity, 0.0)]
    public void Clamp_double_limits_to_the_range(double value, double expected)
    {
        Assert.Equal(expected, IdlConvert.Clamp(value, 0, 255));
    }

    [Fact]
    public void Clamp_double_clamps_to_the_safe_integer_range()
    {
        Assert.Equal(9007199254740991.0, IdlConvert.Clamp(1e20, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger));
        Assert.Equal(-9007199254740991.0, IdlConvert.Clamp(-1e20, IdlConvert.MinSafeInteger, IdlConvert.MaxSafeInteger));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.0)]
    [InlineData(-0.4)]
    [InlineData(-0.5)]
    public void Clamp_double_gives_positive_zero_for_NaN_and_negative_zero(double value)
    {
        double result = IdlConvert.Clamp(value, -10, 10);

        Assert.Equal(0.0, result);
        Assert.False(double.IsNegative(result));
    }

    // ---- restricted float and double ----

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.5)]
    [InlineData(double.MaxValue)]
    [InlineData(double.MinValue)]
    [InlineData(double.Epsilon)]
    public void RestrictedDouble_returns_finite_values(double value)
    {
        Assert.Equal(value, IdlConvert.RestrictedDouble(value, I, M, A));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void RestrictedDouble_rejects_NaN_and_infinities(double value)
    {
        var exception = Assert.Throws<ArgumentException>(() => IdlConvert.RestrictedDouble(value, "Canvas", "lineTo", "x"));

        Assert.IsType<ArgumentException>(exception);
        Assert.Equal("x", exception.ParamName);
        Assert.StartsWith("Canvas.lineTo: argument 'x' must be a finite number", exception.Message);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(float.MaxValue)]
    [InlineData(float.MinValue)]
    [InlineData(-1.5f)]
    public void RestrictedFloat_returns_finite_values(float value)
    {
        Assert.Equal(value, IdlConvert.RestrictedFloat(value, I, M, A));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void RestrictedFloat_rejects_NaN_and_infinities(float value)
    {
        var exception = Assert.Throws<ArgumentException>(() => IdlConvert.RestrictedFloat(value, "Audio", "volume", "value"));

        Assert.Equal("value", exception.ParamName);
        Assert.StartsWith("Audio.volume: argument 'value' must be a finite number", exception.Message);
    }

    // ---- USVString ----

    // Lone surrogates cannot go through attribute arguments (metadata stores strings as UTF-8), so the cases write
    // every surrogate and U+FFFD as {XXXX}.
    [Theory]
    [InlineData("{D800}", "{FFFD}")] // lone high alone
    [InlineData("{DC00}", "{FFFD}")] // lone low alone
    [InlineData("{D800}abc", "{FFFD}abc")] // lone high at the start
    [InlineData("{DC00}abc", "{FFFD}abc")] // lone low at the start
    [InlineData("ab{D800}cd", "ab{FFFD}cd")] // lone high in the middle
    [InlineData("ab{DC00}cd", "ab{FFFD}cd")] // lone low in the middle
    [InlineData("abc{D800}", "abc{FFFD}")] // lone high at the end
    [InlineData("abc{DC00}", "abc{FFFD}")] // lone low at the end
    [InlineData("{DC00}{D800}", "{FFFD}{FFFD}")] // low then high: not a pair
    [InlineData("{D800}{D800}{DC00}", "{FFFD}{D800}{DC00}")] // high, then a valid pair
    [InlineData("{D800}{DC00}{DC00}", "{D800}{DC00}{FFFD}")] // a valid pair, then a lone low
    [InlineData("{D83D}{DE00}x{D83D}", "{D83D}{DE00}x{FFFD}")] // a pair kept, a lone high replaced
    [InlineData("{DBFF}{DFFF}{DBFF}", "{DBFF}{DFFF}{FFFD}")] // the last pair, then a lone high at the end
    public void ToUsvString_replaces_lone_surrogates_with_U_FFFD(string value, string expected)
    {
        string input = Unescape(value);
        string result = IdlConvert.ToUsvString(input);

        Assert.Equal(Unescape(expected), result);
        Assert.NotSame(input, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("caf{00E9} {4E2D}{6587}")]
    [InlineData("{D83D}{DE00}")] // a valid pair alone
    [InlineData("a{D83D}{DE00}b{D800}{DC00}c{DBFF}{DFFF}")] // valid pairs at the start, middle and end
    public void ToUsvString_returns_the_same_instance_when_there_is_no_lone_surrogate(string value)
    {
        string input = Unescape(value);
        Assert.Same(input, IdlConvert.ToUsvString(input));
    }

    internal static string Unescape(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\\{([0-9A-F]{4})\\}",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [Fact]
    public void ToUsvString_does_not_allocate_on_the_fast_path()
    {
        // Unoptimised (tier-0) code of the BCL's span helpers may allocate until the JIT's tiering has recompiled
        // them, so this measures the steady state: some round of 100 calls must allocate nothing.
        string value = "valid \uD83D\uDE00 pair and " + new string('x', 1000);
        long allocated = -1;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (allocated != 0 && DateTime.UtcNow < deadline)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
                Assert.Same(value, IdlConvert.ToUsvString(value));
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated != 0)
                System.Threading.Thread.Sleep(50);
        }

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ToUsvString_rejects_null_and_ToUsvStringOrNull_keeps_it()
    {
        Assert.Throws<ArgumentNullException>(() => IdlConvert.ToUsvString(null!));
        Assert.Null(IdlConvert.ToUsvStringOrNull(null));
        Assert.Equal("a\uFFFD", IdlConvert.ToUsvStringOrNull("a\uDC00"));
        string ok = "fine";
        Assert.Same(ok, IdlConvert.ToUsvStringOrNull(ok));
    }

    // ---- ByteString ----

    [Theory]
    [InlineData("")]
    [InlineData("GET")]
    [InlineData("\u0000\u007F\u0080\u00FF")]
    public void ToByteString_accepts_characters_up_to_U_00FF(string value)
    {
        Assert.Same(value, IdlConvert.ToByteString(value, "Headers", "append", "value"));
    }

    [Theory]
    [InlineData("\u0100", 0, "0100")]
    [InlineData("ab\u0100", 2, "0100")]
    [InlineData("\u00FF\u20AC\u0100", 1, "20AC")]
    [InlineData("x{D83D}{DE00}", 1, "D83D")]
    public void ToByteString_rejects_a_character_above_U_00FF_naming_its_index(string value, int index, string hex)
    {
        var exception = Assert.Throws<ArgumentException>(() => IdlConvert.ToByteString(Unescape(value), "Headers", "append", "value"));

        Assert.Equal("value", exception.ParamName);
        Assert.StartsWith(
            $"Headers.append: argument 'value' is not a valid ByteString: the character U+{hex} at index {index} is above U+00FF.",
            exception.Message);
    }

    [Fact]
    public void ToByteString_rejects_null()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => IdlConvert.ToByteString(null!, "Headers", "append", "name"));
        Assert.Equal("name", exception.ParamName);
    }

    // ---- NotNull ----

    [Fact]
    public void NotNull_returns_the_value()
    {
        var value = new object();
        Assert.Same(value, IdlConvert.NotNull(value, I, "send", "data"));
    }

    [Fact]
    public void NotNull_throws_ArgumentNullException_naming_the_argument()
    {
        string? missing = null;
        var exception = Assert.Throws<ArgumentNullException>(() => IdlConvert.NotNull(missing, I, "send", "data"));

        Assert.Equal("data", exception.ParamName);
        Assert.StartsWith("WebSocket.send: argument 'data' must not be null.", exception.Message);
    }

    [Fact]
    public void Attribute_setters_use_the_argument_name_value()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => IdlConvert.NotNull<string>(null, I, "binaryType", "value"));

        Assert.Equal("value", exception.ParamName);
        Assert.StartsWith("WebSocket.binaryType: argument 'value' must not be null.", exception.Message);
    }

    [Fact]
    public void Messages_do_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture with a non-ASCII minus sign and a comma decimal separator.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(-5L, -1L, 1L, I, M, A));
            Assert.Contains("is -5, outside the range [-1, 1]", exception.Message);
            var fraction = Assert.Throws<ArgumentOutOfRangeException>(() => IdlConvert.EnforceRange(-2.5, 0, 1, I, M, A));
            Assert.Contains("is -2.5, outside", fraction.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
