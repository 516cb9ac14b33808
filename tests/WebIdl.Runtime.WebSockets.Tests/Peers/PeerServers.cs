using System;
using System.Threading.Tasks;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>
/// Both peers, started once per test run for every test class in the <see cref="PeerCollection"/> collection
/// (started together; disposed at the end of the run, which also ends the node process).
/// </summary>
public sealed class PeerServers : IAsyncLifetime
{
    private NodeWsPeer? node;
    private KestrelPeer? kestrel;

    /// <summary>The peer of the given kind.</summary>
    public IWebSocketPeer Get(PeerKind kind) => kind switch
    {
        PeerKind.Node => node ?? throw new InvalidOperationException("not started"),
        PeerKind.Kestrel => kestrel ?? throw new InvalidOperationException("not started"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The ws: URL of a mode on the given peer.</summary>
    public Uri Url(PeerKind kind, string pathAndQuery) => Get(kind).Url(pathAndQuery);

    /// <summary>What the node peer wrote to stderr (for failure messages).</summary>
    public string NodeErrors => node?.Errors ?? "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var startNode = NodeWsPeer.StartAsync();
        var startKestrel = KestrelPeer.StartAsync();
        try
        {
            node = await startNode;
            kestrel = await startKestrel;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (node != null)
        {
            await node.DisposeAsync();
        }

        if (kestrel != null)
        {
            await kestrel.DisposeAsync();
        }
    }
}

/// <summary>The test collection that shares <see cref="PeerServers"/>; put <c>[Collection(PeerCollection.Name)]</c> on a class and take
/// <see cref="PeerServers"/> in its constructor.</summary>
[CollectionDefinition(Name)]
public sealed class PeerCollection : ICollectionFixture<PeerServers>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Peers";
}

/// <summary>Theory data: every peer kind.</summary>
public static class PeerKinds
{
    /// <summary>Node and Kestrel.</summary>
    public static TheoryData<PeerKind> All => new() { PeerKind.Node, PeerKind.Kestrel };
}
