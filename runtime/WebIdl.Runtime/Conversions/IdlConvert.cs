using System;
using System.Globalization;

namespace WebIdl.Runtime;

/// <summary>
/// The Web IDL argument conversions that generated validation stubs call before a member's implementation runs:
/// <c>[EnforceRange]</c> and <c>[Clamp]</c> integers, restricted <c>float</c>/<c>double</c>, <c>USVString</c>,
/// <c>ByteString</c> and non-nullable references.
/// </summary>
/// <remarks>
/// <para>Every check names what it checked as <c>Interface.member: argument 'name'</c> (see <see cref="Describe"/>);
/// attribute setters pass <c>"value"</c> as the argument name. Failures throw the .NET exception that matches the
/// JavaScript binding's <c>TypeError</c>/<c>RangeError</c>: <see cref="ArgumentOutOfRangeException"/> for a value
/// outside a range, <see cref="ArgumentException"/> for a value of the wrong kind, <see cref="ArgumentNullException"/>
/// for <see langword="null"/>; each has <see cref="ArgumentException.ParamName"/> set to the argument name.</para>
/// <para>All members are pure functions of their arguments and safe to call from any thread. Messages and numbers
/// are formatted with the invariant culture.</para>
/// </remarks>
public static class IdlConvert
{
    /// <summary>The largest integer a JavaScript number holds exactly, 2^53 − 1: the upper bound of Web IDL's
    /// <c>long long</c> and <c>unsigned long long</c> under <c>[EnforceRange]</c> and <c>[Clamp]</c>.</summary>
    public const long MaxSafeInteger = 9007199254740991;

    /// <summary>The smallest integer a JavaScript number holds exactly, −(2^53 − 1): the lower bound of Web IDL's
    /// <c>long long</c> under <c>[EnforceRange]</c> and <c>[Clamp]</c>.</summary>
    public const long MinSafeInteger = -9007199254740991;

    /// <summary>Describes an argument the same way in every message: <c>Interface.member: argument 'name'</c>.</summary>
    /// <param name="interfaceName">The IDL interface (or namespace, dictionary) name, for example <c>WebSocket</c>.</param>
    /// <param name="memberName">The IDL member name, for example <c>close</c>.</param>
    /// <param name="argumentName">The IDL argument name, or <c>value</c> for an attribute setter.</param>
    /// <returns>The description.</returns>
    public static string Describe(string interfaceName, string memberName, string argumentName) =>
        string.Concat(interfaceName, ".", memberName, ": argument '", argumentName, "'");

    /// <summary>
    /// <c>[EnforceRange]</c> for a signed integer: returns <paramref name="value"/> when it lies in
    /// [<paramref name="min"/>, <paramref name="max"/>].
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest allowed value (for <c>long long</c>, <see cref="MinSafeInteger"/>).</param>
    /// <param name="max">The largest allowed value (for <c>long long</c>, <see cref="MaxSafeInteger"/>).</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the range.</exception>
    public static long EnforceRange(long value, long min, long max, string interfaceName, string memberName, string argumentName)
    {
        if (value < min || value > max)
            throw OutOfRange(value, Format(value), Format(min), Format(max), interfaceName, memberName, argumentName);
        return value;
    }

    /// <summary>
    /// <c>[EnforceRange]</c> for an unsigned integer: returns <paramref name="value"/> when it is at most
    /// <paramref name="max"/>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="max">The largest allowed value (for <c>unsigned long long</c>, <see cref="MaxSafeInteger"/>).</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is greater than <paramref name="max"/>.</exception>
    public static ulong EnforceRange(ulong value, ulong max, string interfaceName, string memberName, string argumentName)
    {
        if (value > max)
            throw OutOfRange(value, Format(value), "0", Format(max), interfaceName, memberName, argumentName);
        return value;
    }

    /// <summary>
    /// The Web IDL ConvertToInt algorithm with <c>[EnforceRange]</c> for a <see cref="double"/> input
    /// (<see href="https://webidl.spec.whatwg.org/#abstract-opdef-converttoint"/>): rejects NaN and infinities,
    /// truncates toward zero, then requires the result to lie in [<paramref name="min"/>, <paramref name="max"/>].
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest allowed integer.</param>
    /// <param name="max">The largest allowed integer.</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns>The truncated value, an integer in the range; never −0.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The truncated value is outside the range.</exception>
    public static double EnforceRange(double value, double min, double max, string interfaceName, string memberName, string argumentName)
    {
        if (!double.IsFinite(value))
            throw NotFinite(Format(value), interfaceName, memberName, argumentName);

        // + 0.0 turns −0 (from −0 itself or from truncating −0.5) into +0, as IDL integers have no −0.
        double integer = Math.Truncate(value) + 0.0;
        if (integer < min || integer > max)
            throw OutOfRange(value, Format(value), Format(min), Format(max), interfaceName, memberName, argumentName);
        return integer;
    }

    /// <summary><c>[Clamp]</c> for a signed integer: <paramref name="value"/> limited to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The clamped value.</returns>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    public static long Clamp(long value, long min, long max) => Math.Clamp(value, min, max);

    /// <summary><c>[Clamp]</c> for an unsigned integer: <paramref name="value"/> limited to [0, <paramref name="max"/>].</summary>
    /// <param name="value">The value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The clamped value.</returns>
    public static ulong Clamp(ulong value, ulong max) => value > max ? max : value;

    /// <summary>
    /// The Web IDL ConvertToInt algorithm with <c>[Clamp]</c> for a <see cref="double"/> input: NaN becomes +0;
    /// otherwise the value is limited to [<paramref name="min"/>, <paramref name="max"/>] and rounded to the nearest
    /// integer, ties to even (so 2.5 gives 2 and 3.5 gives 4), never −0.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest allowed integer.</param>
    /// <param name="max">The largest allowed integer.</param>
    /// <returns>The clamped, rounded value.</returns>
    public static double Clamp(double value, double min, double max)
    {
        if (double.IsNaN(value))
            return 0.0;
        double clamped = Math.Min(Math.Max(value, min), max);
        return Math.Round(clamped, MidpointRounding.ToEven) + 0.0;
    }

    /// <summary>The Web IDL <c>double</c> (restricted) conversion: returns <paramref name="value"/> when it is finite.</summary>
    /// <param name="value">The value.</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static double RestrictedDouble(double value, string interfaceName, string memberName, string argumentName)
    {
        if (!double.IsFinite(value))
            throw NotFinite(Format(value), interfaceName, memberName, argumentName);
        return value;
    }

    /// <summary>The Web IDL <c>float</c> (restricted) conversion: returns <paramref name="value"/> when it is finite.</summary>
    /// <param name="value">The value.</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static float RestrictedFloat(float value, string interfaceName, string memberName, string argumentName)
    {
        if (!float.IsFinite(value))
            throw NotFinite(value.ToString(CultureInfo.InvariantCulture), interfaceName, memberName, argumentName);
        return value;
    }

    /// <summary>
    /// The Web IDL <c>USVString</c> conversion: replaces every lone surrogate (a high surrogate not followed by a low
    /// one, or a low surrogate not preceded by a high one) with U+FFFD REPLACEMENT CHARACTER.
    /// </summary>
    /// <param name="value">The string.</param>
    /// <returns><paramref name="value"/> itself when it has no lone surrogate (nothing is allocated); otherwise a new string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string ToUsvString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int first = IndexOfLoneSurrogate(value);
        if (first < 0)
            return value;

        return string.Create(value.Length, (value, first), static (chars, state) =>
        {
            state.value.AsSpan().CopyTo(chars);
            for (int i = state.first; i < chars.Length; i++)
            {
                char c = chars[i];
                if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                    i++; // a valid pair: keep both halves
                else if (char.IsSurrogate(c))
                    chars[i] = '\uFFFD';
            }
        });
    }

    /// <summary>The <c>USVString?</c> conversion: <see langword="null"/> stays <see langword="null"/>, anything else
    /// goes through <see cref="ToUsvString"/>.</summary>
    /// <param name="value">The string or <see langword="null"/>.</param>
    /// <returns>The converted string, or <see langword="null"/>.</returns>
    public static string? ToUsvStringOrNull(string? value) => value is null ? null : ToUsvString(value);

    /// <summary>
    /// The Web IDL <c>ByteString</c> conversion: returns <paramref name="value"/> when every character is at most
    /// U+00FF (each character then stands for one byte).
    /// </summary>
    /// <param name="value">The string.</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A character is above U+00FF; the message gives the first one and its index.</exception>
    public static string ToByteString(string value, string interfaceName, string memberName, string argumentName)
    {
        NotNull(value, interfaceName, memberName, argumentName);
        int index = value.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u00FF');
        if (index >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{Describe(interfaceName, memberName, argumentName)} is not a valid ByteString: the character U+{(int)value[index]:X4} at index {index} is above U+00FF."),
                argumentName);
        }

        return value;
    }

    /// <summary>The check for a non-nullable reference argument: returns <paramref name="value"/> when it is not <see langword="null"/>.</summary>
    /// <typeparam name="T">The argument's reference type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="interfaceName">The IDL interface name, for the message.</param>
    /// <param name="memberName">The IDL member name, for the message.</param>
    /// <param name="argumentName">The IDL argument name: the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static T NotNull<T>(T? value, string interfaceName, string memberName, string argumentName)
        where T : class
    {
        if (value is null)
            throw new ArgumentNullException(argumentName, Describe(interfaceName, memberName, argumentName) + " must not be null.");
        return value;
    }

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int found = text.Slice(offset).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0)
                return -1;
            int index = offset + found;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    private static ArgumentOutOfRangeException OutOfRange(
        object actualValue, string value, string min, string max, string interfaceName, string memberName, string argumentName) =>
        new(argumentName, actualValue,
            string.Concat(Describe(interfaceName, memberName, argumentName), " is ", value,
                ", outside the range [", min, ", ", max, "] allowed by [EnforceRange]."));

    private static ArgumentException NotFinite(string value, string interfaceName, string memberName, string argumentName) =>
        new(string.Concat(Describe(interfaceName, memberName, argumentName), " must be a finite number, but was ", value, "."),
            argumentName);

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    // Whole numbers print without an exponent (9007199254740991, not 9.007199254740991E+15), others round-trip.
    private static string Format(double value) =>
        Math.Abs(value) < 1e18 && Math.Floor(value) == value
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
