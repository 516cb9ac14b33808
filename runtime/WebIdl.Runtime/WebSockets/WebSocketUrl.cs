using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// The argument checks of the WebSocket constructor (<see href="https://websockets.spec.whatwg.org/#dom-websocket-websocket"/>):
/// the URL is parsed and normalised, the subprotocols checked. Every failure is a <c>"SyntaxError"</c>
/// <see cref="DOMException"/>, as the standard says.
/// </summary>
internal static class WebSocketUrl
{
    /// <summary>
    /// Parses <paramref name="url"/> as an absolute URL (there is no base URL outside a document, so a relative URL
    /// fails), turns <c>http:</c>/<c>https:</c> into <c>ws:</c>/<c>wss:</c>, and rejects other schemes and any
    /// fragment. The serialisation drops the scheme's default port and gives an empty path as <c>/</c>; the host is in
    /// its ASCII (punycode) form.
    /// </summary>
    /// <param name="url">The constructor's URL argument.</param>
    /// <param name="serialized">The URL as the <c>url</c> attribute shows it.</param>
    /// <param name="origin">The serialisation of the URL's origin (<c>ws://host[:port]</c>), for <c>MessageEvent.origin</c>.</param>
    /// <returns>The URL the connection is made to (scheme <c>ws</c> or <c>wss</c>).</returns>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c>: not an absolute URL, a scheme other than ws, wss, http
    /// or https, or a fragment.</exception>
    public static Uri Parse(string url, out string serialized, out string origin)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || !LooksAbsolute(url))
            throw DOMException.Syntax($"WebSocket constructor: '{url}' is not an absolute URL (there is no base URL to resolve a relative one against).");

        string scheme = parsed.Scheme switch
        {
            "ws" or "http" => "ws",
            "wss" or "https" => "wss",
            _ => throw DOMException.Syntax($"WebSocket constructor: the URL scheme '{parsed.Scheme}:' is not ws:, wss:, http: or https:."),
        };

        // Uri.Fragment is "#" for an empty fragment: the standard rejects that too (the fragment is non-null).
        if (parsed.Fragment.Length > 0)
            throw DOMException.Syntax($"WebSocket constructor: the URL '{url}' has a fragment ('{parsed.Fragment}'); WebSocket URLs cannot have one.");

        // IsDefaultPort compares with the default port of the scheme the URL was written with, as the URL parser does
        // before the scheme changes: http://h:80 becomes ws://h, http://h:443 stays ws://h:443.
        string host = parsed.HostNameType == UriHostNameType.IPv6 ? parsed.Host : parsed.IdnHost;
        string port = parsed.IsDefaultPort ? string.Empty : ":" + parsed.Port.ToString(CultureInfo.InvariantCulture);
        string userInfo = parsed.UserInfo.Length > 0 ? parsed.UserInfo + "@" : string.Empty;
        origin = scheme + "://" + host + port;
        serialized = scheme + "://" + userInfo + host + port + parsed.PathAndQuery;
        return new Uri(serialized, UriKind.Absolute);
    }

    /// <summary>
    /// Checks the subprotocols: each must be a token (the grammar of the elements of <c>Sec-WebSocket-Protocol</c>,
    /// so not empty), and no two may be equal ignoring ASCII case.
    /// </summary>
    /// <param name="protocols">The subprotocols, in the order they are offered.</param>
    /// <returns>A copy of the list.</returns>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c> naming the offending value.</exception>
    public static string[] CheckProtocols(IReadOnlyList<string> protocols)
    {
        var copy = new string[protocols.Count];
        HashSet<string>? seen = protocols.Count > 1 ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
        for (int i = 0; i < copy.Length; i++)
        {
            string protocol = protocols[i] ?? throw new ArgumentNullException(nameof(protocols), "WebSocket constructor: argument 'protocols' contains null.");
            if (!IsToken(protocol))
                throw DOMException.Syntax($"WebSocket constructor: the subprotocol '{Escape(protocol)}' is not a token (letters, digits and !#$%&'*+-.^_`|~, at least one).");
            if (seen is not null && !seen.Add(protocol))
                throw DOMException.Syntax($"WebSocket constructor: the subprotocol '{protocol}' is given more than once (compared ignoring case).");
            copy[i] = protocol;
        }

        return copy;
    }

    // RFC 7230 token = 1*tchar: the form RFC 6455 requires of each element of Sec-WebSocket-Protocol.
    private static bool IsToken(string value)
    {
        if (value.Length == 0)
            return false;
        foreach (char c in value)
        {
            bool tchar = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
                || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
            if (!tchar)
                return false;
        }

        return true;
    }

    // A URL string starts with its scheme: ASCII letter, then letters, digits, "+", "-" or ".", then ":". System.Uri
    // also accepts rooted file paths ("/x", "C:\x") as absolute file: URLs; the standard sees those as relative or
    // as other schemes, and both fail anyway, but the message should say which.
    private static bool LooksAbsolute(string url)
    {
        string trimmed = url.Trim();
        int colon = trimmed.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(trimmed[0]))
            return false;
        for (int i = 1; i < colon; i++)
        {
            char c = trimmed[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
                return false;
        }

        return true;
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (c < 0x20 || c > 0x7E)
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }

        return builder.ToString();
    }
}
