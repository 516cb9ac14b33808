using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// The default transport: a TCP connection (Nagle off, so small messages leave at once), wrapped in TLS for
/// <c>wss:</c> with the platform's certificate validation unless <see cref="WebSocketOptions.RemoteCertificateValidation"/>
/// says otherwise.
/// </summary>
internal sealed class TcpWebSocketTransport : IWebSocketTransport
{
    /// <summary>The one instance (the transport is stateless).</summary>
    public static TcpWebSocketTransport Instance { get; } = new();

    /// <inheritdoc/>
    public async ValueTask<Stream> ConnectAsync(Uri url, WebSocketOptions options, CancellationToken cancellationToken)
    {
        // IdnHost: punycode for international names, IPv6 literals without brackets (what DNS and sockets want).
        string host = url.IdnHost;
        int port = url.Port < 0 ? HandshakeRequest.DefaultPort(url) : url.Port;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (!string.Equals(url.Scheme, "wss", StringComparison.OrdinalIgnoreCase))
            {
                return stream;
            }

            var tls = new SslStream(stream, leaveInnerStreamOpen: false);
            stream = tls;
            await tls.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = host,
                    RemoteCertificateValidationCallback = options.RemoteCertificateValidation,
                    ClientCertificates = options.ClientCertificates,
                    ApplicationProtocols = [SslApplicationProtocol.Http11],
                },
                cancellationToken).ConfigureAwait(false);
            return tls;
        }
        catch
        {
            if (stream is null)
            {
                socket.Dispose();
            }
            else
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }
}
