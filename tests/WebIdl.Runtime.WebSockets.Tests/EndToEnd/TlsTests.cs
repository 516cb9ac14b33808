using System;
using System.Net.Security;
using System.Net.WebSockets;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets.Tests.Peers;
using Xunit;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>wss: against Kestrel's TLS port, whose certificate is self-signed: validation is on unless the caller overrides it.</summary>
[Collection(PeerCollection.Name)]
public sealed class TlsTests
{
    private readonly PeerServers peers;

    public TlsTests(PeerServers peers) => this.peers = peers;

    [Fact]
    public async Task UntrustedCertificate_FailsTheConnection_ByDefault()
    {
        using var timeout = PeerSockets.Timeout();
        var socket = new WebSocket(peers.Kestrel.TlsUrl("/echo").ToString());
        var recorder = new EventRecorder(socket);
        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.OpenAsync(timeout.Token));
        Assert.Contains("TLS", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "error", "close unclean 1006 " }, recorder.Sequence);
    }

    [Fact]
    public async Task CallerValidation_ThatTrustsThePeersCertificate_Connects()
    {
        using var timeout = PeerSockets.Timeout();
        var expected = peers.Kestrel.Certificate.Thumbprint;
        string? seen = null;
        var options = new WebSocketOptions
        {
            RemoteCertificateValidation = (_, certificate, _, errors) =>
            {
                seen = certificate?.GetCertHashString();
                return errors == SslPolicyErrors.RemoteCertificateChainErrors && seen == expected;
            },
        };
        var socket = new WebSocket(peers.Kestrel.TlsUrl("/echo").ToString(), Array.Empty<string>(), options);
        var recorder = new EventRecorder(socket);
        await socket.OpenAsync(timeout.Token);
        Assert.Equal("wss://127.0.0.1:" + peers.Kestrel.TlsPort + "/echo", socket.Url);
        Assert.Equal(expected, seen);
        socket.Send("over TLS");
        await recorder.MessagesAsync(1);
        var close = await socket.CloseAsync(1000, "tls", timeout.Token);
        Assert.Equal(new[] { "open", "message text over TLS", "close clean 1000 tls" }, recorder.Sequence);
        Assert.True(close.WasClean);
    }
}
