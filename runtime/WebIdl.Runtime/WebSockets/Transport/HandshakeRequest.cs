using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace WebIdl.Runtime.WebSockets;

/// <summary>The client's opening handshake request (RFC 6455 section 4.1): an HTTP/1.1 GET asking to upgrade.</summary>
internal static class HandshakeRequest
{
    /// <summary>The GUID RFC 6455 appends to the key before hashing it into <c>Sec-WebSocket-Accept</c>.</summary>
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>The extension offer sent when <see cref="WebSocketOptions.Compression"/> is on (RFC 7692 section 7.1.2).</summary>
    public const string DeflateOffer = "permessage-deflate; client_max_window_bits";

    /// <summary>A fresh <c>Sec-WebSocket-Key</c>: 16 random bytes, base64-encoded.</summary>
    public static string CreateKey()
    {
        Span<byte> nonce = stackalloc byte[16];
        RandomNumberGenerator.Fill(nonce);
        return Convert.ToBase64String(nonce);
    }

    /// <summary>The <c>Sec-WebSocket-Accept</c> value a server must answer <paramref name="key"/> with.</summary>
    public static string ExpectedAccept(string key)
    {
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid), hash);
        return Convert.ToBase64String(hash);
    }

    /// <summary>The request bytes for <paramref name="url"/> (normalised, <c>ws</c> or <c>wss</c>).</summary>
    public static byte[] Build(Uri url, string key, IReadOnlyList<string> protocols, WebSocketOptions options)
    {
        var request = new StringBuilder(256);
        string target = string.IsNullOrEmpty(url.PathAndQuery) ? "/" : url.PathAndQuery;
        request.Append("GET ").Append(target).Append(" HTTP/1.1\r\n");
        request.Append("Host: ").Append(HostHeader(url)).Append("\r\n");
        request.Append("Upgrade: websocket\r\n");
        request.Append("Connection: Upgrade\r\n");
        request.Append("Sec-WebSocket-Key: ").Append(key).Append("\r\n");
        request.Append("Sec-WebSocket-Version: 13\r\n");
        if (protocols.Count > 0)
        {
            request.Append("Sec-WebSocket-Protocol: ").AppendJoin(", ", protocols).Append("\r\n");
        }

        if (options.Compression)
        {
            request.Append("Sec-WebSocket-Extensions: ").Append(DeflateOffer).Append("\r\n");
        }

        if (options.RequestHeaders is { } headers)
        {
            foreach (KeyValuePair<string, string> header in headers)
            {
                request.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }
        }

        request.Append("\r\n");

        // Header values may carry non-ASCII text (a user's Cookie); UTF-8 is what servers accept in practice.
        return Encoding.UTF8.GetBytes(request.ToString());
    }

    /// <summary>The <c>Host</c> header: the host (IPv6 in brackets, IDN as punycode), plus the port when not the default.</summary>
    public static string HostHeader(Uri url)
    {
        string host = url.HostNameType == UriHostNameType.IPv6 ? "[" + url.IdnHost.Trim('[', ']') + "]" : url.IdnHost;
        int defaultPort = DefaultPort(url);
        return url.Port == defaultPort || url.Port < 0 ? host : host + ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>80 for <c>ws</c>, 443 for <c>wss</c>.</summary>
    public static int DefaultPort(Uri url) =>
        string.Equals(url.Scheme, "wss", StringComparison.OrdinalIgnoreCase) ? 443 : 80;
}
