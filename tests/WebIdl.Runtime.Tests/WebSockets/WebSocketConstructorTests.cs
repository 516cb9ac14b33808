using System;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets;

// The constructor's URL and subprotocol rules (https://websockets.spec.whatwg.org/#dom-websocket-websocket).
public class WebSocketConstructorTests
{
    private static readonly WebSocketOptions Hanging = new TestPeer { Hang = true }.Options;

    [Theory]
    [InlineData("ws://example.com", "ws://example.com/")]
    [InlineData("ws://Example.COM/Path", "ws://example.com/Path")]
    [InlineData("ws://example.com:80/a?b=c", "ws://example.com/a?b=c")]
    [InlineData("wss://example.com:443", "wss://example.com/")]
    [InlineData("wss://example.com:8443/x", "wss://example.com:8443/x")]
    [InlineData("http://example.com:80/x", "ws://example.com/x")]
    [InlineData("https://example.com:443", "wss://example.com/")]
    [InlineData("http://example.com:443", "ws://example.com:443/")]
    [InlineData("https://example.com:80", "wss://example.com:80/")]
    [InlineData("WS://example.com?q", "ws://example.com/?q")]
    [InlineData("ws://[::1]:9000", "ws://[::1]:9000/")]
    [InlineData("ws://127.0.0.1:8080/chat room", "ws://127.0.0.1:8080/chat%20room")]
    [InlineData("ws://bücher.example/", "ws://xn--bcher-kva.example/")]
    public void The_url_is_parsed_and_normalised(string input, string expected)
    {
        var socket = new WebSocket(input, Hanging);
        try
        {
            Assert.Equal(expected, socket.Url);
            Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);
        }
        finally
        {
            socket.Close();
        }
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("/relative/path")]
    [InlineData("relative")]
    [InlineData("//example.com/")]
    [InlineData("")]
    [InlineData("ws://example.com/#")]
    [InlineData("ws://example.com/#fragment")]
    [InlineData("wss://example.com/path?q#f")]
    [InlineData("ws://example.com:99999/")]
    public void Bad_urls_are_a_SyntaxError(string input)
    {
        var error = Assert.Throws<DOMException>(() => new WebSocket(input, Hanging));
        Assert.Equal("SyntaxError", error.Name);
        Assert.Equal(DOMException.SYNTAX_ERR, error.Code);
    }

    [Theory]
    [InlineData("chat|CHAT")]
    [InlineData("a|b|a")]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("a,b")]
    [InlineData("semi;colon")]
    [InlineData("quote\"")]
    [InlineData("caf\u00e9")]
    [InlineData("tab\t")]
    public void Bad_subprotocols_are_a_SyntaxError(string joined)
    {
        string[] protocols = joined.Split('|');
        var error = Assert.Throws<DOMException>(() => new WebSocket("ws://example.com/", protocols, Hanging));
        Assert.Equal("SyntaxError", error.Name);
    }

    [Fact]
    public void A_single_empty_subprotocol_string_is_a_SyntaxError()
    {
        var error = Assert.Throws<DOMException>(() => new WebSocket("ws://example.com/", ""));
        Assert.Equal("SyntaxError", error.Name);
    }

    [Fact]
    public void Token_subprotocols_are_offered_in_order()
    {
        var socket = new WebSocket("ws://example.com/", new[] { "v2.chat", "x-Custom_1!#$%&'*+-.^`|~" }, Hanging);
        try
        {
            Assert.Equal(new[] { "v2.chat", "x-Custom_1!#$%&'*+-.^`|~" }, socket.RequestedProtocols);
            Assert.Equal("", socket.Protocol);
            Assert.Equal("", socket.Extensions);
        }
        finally
        {
            socket.Close();
        }
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new WebSocket(null!));
        Assert.Throws<ArgumentNullException>(() => new WebSocket("ws://example.com/", (string)null!));
        Assert.Throws<ArgumentNullException>(() => new WebSocket("ws://example.com/", new[] { "a", null! }, Hanging));
    }

    [Fact]
    public void The_initial_state_is_connecting_with_blob_binary_type_and_nothing_buffered()
    {
        var socket = new WebSocket("ws://example.com/", Hanging);
        try
        {
            Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);
            Assert.Equal(BinaryType.Blob, socket.BinaryType);
            Assert.Equal(0UL, socket.BufferedAmount);
        }
        finally
        {
            socket.Close();
        }
    }

    [Fact]
    public void BinaryType_ignores_values_outside_the_enum()
    {
        var socket = new WebSocket("ws://example.com/", Hanging);
        try
        {
            socket.BinaryType = BinaryType.Arraybuffer;
            socket.BinaryType = (BinaryType)42;
            Assert.Equal(BinaryType.Arraybuffer, socket.BinaryType);
            socket.BinaryType = BinaryType.Blob;
            Assert.Equal(BinaryType.Blob, socket.BinaryType);
        }
        finally
        {
            socket.Close();
        }
    }

    [Fact]
    public async Task The_generated_stub_Create_makes_a_runtime_WebSocket()
    {
        // Nothing listens on 127.0.0.1:1: the connection is refused, and the standard's events follow. The socket is
        // made under a context the test pumps, so its events cannot run before the listeners are added.
        using var context = new PumpedContext();
        IWebSocket created = context.Run(() => WebSocketBase.Create("http://127.0.0.1:1/x", new[] { "chat" }));
        var socket = Assert.IsType<WebSocket>(created);
        var log = new EventLog(socket);
        Assert.Equal("ws://127.0.0.1:1/x", socket.Url);
        Assert.Equal(new[] { "chat" }, socket.RequestedProtocols);

        await context.PumpUntilAsync(() => socket.ReadyState == WebSocket.CLOSED);
        CloseEvent close = await log.Closed;
        Assert.False(close.WasClean);
        Assert.Equal(1006, close.Code);
        Assert.Equal(new[] { "error@3", "close:unclean:1006:@3" }, log.Entries);
    }
}
