using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>
/// Kestrel with <c>app.UseWebSockets()</c> on 127.0.0.1 (port chosen by the system), serving the same modes as
/// tests/node/ws-peer.mjs (see <see cref="KestrelPeerModes"/>). permessage-deflate is accepted when the client offers
/// it (<c>DangerousEnableCompression</c>), except with <c>?deflate=0</c>. A second port serves the same modes over TLS
/// with a self-signed certificate made for the run (<see cref="TlsUrl"/>).
/// </summary>
public sealed class KestrelPeer : IWebSocketPeer, IAsyncDisposable
{
    private readonly WebApplication app;

    private KestrelPeer(WebApplication app, int port, int tlsPort, X509Certificate2 certificate)
    {
        this.app = app;
        Port = port;
        TlsPort = tlsPort;
        Certificate = certificate;
    }

    /// <inheritdoc />
    public PeerKind Kind => PeerKind.Kestrel;

    /// <inheritdoc />
    public int Port { get; }

    /// <summary>The TLS port (the same modes over wss:, with <see cref="Certificate"/>).</summary>
    public int TlsPort { get; }

    /// <summary>The self-signed certificate the TLS port presents (no system trusts it).</summary>
    public X509Certificate2 Certificate { get; }

    /// <inheritdoc />
    public Uri Url(string pathAndQuery) => new("ws://127.0.0.1:" + Port + pathAndQuery);

    /// <summary>The wss: URL for a path and query on the TLS port.</summary>
    public Uri TlsUrl(string pathAndQuery) => new("wss://127.0.0.1:" + TlsPort + pathAndQuery);

    /// <summary>Starts the server and waits until it listens.</summary>
    public static async Task<KestrelPeer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = TestCertificate.Create();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(KestrelPeerModes.HandleAsync);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Select(a => new Uri(a)).ToArray();
        return new KestrelPeer(app, addresses.Single(a => a.Scheme == "http").Port, addresses.Single(a => a.Scheme == "https").Port, certificate);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Connections still open are cut.
        }

        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
