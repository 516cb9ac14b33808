using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

// Inside the namespace, so that it wins over WebIdl.Runtime.WebSockets.WebSocket.
using WebSocket = System.Net.WebSockets.WebSocket;

/// <summary>
/// The modes of tests/node/ws-peer.mjs, served by Kestrel. Most go through Kestrel's own WebSocket
/// (<c>AcceptWebSocketAsync</c>). Kestrel's WebSocket cannot send a Close frame without a payload (given no status it
/// writes 1005), cannot send a ping on demand, and cannot write a truncated frame, so <c>/close-empty</c>,
/// <c>/fragmented</c> and <c>/drop?how=short</c> upgrade the Kestrel connection themselves and write those frames raw
/// (without permessage-deflate); <c>/fragmented</c> then hands the stream to <c>WebSocket.CreateFromStream</c> to echo.
/// Kestrel's echo answers a Close frame without payload with 1000 (its WebSocket reports an empty Close as 1000).
/// </summary>
internal static class KestrelPeerModes
{
    private static readonly TimeSpan ConnectionLimit = TimeSpan.FromSeconds(90);

    public static async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/status/", StringComparison.Ordinal) && int.TryParse(path.AsSpan(8), out var status))
        {
            context.Response.StatusCode = status;
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 426;
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        limit.CancelAfter(ConnectionLimit);
        var query = context.Request.Query;
        var deflate = query["deflate"] != "0";
        try
        {
            switch (path)
            {
                case "/close-empty":
                    await CloseEmptyAsync(context, limit.Token);
                    return;
                case "/fragmented":
                    await FragmentedAsync(context, limit.Token);
                    return;
                case "/drop" when query["how"] == "short":
                    await DropShortAsync(context, limit.Token);
                    return;
            }

            var protocol = path == "/refuse-protocol" ? null : context.WebSockets.WebSocketRequestedProtocols.FirstOrDefault();
            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                SubProtocol = protocol,
                DangerousEnableCompression = deflate,
            });
            await RunAsync(context, socket, path, query, limit.Token);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException)
        {
            // The client went away or the mode ended the connection: nothing to report.
        }
    }

    private static async Task RunAsync(HttpContext context, WebSocket socket, string path, IQueryCollection query, CancellationToken token)
    {
        switch (path)
        {
            case "/echo":
            case "/refuse-protocol":
                await EchoAsync(socket, token);
                break;
            case "/close":
                var code = int.TryParse(query["code"], out var c) ? c : 1000;
                await socket.CloseAsync((WebSocketCloseStatus)code, query["reason"].ToString(), token);
                break;
            case "/drop" when query["how"] == "reset":
                await socket.ReceiveAsync(new byte[4096].AsMemory(), token);
                context.Abort(); // Kestrel resets the connection (RST)
                break;
            case "/drop":
                // Ending the handler without a Close frame makes Kestrel flush and close TCP with a FIN. (HttpContext.Abort()
                // would reset the connection, and a reset makes the client's kernel discard the fragment not yet read.)
                await socket.SendAsync(Filled(1000, (byte)'a'), WebSocketMessageType.Binary, WebSocketMessageFlags.DisableCompression, token);
                break;
            case "/invalid-utf8":
                // Kestrel's WebSocket does not validate the UTF-8 it sends (the peer tests prove the bytes arrive).
                await socket.SendAsync(new byte[] { 0x68, 0x69, 0xC3, 0x28 }, WebSocketMessageType.Text, WebSocketMessageFlags.EndOfMessage | WebSocketMessageFlags.DisableCompression, token);
                await EchoAsync(socket, token);
                break;
            case "/big":
                var size = int.TryParse(query["size"], out var s) ? s : 16 * 1024 * 1024;
                await socket.SendAsync(PeerPattern.Create(size), WebSocketMessageType.Binary, true, token);
                await EchoAsync(socket, token);
                break;
            case "/lengths":
                foreach (var length in PeerPattern.Lengths)
                {
                    await socket.SendAsync(PeerPattern.Create(length), WebSocketMessageType.Binary, true, token);
                }

                await EchoAsync(socket, token);
                break;
            case "/count":
                await CountAsync(socket, int.TryParse(query["n"], out var n) ? n : 10000, query["binary"] == "1", token);
                break;
            case "/collect":
                await CollectAsync(socket, token);
                break;
            case "/silent":
                // No receive is pending, so Kestrel's WebSocket answers no ping: a dead peer with TCP still open.
                await Task.Delay(Timeout.Infinite, token);
                break;
            case "/headers":
                var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(headers), WebSocketMessageType.Text, true, token);
                await EchoAsync(socket, token);
                break;
            default:
                await socket.CloseAsync((WebSocketCloseStatus)4404, "unknown mode " + path, token);
                break;
        }
    }

    /// <summary>Echoes fragment by fragment; answers the client's Close with its code and reason.</summary>
    private static async Task EchoAsync(WebSocket socket, CancellationToken token)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription, token);
                return;
            }

            await socket.SendAsync(buffer.AsMemory(0, result.Count), result.MessageType, result.EndOfMessage, token);
        }
    }

    private static async Task CountAsync(WebSocket socket, int n, bool binary, CancellationToken token)
    {
        var bytes = new byte[16];
        for (var i = 0; i < n; i++)
        {
            if (binary)
            {
                BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)i);
                await socket.SendAsync(bytes.AsMemory(0, 4), WebSocketMessageType.Binary, true, token);
            }
            else
            {
                var length = Encoding.ASCII.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture), bytes);
                await socket.SendAsync(bytes.AsMemory(0, length), WebSocketMessageType.Text, true, token);
            }
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", token);
    }

    private static async Task CollectAsync(WebSocket socket, CancellationToken token)
    {
        var count = 0;
        string? failure = null;
        var message = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription, token);
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var bytes = message.ToArray();
            message.SetLength(0);
            var text = result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(bytes) : null;
            if (text == "end")
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, failure ?? count + " in order", token);
                return;
            }

            long value = text != null
                ? (long.TryParse(text, out var v) ? v : -1)
                : (bytes.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : -1);
            if (failure == null && value != count)
            {
                failure = "out of order at " + count;
            }

            count++;
        }
    }

    /// <summary>Upgrades the connection without Kestrel's WebSocket (no extensions), for the raw modes.</summary>
    private static async Task<Stream> UpgradeRawAsync(HttpContext context)
    {
        var key = context.Request.Headers["Sec-WebSocket-Key"].ToString();
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.SecWebSocketAccept = RawFrames.AcceptKey(key);
        var protocol = context.WebSockets.WebSocketRequestedProtocols.FirstOrDefault();
        if (protocol != null)
        {
            context.Response.Headers.SecWebSocketProtocol = protocol;
        }

        var upgrade = context.Features.Get<IHttpUpgradeFeature>() ?? throw new InvalidOperationException("not upgradable");
        return await upgrade.UpgradeAsync();
    }

    private static async Task WriteAsync(Stream stream, bool fin, byte opcode, byte[] payload, CancellationToken token)
    {
        await stream.WriteAsync(RawFrames.Encode(fin, opcode, payload, mask: false), token);
        await stream.FlushAsync(token);
    }

    /// <summary>An empty Close frame, then waits for the client's Close before ending the connection.</summary>
    private static async Task CloseEmptyAsync(HttpContext context, CancellationToken token)
    {
        var stream = await UpgradeRawAsync(context);
        await WriteAsync(stream, true, RawFrames.Close, Array.Empty<byte>(), token);
        while (await RawFrames.ReadAsync(stream, token) is { } frame)
        {
            if (frame.Opcode == RawFrames.Close)
            {
                return;
            }
        }
    }

    private static async Task FragmentedAsync(HttpContext context, CancellationToken token)
    {
        var stream = await UpgradeRawAsync(context);
        await WriteAsync(stream, false, RawFrames.Text, Encoding.UTF8.GetBytes("one "), token);
        await WriteAsync(stream, true, RawFrames.Ping, Encoding.UTF8.GetBytes("between"), token);
        await WriteAsync(stream, false, RawFrames.Continuation, Encoding.UTF8.GetBytes("two "), token);
        await WriteAsync(stream, true, RawFrames.Ping, Array.Empty<byte>(), token);
        await WriteAsync(stream, true, RawFrames.Continuation, Encoding.UTF8.GetBytes("three"), token);
        await WriteAsync(stream, false, RawFrames.Binary, new byte[] { 1, 2 }, token);
        await WriteAsync(stream, true, RawFrames.Ping, "b"u8.ToArray(), token);
        await WriteAsync(stream, false, RawFrames.Continuation, new byte[] { 3, 4 }, token);
        await WriteAsync(stream, true, RawFrames.Ping, "c"u8.ToArray(), token);
        await WriteAsync(stream, true, RawFrames.Continuation, new byte[] { 5, 6 }, token);
        var protocol = context.WebSockets.WebSocketRequestedProtocols.FirstOrDefault();
        using var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, SubProtocol = protocol });
        await EchoAsync(socket, token);
    }

    private static async Task DropShortAsync(HttpContext context, CancellationToken token)
    {
        var stream = await UpgradeRawAsync(context);
        var frame = Filled(4 + 10, (byte)'a');
        frame[0] = 0x82;
        frame[1] = 126;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), 1000);
        await stream.WriteAsync(frame, token);
        await stream.FlushAsync(token);

        // Returning ends the connection with a FIN once the bytes are flushed.
    }

    private static byte[] Filled(int length, byte value)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, value);
        return bytes;
    }
}
