using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

// close() (https://websockets.spec.whatwg.org/#dom-websocket-close) and the standard's "close the WebSocket".
public partial class WebSocket
{
    // How long the socket waits for the server's Close frame after sending its own before it gives up and drops the
    // connection (the close event then says 1006, not clean).
    internal static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(30);

    // How long the socket waits, after the close handshake, for the server to close the TCP connection (RFC 6455
    // 7.1.1: the server closes first) before closing it itself.
    internal static readonly TimeSpan TcpCloseTimeout = TimeSpan.FromSeconds(2);

    // Set by close() while CONNECTING: the connection must fail as soon as it exists. Written with Interlocked
    // (paired with the write of _connection in RunAsync), so one of the two sides always sees the other.
    private int _failRequested;

    // Guards _closeFrameQueued: close() and the reply to the server's Close frame queue one frame between them.
    private readonly object _closeGate = new();

    // Completes when the queued Close frame has been handed to the connection; null until one is queued.
    private Task<bool>? _closeFrameQueued;

    // Set when the server did not answer our Close frame in time and the connection was dropped.
    private volatile bool _closeTimedOut;

    // Drops the connection when the server does not answer our Close frame in time.
    private Timer? _closeTimer;

    /// <inheritdoc/>
    /// <exception cref="DOMException">An <c>"InvalidAccessError"</c>: <paramref name="code"/> is neither 1000 nor in
    /// 3000–4999. A <c>"SyntaxError"</c>: <paramref name="reason"/> is longer than 123 bytes in UTF-8.</exception>
    protected override void CloseCore(ushort? code, string? reason)
    {
        if (code is { } value && value != 1000 && value is < 3000 or > 4999)
            throw DOMException.InvalidAccess($"WebSocket.close: the code {value} is neither 1000 nor in the range 3000 to 4999.");

        string reasonText = reason ?? string.Empty;
        int reasonBytes = Encoding.UTF8.GetByteCount(reasonText);
        if (reasonBytes > 123)
            throw DOMException.Syntax($"WebSocket.close: the reason is {reasonBytes} bytes long in UTF-8; at most 123 are allowed.");

        // A reason needs a code in the Close frame: the standard sends 1000 then.
        if (code is null && reasonBytes > 0)
            code = 1000;

        CloseTheWebSocket(code, reasonText);
    }

    // The standard's "close the WebSocket": nothing when already closing or closed; fails a connection that is not
    // established yet; otherwise starts the closing handshake. readyState becomes CLOSING at once in both cases.
    private void CloseTheWebSocket(ushort? code, string reason)
    {
        while (true)
        {
            int state = State;
            if (state is CLOSING or CLOSED)
                return;

            if (state == CONNECTING)
            {
                if (!TryTransition(CONNECTING, CLOSING))
                    continue;
                FailWhileConnecting();
                return;
            }

            if (TryTransition(OPEN, CLOSING))
            {
                StartClosingHandshake(code, reason);
                return;
            }
        }
    }

    // "Fail the WebSocket connection" before it is established: stop the connect, or drop the connection if it has
    // just been made. The receive loop then fires error and close (1006).
    private void FailWhileConnecting()
    {
        Interlocked.Exchange(ref _failRequested, 1);
        try
        {
            _connectCancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connect has finished; the connection below is the one to drop.
        }

        Volatile.Read(ref _connection)?.Abort();
    }

    // Queues our Close frame behind every message sent before, and bounds the wait for the server's answer.
    private void StartClosingHandshake(ushort? code, string reason)
    {
        if (!QueueCloseFrame(code, reason, out _))
            return;

        var timer = new Timer(static state => ((WebSocket)state!).OnCloseHandshakeTimeout(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (Interlocked.CompareExchange(ref _closeTimer, timer, null) is null)
            timer.Change(CloseHandshakeTimeout, Timeout.InfiniteTimeSpan);
        else
            timer.Dispose();
    }

    // Queues the one Close frame of this socket (ours, or the reply to the server's); false when one was queued
    // before. sent completes when that frame, whichever it is, has been handed to the connection (false: it failed).
    private bool QueueCloseFrame(ushort? code, string reason, out Task<bool> sent)
    {
        Outgoing close;
        lock (_closeGate)
        {
            if (_closeFrameQueued is { } queued)
            {
                sent = queued;
                return false;
            }

            close = Outgoing.Close(code, reason);
            _closeFrameQueued = sent = close.CloseSent!.Task;
        }

        Enqueue(close);
        return true;
    }

    private void OnCloseHandshakeTimeout()
    {
        _closeTimedOut = true;
        Volatile.Read(ref _connection)?.Abort();
    }
}
