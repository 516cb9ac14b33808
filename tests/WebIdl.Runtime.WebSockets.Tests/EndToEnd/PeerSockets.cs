using System;
using System.Collections.Generic;
using System.Threading;
using WebIdl.Runtime.WebSockets.Tests.Peers;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>Creates the runtime's WebSocket against a peer mode, with an <see cref="EventRecorder"/> attached at once.</summary>
internal static class PeerSockets
{
    /// <summary>The bound for every wait in the end-to-end tests.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static (WebSocket Socket, EventRecorder Recorder) Connect(
        this PeerServers peers, PeerKind kind, string pathAndQuery, IReadOnlyList<string>? protocols = null, WebSocketOptions? options = null)
    {
        var url = peers.Url(kind, pathAndQuery).ToString();
        var socket = new WebSocket(url, protocols ?? Array.Empty<string>(), options ?? WebSocketOptions.Default);
        return (socket, new EventRecorder(socket));
    }

    public static CancellationTokenSource Timeout() => new(Bound);
}
