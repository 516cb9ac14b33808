using System;
using System.Linq;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;
using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets;

// Where events run: on the SynchronizationContext captured by the constructor, in order, one at a time.
public class WebSocketContextTests
{
    [Fact]
    public async Task Events_run_on_the_captured_context_thread_in_order()
    {
        using var ui = new SingleThreadContext();
        var peer = new TestPeer();
        (WebSocket socket, EventLog log) = await ui.RunAsync(() =>
        {
            var created = new WebSocket("ws://test.example/", peer.Options);
            return (created, new EventLog(created));
        });
        peer.Release();
        await socket.OpenAsync().WaitAsync(TestPeer.Timeout);
        PeerConnection server = await peer.Accepted;
        for (int i = 0; i < 200; i++)
            await server.SendTextAsync("m" + i);
        await server.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done");
        await log.Closed;

        Assert.Equal(
            new[] { "open@1" }.Concat(Enumerable.Range(0, 200).Select(i => "message:text:m" + i)).Append("close:clean:1000:done@3"),
            log.Entries);
        Assert.All(log.ThreadIds, id => Assert.Equal(ui.ThreadId, id));
        Assert.False(log.SawConcurrentListeners);
    }

    [Fact]
    public async Task No_event_runs_until_the_context_runs_it()
    {
        using var context = new PumpedContext();
        var peer = new TestPeer();
        WebSocket socket = context.Run(() => new WebSocket("ws://test.example/", peer.Options));
        var log = new EventLog(socket);
        peer.Release();
        PeerConnection server = await peer.Accepted;
        await server.SendTextAsync("queued");
        await Task.Delay(50);

        // The connection is established and a message has arrived, but the context has run nothing yet: the
        // open task has not run, so readyState is still CONNECTING, as in a browser whose event loop is busy.
        Assert.Empty(log.Entries);
        Assert.Equal(WebSocket.CONNECTING, socket.ReadyState);

        await context.PumpUntilAsync(() => log.MessageCount == 1);
        Assert.Equal(new[] { "open@1", "message:text:queued" }, log.Entries);
    }

    [Fact]
    public async Task Without_a_context_events_run_inline_on_the_receiving_thread_one_at_a_time()
    {
        var c = await Connected.OpenAsync();
        for (int i = 0; i < 100; i++)
            await c.Server.SendTextAsync("m" + i);
        await c.Log.WaitForMessagesAsync(100);
        Assert.False(c.Log.SawConcurrentListeners);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => "message:text:m" + i), c.Log.Entries.Skip(1));
        Assert.True(c.Log.AllOnThreadPool);
    }
}
