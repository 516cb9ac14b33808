using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

public class OptionsTests
{
    [Fact]
    public void The_defaults()
    {
        WebSocketOptions options = WebSocketOptions.Default;

        Assert.Null(options.Transport);
        Assert.Null(options.RequestHeaders);
        Assert.True(options.Compression);
        Assert.Equal(TimeSpan.FromSeconds(30), options.KeepAliveInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.KeepAliveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.HandshakeTimeout);
        Assert.Null(options.RemoteCertificateValidation);
        Assert.Null(options.ClientCertificates);
    }

    [Theory]
    [InlineData("Host")]
    [InlineData("upgrade")]
    [InlineData("CONNECTION")]
    [InlineData("Sec-WebSocket-Key")]
    [InlineData("sec-websocket-protocol")]
    [InlineData("Sec-WebSocket-Extensions")]
    [InlineData("Sec-WebSocket-Version")]
    [InlineData("Sec-WebSocket-Anything")]
    public void Handshake_headers_are_reserved(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new WebSocketOptions { RequestHeaders = new Dictionary<string, string> { [name] = "x" } });

        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad Name", "x")]
    [InlineData("", "x")]
    [InlineData("X-Colon:", "x")]
    [InlineData("X-Injection", "a\r\nHost: evil")]
    [InlineData("X-Newline", "a\nb")]
    [InlineData("X-Nul", "a\0b")]
    public void Header_names_must_be_tokens_and_values_single_lines(string name, string value)
    {
        Assert.Throws<ArgumentException>(() => new WebSocketOptions { RequestHeaders = new Dictionary<string, string> { [name] = value } });
    }

    [Fact]
    public void Header_names_differing_only_in_case_are_duplicates()
    {
        Assert.Throws<ArgumentException>(() => new WebSocketOptions
        {
            RequestHeaders = new Dictionary<string, string>(StringComparer.Ordinal) { ["X-A"] = "1", ["x-a"] = "2" },
        });
    }

    [Fact]
    public void Headers_are_copied()
    {
        var headers = new Dictionary<string, string> { ["Origin"] = "http://a.test" };
        var options = new WebSocketOptions { RequestHeaders = headers };
        headers["Origin"] = "http://changed.test";

        Assert.Equal("http://a.test", options.RequestHeaders!["origin"]);
    }

    [Fact]
    public void Negative_times_are_refused_but_infinite_is_allowed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketOptions { KeepAliveTimeout = TimeSpan.FromSeconds(-2) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketOptions { HandshakeTimeout = TimeSpan.Zero });
        var infinite = new WebSocketOptions
        {
            KeepAliveInterval = Timeout.InfiniteTimeSpan,
            KeepAliveTimeout = Timeout.InfiniteTimeSpan,
            HandshakeTimeout = Timeout.InfiniteTimeSpan,
        };
        Assert.Equal(Timeout.InfiniteTimeSpan, infinite.HandshakeTimeout);
    }
}

public class DeflateNegotiationTests
{
    [Theory]
    [InlineData("permessage-deflate", 15, true, 15, true)]
    [InlineData("Permessage-Deflate", 15, true, 15, true)]
    [InlineData("permessage-deflate; server_no_context_takeover", 15, true, 15, false)]
    [InlineData("permessage-deflate; client_no_context_takeover; server_no_context_takeover", 15, false, 15, false)]
    [InlineData("permessage-deflate; client_max_window_bits=10", 10, true, 15, true)]
    [InlineData("permessage-deflate; client_max_window_bits=\"12\"", 12, true, 15, true)]
    [InlineData("permessage-deflate;server_max_window_bits=9 ; client_max_window_bits = 15", 15, true, 9, true)]
    [InlineData("permessage-deflate; server_max_window_bits=8", 15, true, 9, true)]
    public void Accepted_parameters_become_deflate_options(string response, int clientBits, bool clientTakeover, int serverBits, bool serverTakeover)
    {
        Assert.Null(DeflateNegotiation.TryParse(response, out WebSocketDeflateOptions? options));

        Assert.NotNull(options);
        Assert.Equal(clientBits, options.ClientMaxWindowBits);
        Assert.Equal(clientTakeover, options.ClientContextTakeover);
        Assert.Equal(serverBits, options.ServerMaxWindowBits);
        Assert.Equal(serverTakeover, options.ServerContextTakeover);
    }

    [Theory]
    [InlineData("permessage-deflate; client_max_window_bits", "8 to 15")]
    [InlineData("permessage-deflate; client_max_window_bits=16", "8 to 15")]
    [InlineData("permessage-deflate; server_max_window_bits=07", "8 to 15")]
    [InlineData("permessage-deflate; server_max_window_bits=abc", "8 to 15")]
    [InlineData("permessage-deflate; client_max_window_bits=8", "not supported")]
    [InlineData("permessage-deflate; server_no_context_takeover=1", "must not have a value")]
    [InlineData("permessage-deflate; server_no_context_takeover; server_no_context_takeover", "repeats")]
    [InlineData("permessage-deflate; client_max_window_bits=10; client_max_window_bits=11", "repeats")]
    [InlineData("permessage-deflate; x=1", "unknown parameter")]
    [InlineData("permessage-deflate, permessage-deflate", "more than one")]
    [InlineData("x-webkit-deflate-frame", "not offered")]
    public void Anything_else_is_refused_with_a_reason(string response, string reason)
    {
        string? error = DeflateNegotiation.TryParse(response, out WebSocketDeflateOptions? options);

        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Null(options);
    }
}
