using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// The server's answer to the opening handshake: status code and headers, plus the bytes that arrived after the
/// blank line (the first WebSocket frames, which belong to the framing layer).
/// </summary>
internal sealed class HandshakeResponse
{
    /// <summary>The most header bytes accepted before the response is refused as malformed.</summary>
    internal const int MaxHeaderBytes = 64 * 1024;

    private HandshakeResponse(int statusCode, Dictionary<string, string> headers, byte[] leftover)
    {
        StatusCode = statusCode;
        Headers = headers;
        Leftover = leftover;
    }

    /// <summary>The HTTP status code (101 when the server agreed to switch protocols).</summary>
    public int StatusCode { get; }

    /// <summary>The headers by case-insensitive name; repeated headers are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Bytes read past the end of the headers.</summary>
    public byte[] Leftover { get; }

    /// <summary>The header's value, or <see langword="null"/> when absent.</summary>
    public string? this[string name] => Headers.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Reads the response head from <paramref name="stream"/>.</summary>
    /// <exception cref="WebSocketConnectException">The stream ended first, or the head is malformed or too big.</exception>
    public static async Task<HandshakeResponse> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[1024];
        int count = 0;
        int end;
        while ((end = FindEndOfHead(buffer.AsSpan(0, count))) < 0)
        {
            if (count == buffer.Length)
            {
                if (buffer.Length >= MaxHeaderBytes)
                {
                    throw new WebSocketConnectException($"The handshake response headers exceed {MaxHeaderBytes} bytes.");
                }

                Array.Resize(ref buffer, buffer.Length * 4);
            }

            int read = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new WebSocketConnectException("The server closed the connection during the handshake.");
            }

            count += read;
        }

        byte[] leftover = buffer.AsSpan(end, count - end).ToArray();
        string head = Encoding.Latin1.GetString(buffer, 0, end - 4);
        return Parse(head, leftover);
    }

    private static int FindEndOfHead(ReadOnlySpan<byte> data)
    {
        int index = data.IndexOf("\r\n\r\n"u8);
        return index < 0 ? -1 : index + 4;
    }

    private static HandshakeResponse Parse(string head, byte[] leftover)
    {
        string[] lines = head.Split("\r\n");
        int statusCode = ParseStatusLine(lines[0]);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length > 0 && line[0] is ' ' or '\t' && lastName is not null)
            {
                // obs-fold (RFC 9112 section 5.2): a continuation of the previous header's value.
                headers[lastName] = headers[lastName] + " " + line.Trim(' ', '\t');
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0 || !HttpSyntax.IsToken(line.AsSpan(0, colon)))
            {
                throw new WebSocketConnectException($"The handshake response has a malformed header line: '{line}'.");
            }

            string name = line[..colon];
            string value = line[(colon + 1)..].Trim(' ', '\t');
            headers[name] = headers.TryGetValue(name, out string? previous) ? previous + ", " + value : value;
            lastName = name;
        }

        return new HandshakeResponse(statusCode, headers, leftover);
    }

    private static int ParseStatusLine(string line)
    {
        // status-line = HTTP-version SP status-code SP [ reason-phrase ]
        if (line.Length >= 12 && line.StartsWith("HTTP/1.", StringComparison.Ordinal) && line[8] == ' '
            && int.TryParse(line.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out int status)
            && (line.Length == 12 || line[12] == ' '))
        {
            return status;
        }

        throw new WebSocketConnectException($"The handshake response has a malformed status line: '{line}'.");
    }
}
