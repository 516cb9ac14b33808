using System;

namespace WebIdl.Runtime.WebSockets;

/// <summary>The few HTTP/1.1 grammar rules the opening handshake needs (RFC 9110 section 5.6).</summary>
internal static class HttpSyntax
{
    /// <summary>Whether <paramref name="value"/> is a non-empty <c>token</c> (<c>1*tchar</c>).</summary>
    public static bool IsToken(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> is a <c>tchar</c>.</summary>
    public static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>Whether the comma-separated list <paramref name="value"/> holds <paramref name="token"/> (case-insensitive).</summary>
    public static bool ListContainsToken(string value, string token)
    {
        foreach (Range range in value.AsSpan().Split(','))
        {
            if (value.AsSpan(range).Trim(" \t").Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
