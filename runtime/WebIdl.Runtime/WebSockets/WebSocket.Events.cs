using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

// The tasks the standard queues on the event loop (change readyState, fire open/message/error/close), run either
// directly on the receive loop (no SynchronizationContext: no thread hop, and the loop waits for the listeners,
// which keeps events in order and one at a time) or posted to the captured SynchronizationContext through a queue
// that one drain empties at a time (so order and exclusion do not depend on the context's own guarantees).
public partial class WebSocket
{
    // Completed after the open event; failed after the close event when the socket never opened.
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Completed with the close event after it was dispatched.
    private readonly TaskCompletionSource<CloseEvent> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Tasks waiting for the SynchronizationContext, and 1 while a drain is posted or running.
    private ConcurrentQueue<EventTask>? _events;
    private int _drainPosted;

    private void Deliver(EventTask task)
    {
        if (_context is null)
        {
            Run(task);
            return;
        }

        ConcurrentQueue<EventTask> events = _events ?? Interlocked.CompareExchange(ref _events, new ConcurrentQueue<EventTask>(), null) ?? _events!;
        events.Enqueue(task);
        if (Interlocked.CompareExchange(ref _drainPosted, 1, 0) == 0)
            PostDrain();
    }

    private void PostDrain()
    {
        try
        {
            _context!.Post(static state => ((WebSocket)state!).DrainEvents(), this);
        }
        catch (Exception exception)
        {
            // A context that refuses work (its thread has ended): the events still have to happen, in order.
            Trace.TraceWarning("WebIdl.Runtime: the WebSocket's SynchronizationContext refused an event ({0}); running it on the thread pool.", exception.Message);
            ThreadPool.UnsafeQueueUserWorkItem(static socket => socket.DrainEvents(), this, preferLocal: false);
        }
    }

    private void DrainEvents()
    {
        ConcurrentQueue<EventTask> events = _events!;
        while (true)
        {
            while (events.TryDequeue(out EventTask task))
                Run(task);

            Interlocked.Exchange(ref _drainPosted, 0); // a full fence before the queue is read again (see ReleaseWriter)
            if (events.IsEmpty || Interlocked.CompareExchange(ref _drainPosted, 1, 0) != 0)
                return;
        }
    }

    // One task of the standard, on the event thread. Each event dispatch is also a turn for bufferedAmount.
    private void Run(EventTask task)
    {
        Turn();
        switch (task.Kind)
        {
            case EventKind.Open:
                RunOpen(task.Protocol!, task.Extensions!);
                break;
            case EventKind.Message:
                RunMessage(task.Data!);
                break;
            case EventKind.Closing:
                TryTransition(OPEN, CLOSING);
                break;
            default:
                RunClosed(task.WasClean, task.Code, task.Reason!, task.Failed);
                break;
        }
    }

    // "When the WebSocket connection is established": readyState OPEN, extensions and protocol set, open fired —
    // unless close() failed the connection meanwhile (readyState is then CLOSING, and error and close follow).
    private void RunOpen(string protocol, string extensions)
    {
        if (State != CONNECTING)
            return;
        _protocol = protocol;
        _extensions = extensions;
        if (!TryTransition(CONNECTING, OPEN))
            return;
        Fire(new Event("open"));
        _opened.TrySetResult();
    }

    // "When a WebSocket message has been received": dropped unless OPEN (after close() nothing more is delivered);
    // binaryType is read now, as the standard reads it in this task.
    private void RunMessage(object data)
    {
        if (State != OPEN)
            return;
        if (data is byte[] bytes && BinaryTypeCore == BinaryType.Blob)
            data = Blob.Wrap(bytes);
        Fire(new MessageEvent("message", data, _origin));
    }

    // "When the WebSocket connection is closed": readyState CLOSED, error when the connection failed, then close.
    private void RunClosed(bool wasClean, ushort code, string reason, bool failed)
    {
        Volatile.Write(ref _readyState, CLOSED);
        if (failed)
            Fire(new Event("error"));

        var closeEvent = new CloseEvent("close", new CloseEventInit { WasClean = wasClean, Code = code, Reason = reason });
        Fire(closeEvent);

        if (_opened.TrySetException(new WebSocketException(WebSocketError.Faulted, DescribeFailure("could not be established"), _failure)))
            _ = _opened.Task.Exception; // observed: nobody has to await OpenAsync
        _closed.TrySetResult(closeEvent);
    }

    private string DescribeFailure(string what)
    {
        Exception? failure = _failure;
        return failure is null || failure is OperationCanceledException
            ? $"The WebSocket connection to '{_url}' {what}: it was closed first."
            : $"The WebSocket connection to '{_url}' {what}: {failure.Message}";
    }

    // Fires a trusted event. A listener's exception has gone to ReportException already; one from ReportException
    // itself (an UnhandledListenerException subscriber that throws) must not kill the receive loop either.
    private void Fire(Event @event)
    {
        try
        {
            FireEvent(@event);
        }
        catch (Exception exception)
        {
            Trace.TraceError("WebIdl.Runtime: reporting a WebSocket listener's exception failed: {0}", exception);
        }
    }

    private enum EventKind
    {
        Open,
        Message,
        Closing,
        Closed,
    }

    // One task for the event thread. A struct: the inline path allocates nothing for it.
    private readonly struct EventTask
    {
        private EventTask(EventKind kind, object? data = null, string? protocol = null, string? extensions = null, bool wasClean = false, ushort code = 0, string? reason = null, bool failed = false)
        {
            Kind = kind;
            Data = data;
            Protocol = protocol;
            Extensions = extensions;
            WasClean = wasClean;
            Code = code;
            Reason = reason;
            Failed = failed;
        }

        public EventKind Kind { get; }

        // A string (text) or a byte[] (binary) for Message.
        public object? Data { get; }

        public string? Protocol { get; }

        public string? Extensions { get; }

        public bool WasClean { get; }

        public ushort Code { get; }

        public string? Reason { get; }

        public bool Failed { get; }

        public static EventTask Open(string protocol, string extensions) => new(EventKind.Open, protocol: protocol, extensions: extensions);

        public static EventTask Message(object data) => new(EventKind.Message, data);

        public static EventTask Closing() => new(EventKind.Closing);

        public static EventTask Closed(bool wasClean, ushort code, string reason, bool failed) =>
            new(EventKind.Closed, wasClean: wasClean, code: code, reason: reason, failed: failed);
    }
}
