using System;
using System.Collections.Generic;
using System.Net.WebSockets;

namespace WebIdl.Runtime.WebSockets;

/// <summary>What a valid opening handshake response established.</summary>
internal sealed record HandshakeOutcome(string Protocol, string Extensions, WebSocketDeflateOptions? Deflate);

/// <summary>
/// Checks the server's response against the request (RFC 6455 section 4.1, the client's steps, and the WHATWG
/// "establish a WebSocket connection" rule that a server must pick one of the offered subprotocols).
/// </summary>
internal static class HandshakeValidation
{
    /// <summary>The outcome of a valid response.</summary>
    /// <exception cref="WebSocketConnectException">The response refuses or breaks the handshake; the message says how.</exception>
    public static HandshakeOutcome Validate(HandshakeResponse response, string key, IReadOnlyList<string> protocols, bool offeredDeflate)
    {
        if (response.StatusCode != 101)
        {
            throw Fail($"HTTP status {response.StatusCode}: the server did not switch to the WebSocket protocol");
        }

        if (response["Upgrade"] is not { } upgrade || !upgrade.Trim().Equals("websocket", StringComparison.OrdinalIgnoreCase))
        {
            throw Fail($"the response's Upgrade header is '{response["Upgrade"]}', not 'websocket'");
        }

        if (response["Connection"] is not { } connection || !HttpSyntax.ListContainsToken(connection, "upgrade"))
        {
            throw Fail($"the response's Connection header is '{response["Connection"]}', without 'Upgrade'");
        }

        string expected = HandshakeRequest.ExpectedAccept(key);
        if (response["Sec-WebSocket-Accept"] is not { } accept || !string.Equals(accept.Trim(), expected, StringComparison.Ordinal))
        {
            throw Fail($"bad accept key: Sec-WebSocket-Accept is '{response["Sec-WebSocket-Accept"]}', expected '{expected}'");
        }

        string protocol = (response["Sec-WebSocket-Protocol"] ?? "").Trim();
        if (protocol.Length == 0 && protocols.Count > 0)
        {
            throw Fail($"subprotocol: none chosen by the server, which was offered {string.Join(", ", protocols)}");
        }

        if (protocol.Length > 0 && !Contains(protocols, protocol))
        {
            throw Fail($"subprotocol not offered: the server chose '{protocol}'");
        }

        string extensions = (response["Sec-WebSocket-Extensions"] ?? "").Trim();
        WebSocketDeflateOptions? deflate = null;
        if (extensions.Length > 0)
        {
            if (!offeredDeflate)
            {
                throw Fail($"extension not offered: the server accepted '{extensions}'");
            }

            if (DeflateNegotiation.TryParse(extensions, out deflate) is { } error)
            {
                throw Fail("extension: " + error);
            }
        }

        return new HandshakeOutcome(protocol, extensions, deflate);
    }

    private static bool Contains(IReadOnlyList<string> protocols, string protocol)
    {
        for (int i = 0; i < protocols.Count; i++)
        {
            if (string.Equals(protocols[i], protocol, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static WebSocketConnectException Fail(string message) => new("WebSocket handshake failed: " + message + ".");
}
