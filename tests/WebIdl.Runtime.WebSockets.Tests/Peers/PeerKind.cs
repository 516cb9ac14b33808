namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>The real WebSocket servers the tests run against.</summary>
public enum PeerKind
{
    /// <summary>The npm <c>ws</c> server (tests/node/ws-peer.mjs), started with node.</summary>
    Node,

    /// <summary>Kestrel's WebSocket middleware, hosted in the test process (<see cref="KestrelPeer"/>).</summary>
    Kestrel,
}
