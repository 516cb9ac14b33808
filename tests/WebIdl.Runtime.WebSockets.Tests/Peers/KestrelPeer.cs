using System;
using System.Linq;
using System.Net;
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
/// it (<c>DangerousEnableCompression</c>), except with <c>?deflate=0</c>.
/// </summary>
public sealed class KestrelPeer : IWebSocketPeer, IAsyncDisposable
{
    private readonly WebApplication app;

    private KestrelPeer(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    /// <inheritdoc />
    public PeerKind Kind => PeerKind.Kestrel;

    /// <inheritdoc />
    public int Port { get; }

    /// <inheritdoc />
    public Uri Url(string pathAndQuery) => new("ws://127.0.0.1:" + Port + pathAndQuery);

    /// <summary>Starts the server and waits until it listens.</summary>
    public static async Task<KestrelPeer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(KestrelPeerModes.HandleAsync);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new KestrelPeer(app, new Uri(address).Port);
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
    }
}
