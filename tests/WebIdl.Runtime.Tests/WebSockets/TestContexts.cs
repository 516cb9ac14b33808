using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.Tests.WebSockets;

// A SynchronizationContext that only queues: the test pumps it, so it sees exactly when posted work runs.
internal sealed class PumpedContext : SynchronizationContext, IDisposable
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();

    public int Posted;

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref Posted);
        _queue.Enqueue((d, state));
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

    public T Run<T>(Func<T> action)
    {
        SynchronizationContext? previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return action();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public void PumpOnce()
    {
        Run(() =>
        {
            while (_queue.TryDequeue(out var work))
                work.Callback(work.State);
            return 0;
        });
    }

    public async Task PumpUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TestPeer.Timeout);
        while (true)
        {
            PumpOnce();
            if (condition())
                return;
            await Task.Delay(2, timeout.Token).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _queue.Clear();
    }
}

// A SynchronizationContext with one dedicated thread, like a UI thread.
internal sealed class SingleThreadContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Thread _thread;

    public SingleThreadContext()
    {
        _thread = new Thread(() =>
        {
            SetSynchronizationContext(this);
            foreach (var work in _queue.GetConsumingEnumerable())
                work.Callback(work.State);
        })
        { IsBackground = true, Name = "test UI thread" };
        _thread.Start();
    }

    public int ThreadId => _thread.ManagedThreadId;

    public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

    public Task<T> RunAsync<T>(Func<T> action)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(_ =>
        {
            try
            {
                result.SetResult(action());
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        }, null);
        return result.Task;
    }

    public void Dispose() => _queue.CompleteAdding();
}
