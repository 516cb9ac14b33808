using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// How a WebSocket connects: the transport, extra handshake headers, compression, keep-alive and TLS settings.
/// </summary>
/// <remarks>
/// <para>Immutable once constructed (every property is init-only), so one instance can serve any number of sockets
/// on any threads. Setters validate their value and throw at once, not when a socket later connects.</para>
/// <para>The WHATWG standard has no such options; they cover what a browser decides on its own (certificates,
/// keep-alive) and what a program outside the browser needs (request headers, an injectable transport).</para>
/// </remarks>
public sealed class WebSocketOptions
{
    private readonly IReadOnlyDictionary<string, string>? _requestHeaders;
    private readonly TimeSpan _keepAliveInterval = TimeSpan.FromSeconds(30);
    private readonly TimeSpan _keepAliveTimeout = TimeSpan.FromSeconds(30);
    private readonly TimeSpan _handshakeTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The options used when none are given: TCP/TLS, compression offered, 30 s keep-alive and timeouts.</summary>
    public static WebSocketOptions Default { get; } = new();

    /// <summary>
    /// Opens the byte stream the WebSocket runs over; <see langword="null"/> (the default) uses TCP, with TLS for
    /// <c>wss:</c> URLs. Tests inject an in-memory transport here.
    /// </summary>
    public IWebSocketTransport? Transport { get; init; }

    /// <summary>
    /// Extra headers for the opening handshake request (for example <c>Origin</c>, <c>Authorization</c> or
    /// <c>Cookie</c>), copied when set. <see langword="null"/> (the default) adds none.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not an HTTP token, appears twice (names compare
    /// case-insensitively), or is reserved for the handshake itself (<c>Host</c>, <c>Upgrade</c>, <c>Connection</c>,
    /// <c>Sec-WebSocket-*</c>); or a value contains CR, LF or NUL.</exception>
    public IReadOnlyDictionary<string, string>? RequestHeaders
    {
        get => _requestHeaders;
        init => _requestHeaders = value is null ? null : CopyValidHeaders(value);
    }

    /// <summary>
    /// Whether the handshake offers the <c>permessage-deflate</c> extension (RFC 7692); <see langword="true"/> by
    /// default. Messages are compressed only when the server accepts the offer.
    /// </summary>
    public bool Compression { get; init; } = true;

    /// <summary>
    /// How long the connection may stay silent before a Ping is sent (30 s by default).
    /// <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/> sends no pings.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative (other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    public TimeSpan KeepAliveInterval
    {
        get => _keepAliveInterval;
        init => _keepAliveInterval = NonNegativeOrInfinite(value, nameof(KeepAliveInterval));
    }

    /// <summary>
    /// How long to wait for the Pong that answers a keep-alive Ping (30 s by default); when none arrives the peer is
    /// taken for dead and the connection fails. <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/>
    /// waits forever (pings are then only sent to keep intermediaries from timing out).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative (other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    public TimeSpan KeepAliveTimeout
    {
        get => _keepAliveTimeout;
        init => _keepAliveTimeout = NonNegativeOrInfinite(value, nameof(KeepAliveTimeout));
    }

    /// <summary>
    /// The longest the whole opening (connecting, TLS and the HTTP upgrade) may take (30 s by default);
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits as long as the caller's cancellation token allows.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative (other than
    /// <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    public TimeSpan HandshakeTimeout
    {
        get => _handshakeTimeout;
        init => _handshakeTimeout = value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(HandshakeTimeout), value, "The handshake timeout must be positive or infinite.");
    }

    /// <summary>
    /// Decides whether the server's TLS certificate is accepted (for <c>wss:</c>). <see langword="null"/> (the
    /// default) uses the platform's normal validation: an untrusted, expired or mismatched certificate fails the
    /// connection. Set it only to trust a certificate the platform does not (a test server, a pinned key).
    /// </summary>
    public RemoteCertificateValidationCallback? RemoteCertificateValidation { get; init; }

    /// <summary>Certificates offered when the server asks for client authentication; <see langword="null"/> offers none.</summary>
    public X509CertificateCollection? ClientCertificates { get; init; }

    private static TimeSpan NonNegativeOrInfinite(TimeSpan value, string name) =>
        value >= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "The value must be zero, positive or infinite.");

    private static ReadOnlyDictionary<string, string> CopyValidHeaders(IReadOnlyDictionary<string, string> headers)
    {
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> header in headers)
        {
            string name = header.Key;
            string value = header.Value ?? throw new ArgumentException($"Request header '{name}' has a null value.", nameof(RequestHeaders));
            if (!HttpSyntax.IsToken(name))
            {
                throw new ArgumentException($"Request header name '{name}' is not an HTTP token.", nameof(RequestHeaders));
            }

            if (IsReserved(name))
            {
                throw new ArgumentException($"Request header '{name}' is reserved for the WebSocket handshake.", nameof(RequestHeaders));
            }

            if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
            {
                throw new ArgumentException($"Request header '{name}' has a value with CR, LF or NUL.", nameof(RequestHeaders));
            }

            if (!copy.TryAdd(name, value.Trim(' ', '\t')))
            {
                throw new ArgumentException($"Request header '{name}' appears more than once.", nameof(RequestHeaders));
            }
        }

        return new ReadOnlyDictionary<string, string>(copy);
    }

    private static bool IsReserved(string name) =>
        name.Equals("Host", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Upgrade", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Sec-WebSocket-", StringComparison.OrdinalIgnoreCase);
}
