using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime.WebSockets;

namespace WebIdl.Runtime.Tests.WebSockets;

// Records a socket's open, message, error and close events as short strings, checking that no two listeners ever
// run at once and noting the readyState each event saw.
internal sealed class EventLog
{
    private readonly List<string> _entries = new();
    private readonly TaskCompletionSource<CloseEvent> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _messages;

    public EventLog(WebSocket socket)
    {
        Socket = socket;
        socket.AddEventListener("open", e => Record(e, $"open@{socket.ReadyState}"));
        socket.AddEventListener("message", e => Record(e, "message:" + Describe(((MessageEvent)e).Data)));
        socket.AddEventListener("error", e => Record(e, $"error@{socket.ReadyState}"));
        socket.AddEventListener("close", e =>
        {
            var close = (CloseEvent)e;
            Record(e, $"close:{(close.WasClean ? "clean" : "unclean")}:{close.Code}:{close.Reason}@{socket.ReadyState}");
            _closed.TrySetResult(close);
        });
    }

    public WebSocket Socket { get; }

    public bool SawConcurrentListeners { get; private set; }

    public List<int> ThreadIds { get; } = new();

    // True while every listener so far ran on a thread-pool thread.
    public bool AllOnThreadPool { get; private set; } = true;

    public string[] Entries
    {
        get
        {
            lock (_entries)
                return _entries.ToArray();
        }
    }

    public int MessageCount => Volatile.Read(ref _messages);

    public Task<CloseEvent> Closed => _closed.Task.WaitAsync(TestPeer.Timeout);

    public static string Describe(object? data) => data switch
    {
        string text => "text:" + text,
        Blob blob => "blob:" + Convert.ToHexString(blob.AsSpan()),
        byte[] bytes => "bytes:" + Convert.ToHexString(bytes),
        _ => "other:" + data?.GetType().Name,
    };

    public async Task WaitForMessagesAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TestPeer.Timeout);
        while (MessageCount < count)
            await Task.Delay(5, timeout.Token);
    }

    private void Record(Event e, string entry)
    {
        if (Interlocked.Increment(ref _inside) != 1)
            SawConcurrentListeners = true;
        Thread.Sleep(0);
        if (!Thread.CurrentThread.IsThreadPoolThread)
            AllOnThreadPool = false;
        lock (_entries)
        {
            _entries.Add(entry);
            ThreadIds.Add(Environment.CurrentManagedThreadId);
        }

        if (e.Type == "message")
            Interlocked.Increment(ref _messages);
        Interlocked.Decrement(ref _inside);
    }
}

internal static class Wait
{
    // Polls until the condition holds (bounded).
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TestPeer.Timeout);
        while (!condition())
        {
            try
            {
                await Task.Delay(2, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("timed out waiting until " + what);
            }
        }
    }
}
