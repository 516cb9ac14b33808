using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

// send() and bufferedAmount (https://websockets.spec.whatwg.org/#dom-websocket-send).
//
// One writer at a time: the connection's SendAsync calls never overlap. A send() that finds no writer and an empty
// queue writes its message itself, on the caller's thread, with no queue and no thread hop (the common case, and the
// fast one); otherwise the message goes into the queue and whoever holds the writer sends it. The writer drains the
// queue in order before it lets go, so every thread's messages go out in the order that thread sent them, and the
// Close frame, which goes through the same queue, follows every message sent before close(). Text is encoded into a
// pooled buffer and bytes are copied into one (the connection may read them after SendAsync returns pending, and
// the caller may change its buffer once send() returns); a Blob, being immutable, is sent as it is.
//
// bufferedAmount grows inside send() by the message's UTF-8 or binary length and falls in a later "turn" after the
// bytes were handed to the connection, never inside the send() call that queued them: the standard updates it when
// the event loop next spins, so code that sends and then reads bufferedAmount sees its bytes counted. A turn is the
// next event dispatched, or a work item that reading bufferedAmount posts (to the captured SynchronizationContext,
// else the thread pool) when written bytes wait for one. So a socket whose bufferedAmount nobody reads never posts
// anything, and a poller sees the value fall on its next read.
public partial class WebSocket
{
    private readonly ConcurrentQueue<Outgoing> _sendQueue = new();

    // 1 while someone owns the writer (is writing, or draining the queue).
    private int _writer;

    // Bytes counted by send() and not yet subtracted by a turn.
    private long _bufferedAmount;

    // Bytes written to the connection whose subtraction from _bufferedAmount waits for the next turn.
    private long _writtenUntilTurn;

    // 1 while a turn work item is posted and has not run.
    private int _turnPending;

    private TurnWorkItem? _turnWorkItem;

    // Set (under the writer) once the Close frame was handed to the connection: later messages are dropped.
    private bool _closeFrameSent;

    // Set when a write failed: the connection is being torn down, the queue is dropped.
    private volatile bool _sendFailed;

    /// <inheritdoc/>
    protected override ulong BufferedAmountCore
    {
        get
        {
            // Read before posting the turn: a posted turn can run on another thread at once and subtract bytes the
            // caller's own send() must still see counted.
            ulong amount = (ulong)Volatile.Read(ref _bufferedAmount);
            if (Volatile.Read(ref _writtenUntilTurn) != 0 && Interlocked.CompareExchange(ref _turnPending, 1, 0) == 0)
                PostTurn();
            return amount;
        }
    }

    /// <inheritdoc/>
    /// <exception cref="DOMException">An <c>"InvalidStateError"</c>: the socket is still connecting.</exception>
    protected override void SendCore(BufferSourceOrBlobOrUSVString data)
    {
        int state = State;
        if (state == CONNECTING)
            throw DOMException.InvalidState($"WebSocket.send: the socket is not open yet: readyState {StateName(state)}.");

        if (data.IsUSVString)
            SendText(data.AsUSVString);
        else if (data.IsBlob)
            SendBinary(data.AsBlob.AsMemory(), immutable: true);
        else
            SendBinary(data.AsBufferSource, immutable: false);
    }

    private void SendText(string text)
    {
        // The stub has replaced lone surrogates already (USVString), so this is the standard's UTF-8 encode.
        int length = Encoding.UTF8.GetByteCount(text);
        if (!CountAndCheckOpen(length))
            return;

        byte[] rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        int written = Encoding.UTF8.GetBytes(text, rented);
        Send(new Outgoing(rented, new ReadOnlyMemory<byte>(rented, 0, written), text: true));
    }

    private void SendBinary(ReadOnlyMemory<byte> bytes, bool immutable)
    {
        if (!CountAndCheckOpen(bytes.Length))
            return;

        // A Blob never changes. The caller may change its own buffer as soon as send() returns, and the connection
        // may still read the bytes after SendAsync returned pending, so the socket sends a copy (one memcpy; the
        // connection copies the payload again anyway, to mask it).
        if (immutable)
        {
            Send(new Outgoing(null, bytes, text: false));
            return;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.Span.CopyTo(rented);
        Send(new Outgoing(rented, new ReadOnlyMemory<byte>(rented, 0, bytes.Length), text: false));
    }

    // The standard's send() steps after the CONNECTING check: bufferedAmount grows by the data's length whatever the
    // state; the data is transmitted only when the closing handshake has not started.
    private bool CountAndCheckOpen(int length)
    {
        Interlocked.Add(ref _bufferedAmount, length);
        return State == OPEN && !_sendFailed;
    }

    private void Send(Outgoing message)
    {
        if (!TryWriteDirectly(message))
            Enqueue(message);
    }

    // The fast path: nothing queued and no writer, so the message goes straight to the connection from the caller's
    // thread. False when it must be queued.
    private bool TryWriteDirectly(Outgoing message)
    {
        if (!_sendQueue.IsEmpty || Interlocked.CompareExchange(ref _writer, 1, 0) != 0)
            return false;

        ValueTask pending = Write(message);
        if (pending.IsCompletedSuccessfully)
        {
            pending.GetAwaiter().GetResult();
            bool written = Completed(message, countWritten: false);
            DrainThenRelease();

            // Counted as written only now, as the send() call ends: a turn on another thread cannot take these
            // bytes out of bufferedAmount while the call that queued them is still running.
            if (written)
                Written(message.Data.Length);
        }
        else
        {
            _ = ContinueDrainAsync(pending, message);
        }

        return true;
    }

    private void Enqueue(Outgoing message)
    {
        _sendQueue.Enqueue(message);
        if (Interlocked.CompareExchange(ref _writer, 1, 0) == 0)
            DrainThenRelease();
    }

    // Owns the writer: sends everything queued, in order, synchronously while the connection accepts the bytes at
    // once, then lets the writer go (and takes it back if something was queued meanwhile).
    private void DrainThenRelease()
    {
        while (true)
        {
            while (_sendQueue.TryDequeue(out Outgoing message))
            {
                ValueTask pending = Write(message);
                if (!pending.IsCompletedSuccessfully)
                {
                    _ = ContinueDrainAsync(pending, message);
                    return;
                }

                pending.GetAwaiter().GetResult();
                Completed(message);
            }

            if (!ReleaseAndReacquire())
                return;
        }
    }

    private async Task ContinueDrainAsync(ValueTask pending, Outgoing message)
    {
        try
        {
            await pending.ConfigureAwait(false);
            Completed(message);
        }
        catch (Exception exception)
        {
            Failed(message, exception);
        }

        await DrainAsync().ConfigureAwait(false);
    }

    // The asynchronous drain: owns the writer until the queue is empty.
    private async Task DrainAsync()
    {
        while (true)
        {
            while (_sendQueue.TryDequeue(out Outgoing message))
            {
                try
                {
                    await Write(message).ConfigureAwait(false);
                    Completed(message);
                }
                catch (Exception exception)
                {
                    Failed(message, exception);
                }
            }

            if (!ReleaseAndReacquire())
                return;
        }
    }

    // Lets the writer go; true when a message was queued meanwhile and this thread took the writer back to send it.
    private bool ReleaseAndReacquire()
    {
        ReleaseWriter();
        return !_sendQueue.IsEmpty && Interlocked.CompareExchange(ref _writer, 1, 0) == 0;
    }

    // A full fence, not a release write: the read of the queue that follows must not move before it, or a sender
    // that enqueued just then and failed to take the writer would be missed by both sides.
    private void ReleaseWriter() => Interlocked.Exchange(ref _writer, 0);

    // Called with the writer held. A write that throws synchronously becomes a faulted ValueTask.
    private ValueTask Write(Outgoing message)
    {
        WebSocketConnection? connection = _connection;
        try
        {
            if (message.IsClose)
            {
                if (_closeFrameSent || connection is null || _sendFailed)
                    return default;
                _closeFrameSent = true;
                return connection.SendCloseAsync(message.CloseCode, message.CloseReason, CancellationToken.None);
            }

            if (_closeFrameSent || connection is null || _sendFailed)
                return default; // dropped: no data after the Close frame
            return connection.SendAsync(message.Data, message.Text, CancellationToken.None);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException(exception);
        }
    }

    // A write finished: true when the message's bytes went to the connection (they are then subtracted from
    // bufferedAmount at a later turn; countWritten false leaves that to the caller).
    private bool Completed(Outgoing message, bool countWritten = true)
    {
        if (message.IsClose)
        {
            message.CloseSent?.TrySetResult(_closeFrameSent && !_sendFailed);
            return false;
        }

        message.Release();
        if (_closeFrameSent || _sendFailed)
            return false;
        if (countWritten)
            Written(message.Data.Length);
        return true;
    }

    private void Failed(Outgoing message, Exception exception)
    {
        message.Release();
        message.CloseSent?.TrySetResult(false);
        OnSendFailed(_connection, exception);
    }

    // A write failed: the connection is broken. Aborting it makes the receive loop see the failure and fire the
    // error and close events; the messages still queued are dropped.
    private void OnSendFailed(WebSocketConnection? connection, Exception exception)
    {
        _ = exception;
        _sendFailed = true;
        connection?.Abort();
    }

    // Bytes handed to the connection: bufferedAmount falls by them at the next turn.
    private void Written(int length)
    {
        if (length == 0)
            return;
        Interlocked.Add(ref _writtenUntilTurn, length);
    }

    // A turn: the bytes written since the last one leave bufferedAmount.
    private void Turn()
    {
        // A plain read first: the common case (nothing written since the last turn) costs no atomic write.
        if (Volatile.Read(ref _writtenUntilTurn) == 0)
            return;
        long written = Interlocked.Exchange(ref _writtenUntilTurn, 0);
        if (written != 0)
            Interlocked.Add(ref _bufferedAmount, -written);
    }

    private void PostTurn()
    {
        TurnWorkItem turn = _turnWorkItem ??= new TurnWorkItem(this);
        if (_context is { } context)
        {
            try
            {
                context.Post(static state => ((TurnWorkItem)state!).Execute(), turn);
                return;
            }
            catch (Exception)
            {
                // The context's thread has ended: the thread pool does the turn instead.
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(turn, preferLocal: false);
    }

    // The posted turn. One per socket, reused: _turnPending keeps it from being queued twice at once.
    private sealed class TurnWorkItem(WebSocket socket) : IThreadPoolWorkItem
    {
        public void Execute()
        {
            Interlocked.Exchange(ref socket._turnPending, 0);
            socket.Turn();
        }
    }

    // A message waiting for the writer, or the Close frame.
    private readonly struct Outgoing
    {
        public Outgoing(byte[]? rented, ReadOnlyMemory<byte> data, bool text)
        {
            Rented = rented;
            Data = data;
            Text = text;
            IsClose = false;
            CloseCode = null;
            CloseReason = string.Empty;
            CloseSent = null;
        }

        private Outgoing(ushort? closeCode, string closeReason, TaskCompletionSource<bool> closeSent)
        {
            Rented = null;
            Data = default;
            Text = false;
            IsClose = true;
            CloseCode = closeCode;
            CloseReason = closeReason;
            CloseSent = closeSent;
        }

        public byte[]? Rented { get; }

        public ReadOnlyMemory<byte> Data { get; }

        public bool Text { get; }

        public bool IsClose { get; }

        public ushort? CloseCode { get; }

        public string CloseReason { get; }

        // Completed with true once the Close frame was handed to the connection, false when that failed.
        public TaskCompletionSource<bool>? CloseSent { get; }

        public static Outgoing Close(ushort? code, string reason) =>
            new(code, reason, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

        public void Release()
        {
            if (Rented is not null)
                ArrayPool<byte>.Shared.Return(Rented);
        }
    }
}
