using System;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;

namespace WebIdl.Runtime.Tests.WebSockets;

// A WebSocket opened over the in-memory transport, with its event log and the server's end.
internal sealed class Connected
{
    private Connected(WebSocket socket, EventLog log, PeerConnection server)
    {
        Socket = socket;
        Log = log;
        Server = server;
    }

    public WebSocket Socket { get; }

    public EventLog Log { get; }

    public PeerConnection Server { get; }

    public static async Task<Connected> OpenAsync(TestPeer? peer = null, params string[] protocols)
    {
        peer ??= new TestPeer();
        var socket = NoContext.New("ws://test.example/chat", protocols, peer.Options);
        var log = new EventLog(socket);
        peer.Release();
        using var timeout = new CancellationTokenSource(TestPeer.Timeout);
        await socket.OpenAsync(timeout.Token);
        PeerConnection server = await peer.Accepted;
        return new Connected(socket, log, server);
    }
}

// Builds sockets with no SynchronizationContext current (xunit runs async tests under one of its own), so that their
// events run inline on the receiving thread, the path most programs take.
internal static class NoContext
{
    public static T Run<T>(Func<T> create)
    {
        SynchronizationContext? previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return create();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    public static WebSocket New(string url, WebSocketOptions options) => Run(() => new WebSocket(url, options));

    public static WebSocket New(string url, string[] protocols, WebSocketOptions options) => Run(() => new WebSocket(url, protocols, options));
}
