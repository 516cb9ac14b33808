// The WebSocket sample: `dotnet run --project samples/WebSocketEcho [-- ws://host:port/path]`.
// With no argument it starts an echo server on 127.0.0.1 and talks to it; with a ws: or wss: URL it talks to that
// server. It uses the WHATWG WebSocket API that WebIdl.Runtime implements on the generated bindings, and prints every
// event as it happens. Exit code: 0 after a clean close, 1 after an unclean one, 2 when the server cannot be reached.
using System.Text;
using WebIdl.Runtime;
using WebIdl.Runtime.WebSockets;
using WebSocketEcho;

EmbeddedEchoServer? server = null;
string url;
if (args.Length == 0)
{
    server = await EmbeddedEchoServer.StartAsync();
    url = server.Url.AbsoluteUri;
    Console.WriteLine($"started an echo server at {url}");
}
else if (args.Length == 1 && args[0] is not ("-h" or "--help"))
{
    url = args[0];
}
else
{
    Console.Error.WriteLine("usage: dotnet run --project samples/WebSocketEcho [-- ws://host[:port]/path | wss://…]");
    return 2;
}

try
{
    return await TalkAsync(url);
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync();
    }
}

static async Task<int> TalkAsync(string url)
{
    WebSocket socket;
    try
    {
        socket = new WebSocket(url);
    }
    catch (DOMException e)
    {
        Console.Error.WriteLine($"'{url}' is not a WebSocket URL: {e.Message}");
        return 2;
    }

    // Binary messages as bytes rather than as Blob.
    socket.BinaryType = BinaryType.Arraybuffer;
    var echoes = 0;
    var bothEchoed = new TaskCompletionSource();
    ICloseEvent? closed = null;

    socket.Open += _ => Console.WriteLine($"open      {socket.Url} (protocol '{socket.Protocol}', extensions '{socket.Extensions}')");
    socket.Error += _ => Console.WriteLine("error     the connection failed");
    socket.Message += message =>
    {
        Console.WriteLine($"message   {Describe(message.Data)}");
        if (++echoes == 2)
        {
            bothEchoed.TrySetResult();
        }
    };
    socket.CloseEvent += e =>
    {
        closed = e;
        Console.WriteLine($"close     code {closed.Code}, reason '{closed.Reason}', {(closed.WasClean ? "clean" : "not clean")}");
        bothEchoed.TrySetResult();
    };

    try
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.OpenAsync(timeout.Token);
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        Console.Error.WriteLine($"could not connect to {url}: {e.Message}");
        return 2;
    }

    const string text = "Hello from WebIdl.NET";
    byte[] binary = { 0xCA, 0xFE, 0xBA, 0xBE };
    Console.WriteLine($"send      text '{text}'");
    socket.Send(text);
    Console.WriteLine($"send      binary {Convert.ToHexString(binary)}");
    socket.Send(binary.AsMemory());

    // Servers that are not echo servers may never answer: wait at most 10 seconds for two messages.
    await Task.WhenAny(bothEchoed.Task, Task.Delay(TimeSpan.FromSeconds(10)));
    if (socket.ReadyState == WebSocket.OPEN)
    {
        Console.WriteLine("close()   code 1000, reason 'done'");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await socket.CloseAsync(1000, "done", timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("the server did not complete the closing handshake within 15 seconds");
            return 1;
        }
    }

    return closed is { WasClean: true } ? 0 : 1;
}

static string Describe(object? data) => data switch
{
    string s => $"text '{s}'",
    byte[] bytes => $"binary {Convert.ToHexString(bytes)}",
    ReadOnlyMemory<byte> memory => $"binary {Convert.ToHexString(memory.Span)}",
    Blob blob => $"binary Blob of {blob.Size} bytes: {Convert.ToHexString(blob.AsSpan())}",
    _ => data?.GetType().Name ?? "null",
};
