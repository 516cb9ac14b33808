using System;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets;

// close() and send() argument and state rules that need no open connection.
public class WebSocketArgumentTests
{
    private static WebSocket Connecting() => new("ws://example.com/", new TestPeer { Hang = true }.Options);

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(1001)]
    [InlineData(1005)]
    [InlineData(1006)]
    [InlineData(2999)]
    [InlineData(5000)]
    [InlineData(65535)]
    [InlineData(70000)] // [Clamp]ed to 65535 by the stub, then refused
    public void Close_codes_other_than_1000_and_3000_to_4999_are_an_InvalidAccessError(long code)
    {
        var socket = Connecting();
        try
        {
            var error = Assert.Throws<DOMException>(() => socket.Close(code));
            Assert.Equal("InvalidAccessError", error.Name);
            Assert.Equal(DOMException.INVALID_ACCESS_ERR, error.Code);
            Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);
        }
        finally
        {
            socket.Close();
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(3000)]
    [InlineData(4999)]
    public void Close_codes_1000_and_3000_to_4999_are_accepted(long code)
    {
        var socket = Connecting();
        socket.Close(code, "fine");
        Assert.Equal(WebSocket.CLOSING, socket.ReadyState);
    }

    [Fact]
    public void A_close_reason_over_123_UTF8_bytes_is_a_SyntaxError()
    {
        var socket = Connecting();
        try
        {
            Assert.Equal("SyntaxError", Assert.Throws<DOMException>(() => socket.Close(1000, new string('a', 124))).Name);
            // 62 two-byte characters: 124 bytes although only 62 UTF-16 code units.
            Assert.Equal("SyntaxError", Assert.Throws<DOMException>(() => socket.Close(1000, new string('\u00e9', 62))).Name);
            // A lone surrogate becomes U+FFFD (3 bytes) first: 41 of them are 123 bytes, 42 are 126.
            Assert.Equal("SyntaxError", Assert.Throws<DOMException>(() => socket.Close(1000, new string('\ud800', 42))).Name);
            Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);
            socket.Close(1000, new string('\ud800', 41));
            Assert.Equal(WebSocket.CLOSING, socket.ReadyState);
        }
        finally
        {
            socket.Close();
        }
    }

    [Fact]
    public void Send_while_connecting_is_an_InvalidStateError_and_counts_nothing()
    {
        var socket = Connecting();
        try
        {
            Assert.Equal("InvalidStateError", Assert.Throws<DOMException>(() => socket.Send("text")).Name);
            Assert.Equal("InvalidStateError", Assert.Throws<DOMException>(() => socket.Send(new byte[3].AsMemory())).Name);
            Assert.Equal("InvalidStateError", Assert.Throws<DOMException>(() => socket.Send(Blob.FromBytes(new byte[3]))).Name);
            Assert.Equal(DOMException.INVALID_STATE_ERR, Assert.Throws<DOMException>(() => socket.Send("x")).Code);
            Assert.Equal(0UL, socket.BufferedAmount);
        }
        finally
        {
            socket.Close();
        }
    }

    [Fact]
    public async Task Close_while_connecting_fails_the_connection_error_then_close_1006()
    {
        var socket = Connecting();
        var log = new EventLog(socket);

        socket.Close(1000, "never mind");
        Assert.Equal(WebSocket.CLOSING, socket.ReadyState);
        socket.Close(); // repeated closes do nothing
        socket.Close(3000);

        CloseEvent close = await log.Closed;
        Assert.False(close.WasClean);
        Assert.Equal(1006, close.Code);
        Assert.Equal("", close.Reason);
        Assert.Equal(new[] { "error@3", "close:unclean:1006:@3" }, log.Entries);
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
        Assert.Equal("", socket.Protocol);
    }

    [Fact]
    public async Task After_close_sends_are_discarded_and_bufferedAmount_keeps_growing()
    {
        var socket = Connecting();
        var log = new EventLog(socket);
        socket.Close();
        await log.Closed;

        socket.Send("h\u00e9"); // 3 bytes in UTF-8
        socket.Send(new byte[5].AsMemory());
        socket.Send(Blob.FromBytes(new byte[7]));
        socket.Send("\ud800"); // a lone surrogate is U+FFFD: 3 bytes
        Assert.Equal(18UL, socket.BufferedAmount);
        socket.Close(); // still a no-op
        Assert.Equal(WebSocket.CLOSED, socket.ReadyState);
    }
}
