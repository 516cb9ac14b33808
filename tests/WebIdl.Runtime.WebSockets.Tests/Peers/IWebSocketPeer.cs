using System;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>
/// A running WebSocket server on 127.0.0.1 whose behaviour is chosen by the URL path (the modes are listed in
/// tests/node/ws-peer.mjs; <see cref="KestrelPeer"/> implements the same ones, except where it says otherwise).
/// </summary>
public interface IWebSocketPeer
{
    /// <summary>Which server this is.</summary>
    PeerKind Kind { get; }

    /// <summary>The TCP port the server listens on.</summary>
    int Port { get; }

    /// <summary>The ws: URL for a path and query, such as <c>/close?code=4001&amp;reason=bye</c>.</summary>
    Uri Url(string pathAndQuery);
}
