using System;
using System.Collections.Concurrent;
using System.Threading;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>A SynchronizationContext that runs posted work on one dedicated thread, in order (like a UI thread).</summary>
public sealed class SingleThreadContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> queue = new();
    private readonly Thread thread;

    /// <summary>Starts the thread.</summary>
    public SingleThreadContext()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "test UI thread" };
        thread.Start();
    }

    /// <summary>The context's thread.</summary>
    public int ThreadId => thread.ManagedThreadId;

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state) => queue.Add((d, state));

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

    /// <summary>Runs <paramref name="action"/> on the context's thread and waits (bounded) for it.</summary>
    public T Invoke<T>(Func<T> action)
    {
        T result = default!;
        Exception? error = null;
        using var done = new ManualResetEventSlim();
        Post(_ =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                error = e;
            }
            finally
            {
                done.Set();
            }
        }, null);
        if (!done.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("the context's thread did not run the action within 30 s");
        }

        return error is null ? result : throw new InvalidOperationException("the action failed", error);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        queue.CompleteAdding();
        thread.Join(TimeSpan.FromSeconds(10));
        queue.Dispose();
    }

    private void Run()
    {
        SetSynchronizationContext(this);
        foreach (var (callback, state) in queue.GetConsumingEnumerable())
        {
            callback(state);
        }
    }
}
