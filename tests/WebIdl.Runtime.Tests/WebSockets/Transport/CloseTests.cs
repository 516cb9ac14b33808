using System;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets.Transport;

/// <summary>The close semantics the frame-aware stream fixes, checked on the raw bytes the server receives.</summary>
public class CloseTests
{
    [Fact]
    public async Task A_close_without_a_code_puts_an_empty_masked_Close_frame_on_the_wire_never_1005()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Client.SendCloseAsync(null, "ignored without a code", TestPeer.Timeout());
        RawFrame frame = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal(0x8, frame.Opcode);
        Assert.True(frame.Fin);
        Assert.True(frame.Masked);
        Assert.Empty(frame.Payload);
    }

    [Theory]
    [InlineData(1000, "")]
    [InlineData(1001, "going away")]
    [InlineData(4001, "bye \u00E9")]
    [InlineData(3000, "")]
    public async Task A_close_with_a_code_sends_the_code_and_the_UTF8_reason(int code, string reason)
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Client.SendCloseAsync((ushort)code, reason, TestPeer.Timeout());
        RawFrame frame = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal(0x8, frame.Opcode);
        Assert.True(frame.Masked);
        Assert.Equal([(byte)(code >> 8), (byte)code, .. Encoding.UTF8.GetBytes(reason)], frame.Payload);
    }

    [Fact]
    public async Task A_reason_over_123_bytes_is_refused_and_sends_nothing()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        Assert.Throws<ArgumentException>(() => pair.Client.SendCloseAsync(1000, new string('\u00E9', 62), TestPeer.Timeout()));
        await pair.Client.SendCloseAsync(4000, new string('a', 123), TestPeer.Timeout());
        RawFrame frame = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal(125, frame.Payload.Length);
    }

    [Fact]
    public async Task Only_the_first_close_is_sent()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Client.SendCloseAsync(4000, "first", TestPeer.Timeout());
        await pair.Client.SendCloseAsync(4001, "second", TestPeer.Timeout());
        await pair.Client.SendCloseAsync(null, "", TestPeer.Timeout());
        RawFrame frame = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        await pair.Server.WriteAsync(TestPeer.Frame(0x8, []), TestPeer.Timeout());
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await pair.Client.WaitForTcpCloseAsync(TimeSpan.FromMilliseconds(100));

        Assert.Equal("first", Encoding.UTF8.GetString(frame.Payload.AsSpan(2)));
        Assert.Equal(WebSocketMessageKind.Close, close.Kind);
        Assert.True(await TestPeer.EndsWithinAsync(pair.Server, TestPeer.Bound), "nothing after the first Close");
    }

    [Fact]
    public async Task A_peers_empty_Close_is_reported_without_a_code_and_answering_it_without_a_code_sends_an_empty_Close()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.Frame(0x8, []), TestPeer.Timeout());
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await pair.Client.SendCloseAsync(close.Code, "", TestPeer.Timeout());
        RawFrame answer = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal(WebSocketMessageKind.Close, close.Kind);
        Assert.Null(close.Code);
        Assert.Equal("", close.Reason);
        Assert.Equal(0x8, answer.Opcode);
        Assert.Empty(answer.Payload);
    }

    [Theory]
    [InlineData(1000, "")]
    [InlineData(1000, "done")]
    [InlineData(4002, "bye \u00E9")]
    [InlineData(1011, "")]
    public async Task A_peers_Close_code_and_reason_are_reported_and_can_be_echoed(int code, string reason)
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.CloseFrame((ushort)code, reason), TestPeer.Timeout());
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await pair.Client.SendCloseAsync(close.Code, "", TestPeer.Timeout());
        RawFrame answer = await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());

        Assert.Equal((ushort)code, close.Code);
        Assert.Equal(reason, close.Reason);
        Assert.Equal(new[] { (byte)(code >> 8), (byte)code }, answer.Payload);
    }

    [Fact]
    public async Task A_peers_Close_split_across_reads_is_still_seen_with_its_code()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        foreach (byte b in TestPeer.CloseFrame(4003, "slow"))
        {
            await pair.Server.WriteAsync(new[] { b }, TestPeer.Timeout());
            await Task.Delay(2);
        }

        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());

        Assert.Equal((ushort)4003, close.Code);
        Assert.Equal("slow", close.Reason);
    }

    [Fact]
    public async Task Nothing_is_sent_by_itself_when_the_peers_Close_arrives_so_queued_messages_can_go_first()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.CloseFrame(1000, "bye"), TestPeer.Timeout());
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await pair.Client.SendAsync("last words"u8.ToArray(), text: true, TestPeer.Timeout());
        await pair.Client.SendCloseAsync(close.Code, "", TestPeer.Timeout());

        Assert.Equal("last words", Encoding.UTF8.GetString((await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout())).Payload));
        Assert.Equal(0x8, (await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout())).Opcode);
    }

    [Fact]
    public async Task Answering_the_peers_Close_completes_when_the_frame_is_written_not_when_TCP_closes()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.Frame(0x8, []), TestPeer.Timeout());
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        var clock = Stopwatch.StartNew();
        await pair.Client.SendCloseAsync(null, "", TestPeer.Timeout());

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"the answer took {clock.Elapsed}");
        Assert.Equal(0x8, (await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout())).Opcode);
    }

    [Fact]
    public async Task After_a_client_initiated_close_handshake_the_server_closing_TCP_ends_the_wait_at_once()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Client.SendCloseAsync(1000, "bye", TestPeer.Timeout());
        await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        await pair.Server.WriteAsync(TestPeer.CloseFrame(1000, "ok"), TestPeer.Timeout());
        pair.Server.Dispose();
        WebSocketMessage close = await pair.Client.ReceiveAsync(TestPeer.Timeout());
        var clock = Stopwatch.StartNew();
        await pair.Client.WaitForTcpCloseAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((ushort)1000, close.Code);
        Assert.Equal("ok", close.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"waited {clock.Elapsed}");
    }

    [Fact]
    public async Task After_a_server_initiated_close_the_client_waits_for_the_server_to_close_TCP_first()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.CloseFrame(1001, "restart"), TestPeer.Timeout());
        await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await pair.Client.SendCloseAsync(1001, "", TestPeer.Timeout());
        await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        Task waiting = pair.Client.WaitForTcpCloseAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted, "the client must not close TCP first");
        pair.Server.Dispose();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task When_the_server_keeps_TCP_open_the_client_closes_it_after_the_timeout()
    {
        await using InMemoryPair pair = await InMemoryPair.RawAsync();

        await pair.Server.WriteAsync(TestPeer.Frame(0x8, []), TestPeer.Timeout());
        await pair.Client.ReceiveAsync(TestPeer.Timeout());
        await pair.Client.SendCloseAsync(null, "", TestPeer.Timeout());
        await TestPeer.ReadFrameAsync(pair.Server, TestPeer.Timeout());
        var clock = Stopwatch.StartNew();
        await pair.Client.WaitForTcpCloseAsync(TimeSpan.FromMilliseconds(300)).WaitAsync(TestPeer.Bound);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        Assert.True(await TestPeer.EndsWithinAsync(pair.Server, TimeSpan.FromSeconds(5)), "the client closed its end");
    }
}
