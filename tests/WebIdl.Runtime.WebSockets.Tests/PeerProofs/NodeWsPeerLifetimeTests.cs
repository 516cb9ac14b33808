using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.PeerProofs;

/// <summary>The node peer leaves nothing behind: closing its stdin ends it, and its port closes.</summary>
public sealed class NodeWsPeerLifetimeTests
{
    [Fact]
    public async Task Dispose_EndsNodeThroughStdin_AndThePortCloses()
    {
        var peer = await NodeWsPeer.StartAsync();
        using (var tcp = new TcpClient())
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await tcp.ConnectAsync("127.0.0.1", peer.Port, timeout.Token);
        }

        await peer.DisposeAsync();
        Assert.True(peer.ExitedOnStdinClose);
        using var after = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => after.ConnectAsync("127.0.0.1", peer.Port).WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
