using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets.Tests.EndToEnd;

/// <summary>One event as a listener saw it: its type, the socket's readyState during dispatch, and its fields.</summary>
/// <param name="Type">open, message, error or close.</param>
/// <param name="ReadyState">The socket's readyState while the event was dispatched.</param>
/// <param name="Data">MessageEvent.data (a string, a byte array or a Blob).</param>
/// <param name="WasClean">CloseEvent.wasClean.</param>
/// <param name="Code">CloseEvent.code.</param>
/// <param name="Reason">CloseEvent.reason.</param>
/// <param name="EventClass">The runtime class of the event object.</param>
/// <param name="Origin">MessageEvent.origin.</param>
/// <param name="IsTrusted">Event.isTrusted.</param>
/// <param name="ThreadId">The managed thread the listener ran on.</param>
public sealed record RecordedEvent(string Type, ushort ReadyState, object? Data, bool? WasClean, ushort? Code, string? Reason, string EventClass, string? Origin, bool IsTrusted, int ThreadId)
{
    /// <summary>A compact form for sequence assertions: <c>open</c>, <c>message text hi</c>, <c>message arraybuffer 4</c>,
    /// <c>message blob 4</c>, <c>error</c>, <c>close clean 4001 bye</c>, <c>close unclean 1006 </c>.</summary>
    public override string ToString() => Type switch
    {
        "message" => Data switch
        {
            string text => "message text " + text,
            byte[] bytes => "message arraybuffer " + bytes.Length,
            Blob blob => "message blob " + blob.Size,
            _ => "message ? " + Data?.GetType().Name,
        },
        "close" => $"close {(WasClean == true ? "clean" : "unclean")} {Code} {Reason}",
        _ => Type,
    };
}

/// <summary>
/// Records every open, message, error and close event of a WebSocket, checks that no two are dispatched at once, and
/// lets a test await the open and the close with a bound.
/// </summary>
public sealed class EventRecorder
{
    private readonly WebSocketBase socket;
    private readonly List<RecordedEvent> events = new();
    private readonly TaskCompletionSource<RecordedEvent> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<RecordedEvent> settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int dispatching;
    private int overlaps;
    private int messages;
    private TaskCompletionSource? messageWaiter;
    private int messageTarget;

    /// <summary>Starts recording (attach before the socket can fire anything, i.e. right after constructing it).</summary>
    public EventRecorder(WebSocketBase socket)
    {
        this.socket = socket;
        foreach (var type in new[] { "open", "message", "error", "close" })
        {
            socket.AddEventListener(type, OnEvent);
        }

        // Still CONNECTING once every listener is in place: no open, error or close can have fired unseen.
        AttachedInTime = socket.ReadyState == WebSocketBase.CONNECTING;
    }

    /// <summary>
    /// Whether the socket was still CONNECTING when the listeners were in place, so that no event was missed. Without a
    /// SynchronizationContext the runtime dispatches on its receive thread, which can fire <c>open</c> before the code
    /// that constructed the socket adds its listeners (seen with a cold JIT against a loopback peer).
    /// </summary>
    public bool AttachedInTime { get; }

    /// <summary>The events so far, in dispatch order.</summary>
    public IReadOnlyList<RecordedEvent> Events
    {
        get
        {
            lock (events)
            {
                return events.ToArray();
            }
        }
    }

    /// <summary>The events so far as their compact strings.</summary>
    public string[] Sequence => Events.Select(e => e.ToString()).ToArray();

    /// <summary>The message events so far.</summary>
    public RecordedEvent[] Messages => Events.Where(e => e.Type == "message").ToArray();

    /// <summary>How many times a listener was entered while another was still running (must stay 0).</summary>
    public int Overlaps => Volatile.Read(ref overlaps);

    /// <summary>Waits (bounded) for the open or the close event, whichever comes first; returns it.</summary>
    public Task<RecordedEvent> OpenedOrClosedAsync(TimeSpan? timeout = null) =>
        BoundedAsync(settled.Task, timeout, "the open or close event");

    /// <summary>Waits (bounded) for the close event; returns it.</summary>
    public Task<RecordedEvent> ClosedAsync(TimeSpan? timeout = null) =>
        BoundedAsync(closed.Task, timeout, "the close event");

    /// <summary>Waits (bounded) until at least <paramref name="count"/> message events arrived (or the socket closed).</summary>
    public Task MessagesAsync(int count, TimeSpan? timeout = null)
    {
        Task wait;
        lock (events)
        {
            if (messages >= count || closed.Task.IsCompleted)
            {
                return Task.CompletedTask;
            }

            messageTarget = count;
            messageWaiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            wait = messageWaiter.Task;
        }

        return BoundedAsync(wait.ContinueWith(static _ => true, TaskScheduler.Default), timeout, count + " messages");
    }

    // The bound of every wait: generous, because CI runs this project next to CPU-heavy ones (10,000 messages take
    // 1 s alone and up to 8 s under that load), and a timeout says how far the socket got.
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private async Task<T> BoundedAsync<T>(Task<T> task, TimeSpan? timeout, string what)
    {
        var limit = timeout ?? DefaultTimeout;
        try
        {
            return await task.WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            int count;
            string last;
            lock (events)
            {
                count = messages;
                last = string.Join(", ", events.Skip(Math.Max(0, events.Count - 3)).Select(e => e.ToString()));
            }

            throw new TimeoutException($"no {what} within {limit.TotalSeconds:0} s: {count} messages so far; last events: {last}");
        }
    }

    private void OnEvent(Event @event)
    {
        if (Interlocked.Increment(ref dispatching) != 1)
        {
            Interlocked.Increment(ref overlaps);
        }

        try
        {
            var record = new RecordedEvent(
                @event.Type,
                socket.ReadyState,
                (@event as MessageEventBase)?.Data,
                (@event as CloseEventBase)?.WasClean,
                (@event as CloseEventBase)?.Code,
                (@event as CloseEventBase)?.Reason,
                @event.GetType().Name,
                (@event as MessageEventBase)?.Origin,
                @event.IsTrusted,
                Environment.CurrentManagedThreadId);
            TaskCompletionSource? release = null;
            lock (events)
            {
                events.Add(record);
                if (record.Type == "message" && ++messages >= messageTarget && messageWaiter != null)
                {
                    release = messageWaiter;
                    messageWaiter = null;
                }

                if (record.Type == "close" && messageWaiter != null)
                {
                    release = messageWaiter;
                    messageWaiter = null;
                }
            }

            release?.TrySetResult();
            if (record.Type is "open" or "close")
            {
                settled.TrySetResult(record);
            }

            if (record.Type == "close")
            {
                closed.TrySetResult(record);
            }
        }
        finally
        {
            Interlocked.Decrement(ref dispatching);
        }
    }
}
