using System;
using System.Globalization;
using System.Net.WebSockets;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// Reads the server's <c>Sec-WebSocket-Extensions</c> answer to our offer
/// <c>permessage-deflate; client_max_window_bits</c> (RFC 7692 section 7.1).
/// </summary>
internal static class DeflateNegotiation
{
    /// <summary>
    /// Parses <paramref name="response"/> into deflate options, or returns why the connection must fail: an unknown
    /// extension, more than one, an unknown or repeated parameter, or a window size we cannot honour.
    /// </summary>
    public static string? TryParse(string response, out WebSocketDeflateOptions? options)
    {
        options = null;
        string[] extensions = response.Split(',');
        if (extensions.Length != 1)
        {
            return $"the server accepted more than one extension: '{response}'";
        }

        string[] parts = extensions[0].Split(';');
        string name = parts[0].Trim(' ', '\t');
        if (!name.Equals("permessage-deflate", StringComparison.OrdinalIgnoreCase))
        {
            return $"the server accepted an extension that was not offered: '{name}'";
        }

        bool serverNoTakeover = false, clientNoTakeover = false;
        int serverBits = 0, clientBits = 0;
        for (int i = 1; i < parts.Length; i++)
        {
            string parameter = parts[i].Trim(' ', '\t');
            int equals = parameter.IndexOf('=');
            string key = (equals < 0 ? parameter : parameter[..equals]).TrimEnd(' ', '\t').ToLowerInvariant();
            string? value = equals < 0 ? null : Unquote(parameter[(equals + 1)..].TrimStart(' ', '\t'));
            string? error = key switch
            {
                "server_no_context_takeover" => Flag(ref serverNoTakeover, key, value),
                "client_no_context_takeover" => Flag(ref clientNoTakeover, key, value),
                "server_max_window_bits" => Bits(ref serverBits, key, value),
                "client_max_window_bits" => Bits(ref clientBits, key, value),
                _ => $"permessage-deflate has an unknown parameter '{key}'",
            };
            if (error is not null)
            {
                return error;
            }
        }

        if (clientBits is > 0 and < 9)
        {
            // zlib turns a raw deflate window of 8 into 9, which a peer holding us to 8 could not read.
            return $"permessage-deflate client_max_window_bits={clientBits} is not supported";
        }

        options = new WebSocketDeflateOptions
        {
            ServerContextTakeover = !serverNoTakeover,
            ClientContextTakeover = !clientNoTakeover,

            // An inflater with a bigger window reads what a smaller window wrote; zlib's raw inflate starts at 9.
            ServerMaxWindowBits = serverBits == 0 ? 15 : Math.Max(9, serverBits),
            ClientMaxWindowBits = clientBits == 0 ? 15 : clientBits,
        };
        return null;

        static string? Flag(ref bool seen, string key, string? value)
        {
            if (seen)
            {
                return $"permessage-deflate repeats '{key}'";
            }

            seen = true;
            return value is null ? null : $"permessage-deflate '{key}' must not have a value";
        }

        static string? Bits(ref int bits, string key, string? value)
        {
            if (bits != 0)
            {
                return $"permessage-deflate repeats '{key}'";
            }

            if (value is not null && value.Length is 1 or 2 && value[0] != '0'
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed is >= 8 and <= 15)
            {
                bits = parsed;
                return null;
            }

            return $"permessage-deflate '{key}' must be a number from 8 to 15";
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
