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

    /// <summary>How many sockets were abandoned because their first event may have fired before the recorder was attached.</summary>
    public static int LateAttachments => Volatile.Read(ref lateAttachments);

    private static int lateAttachments;

    /// <summary>
    /// A socket with a recorder that saw all of its events: when the socket left CONNECTING before the recorder's
    /// listeners were in place (see <see cref="EventRecorder.AttachedInTime"/>), it is abandoned and a new one made,
    /// up to five times.
    /// </summary>
    public static (WebSocket Socket, EventRecorder Recorder) Connect(
        this PeerServers peers, PeerKind kind, string pathAndQuery, IReadOnlyList<string>? protocols = null, WebSocketOptions? options = null) =>
        Connect(peers.Url(kind, pathAndQuery), protocols, options);

    /// <summary>The same for any URL.</summary>
    public static (WebSocket Socket, EventRecorder Recorder) Connect(Uri url, IReadOnlyList<string>? protocols = null, WebSocketOptions? options = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var socket = new WebSocket(url.ToString(), protocols ?? Array.Empty<string>(), options ?? WebSocketOptions.Default);
            var recorder = new EventRecorder(socket);
            if (recorder.AttachedInTime || attempt == 5)
            {
                return (socket, recorder);
            }

            Interlocked.Increment(ref lateAttachments);
            socket.Close(4999, "abandoned by the test");
        }
    }

    public static CancellationTokenSource Timeout() => new(Bound);
}
