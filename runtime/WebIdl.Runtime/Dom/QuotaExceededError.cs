using System;

namespace WebIdl.Runtime;

/// <summary>
/// The Web IDL <c>QuotaExceededError</c>, the predefined <see cref="DOMException"/>-derived interface
/// (<see href="https://webidl.spec.whatwg.org/#quotaexceedederror"/>): a quota was exceeded, optionally with the
/// quota and the amount requested. Its <see cref="DOMException.Name"/> is <c>"QuotaExceededError"</c> and its
/// <see cref="DOMException.Code"/> 22.
/// </summary>
/// <remarks>Immutable; safe to read from any thread.</remarks>
public class QuotaExceededError : DOMException
{
    /// <summary>
    /// The IDL constructor <c>QuotaExceededError(optional DOMString message = "", optional QuotaExceededErrorOptions options = {})</c>.
    /// </summary>
    /// <param name="message">The message; <see langword="null"/> is taken as the empty string.</param>
    /// <param name="options">The quota and the amount requested, each optional.</param>
    /// <exception cref="ArgumentOutOfRangeException">The quota or the amount requested is negative, or the amount
    /// requested is less than the quota (the standard's <c>RangeError</c>).</exception>
    public QuotaExceededError(string? message = "", QuotaExceededErrorOptions? options = null)
        : base(message, DOMExceptionNames.QuotaExceededError)
    {
        if (options?.Quota is double quota)
        {
            if (quota < 0)
                throw new ArgumentOutOfRangeException(nameof(options), quota, "QuotaExceededError: the quota must not be negative.");
            Quota = quota;
        }

        if (options?.Requested is double requested)
        {
            if (requested < 0)
                throw new ArgumentOutOfRangeException(nameof(options), requested, "QuotaExceededError: the amount requested must not be negative.");
            Requested = requested;
        }

        if (Quota is double q && Requested is double r && r < q)
            throw new ArgumentOutOfRangeException(nameof(options), r, "QuotaExceededError: the amount requested must not be less than the quota.");
    }

    /// <summary>The quota (IDL <c>quota</c>), or <see langword="null"/> when not given.</summary>
    public double? Quota { get; }

    /// <summary>The amount requested (IDL <c>requested</c>), or <see langword="null"/> when not given.</summary>
    public double? Requested { get; }
}

/// <summary>The IDL dictionary <c>QuotaExceededErrorOptions</c>.</summary>
public record QuotaExceededErrorOptions
{
    /// <summary>The quota, or <see langword="null"/> when not present.</summary>
    public double? Quota { get; init; }

    /// <summary>The amount requested, or <see langword="null"/> when not present.</summary>
    public double? Requested { get; init; }
}
