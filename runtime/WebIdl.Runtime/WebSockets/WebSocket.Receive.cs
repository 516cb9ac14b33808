using System;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

// The connection's life: "establish a WebSocket connection", then one loop that receives messages and the server's
// Close frame, and finally "the WebSocket connection is closed". This loop is the only source of events, which is
// what keeps them in order and one at a time.
public partial class WebSocket
{
    // Cancels the connect when close() is called while CONNECTING.
    private readonly CancellationTokenSource _connectCancellation = new();

    // The established connection; null while connecting. Written once with Interlocked (see _failRequested).
    private WebSocketConnection? _connection;

    // How long the first event waits for its listeners when there is no SynchronizationContext.
    private static readonly TimeSpan FirstEventGrace = TimeSpan.FromMilliseconds(250);

    // Which listeners exist (ListensTo* bits, ListensToAll once an async API was used), and a signal released on each
    // change; the signal is null when events go to a SynchronizationContext, which runs them after the constructing
    // code anyway. See WaitForListenersAsync.
    private const int ListensToOpen = 1, ListensToError = 2, ListensToClose = 4, ListensToMessage = 8, ListensToAll = 15;
    private int _listensTo;
    private readonly SemaphoreSlim? _listenerAdded;

    // Why the connection failed, for OpenAsync and ReadMessagesAsync; null when it did not.
    private volatile Exception? _failure;

    private async Task RunAsync()
    {
        // Leave the constructor first: no event may fire before it returns and the caller adds listeners, even
        // when a transport completes the whole handshake synchronously.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);

        WebSocketConnection connection;
        try
        {
            connection = await WebSocketConnection.ConnectAsync(_target, _protocols, _options, _connectCancellation.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Refused, unreachable, a bad handshake, a subprotocol the server did not offer, or close() while
            // CONNECTING: the standard's "fail the WebSocket connection".
            _failure = exception;
            await WaitForListenersAsync(ListensToError | ListensToClose).ConfigureAwait(false);
            Deliver(EventTask.Closed(wasClean: false, code: 1006, reason: string.Empty, failed: true));
            return;
        }

        Interlocked.Exchange(ref _connection, connection);
        if (Volatile.Read(ref _failRequested) != 0)
        {
            // close() ran while the handshake was finishing.
            connection.Abort();
            await DisposeQuietlyAsync(connection).ConfigureAwait(false);
            Deliver(EventTask.Closed(wasClean: false, code: 1006, reason: string.Empty, failed: true));
            return;
        }

        await WaitForListenersAsync(ListensToOpen).ConfigureAwait(false);
        Deliver(EventTask.Open(connection.Protocol, connection.Extensions));
        await ReceiveUntilClosedAsync(connection).ConfigureAwait(false);
        _closeTimer?.Dispose();
        await DisposeQuietlyAsync(connection).ConfigureAwait(false);
    }

    // Without a SynchronizationContext there is no event loop to queue the first event on, and a refused connection
    // can fail within microseconds, before the caller has added its listeners. So the first event waits until a
    // listener exists for every type it fires (open; or error and close), or until OpenAsync, CloseAsync or
    // ReadMessagesAsync was called; at most FirstEventGrace, so that a socket nobody listens to still moves on.
    // The first message waits the same way for a message listener (or CloseAsync or ReadMessagesAsync): a caller
    // adding "open" and then "message", or adding "message" after awaiting OpenAsync, can be overtaken by a server
    // that speaks first.
    private async ValueTask WaitForListenersAsync(int required)
    {
        if (_listenerAdded is not { } added)
            return;
        long deadline = Environment.TickCount64 + (long)FirstEventGrace.TotalMilliseconds;
        while ((Volatile.Read(ref _listensTo) & required) != required)
        {
            long left = deadline - Environment.TickCount64;
            if (left <= 0 || !await added.WaitAsync((int)left).ConfigureAwait(false))
                return;
        }
    }

    // Records that a listener for the first event's types exists (or that every type counts as listened to).
    private void Listening(int types)
    {
        if (_listenerAdded is null || (Volatile.Read(ref _listensTo) & types) == types)
            return;
        Interlocked.Or(ref _listensTo, types);
        _listenerAdded.Release();
    }

    /// <inheritdoc/>
    protected override void OnListenerAdded(string type) => Listening(type switch
    {
        "open" => ListensToOpen,
        "error" => ListensToError,
        "close" => ListensToClose,
        "message" => ListensToMessage,
        _ => 0,
    });

    private async Task ReceiveUntilClosedAsync(WebSocketConnection connection)
    {
        bool first = true;
        while (true)
        {
            WebSocketMessage message;
            try
            {
                message = await connection.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // Dropped TCP connection, protocol error, invalid UTF-8, dead peer, our close handshake timing out,
                // or close() aborting a connection that had just been made: the connection failed. No Close frame
                // came, so the code is 1006.
                _failure = _closeTimedOut
                    ? new TimeoutException($"the server did not answer the Close frame within {CloseHandshakeTimeout.TotalSeconds:0} s.", exception)
                    : exception;
                connection.Abort();
                Deliver(EventTask.Closed(wasClean: false, code: 1006, reason: string.Empty, failed: true));
                return;
            }

            if (first && message.Kind != WebSocketMessageKind.Close)
            {
                first = false;
                await WaitForListenersAsync(ListensToMessage).ConfigureAwait(false);
            }

            switch (message.Kind)
            {
                case WebSocketMessageKind.Text:
                    Deliver(EventTask.Message(message.Text!));
                    break;
                case WebSocketMessageKind.Binary:
                    Deliver(EventTask.Message(message.Binary!));
                    break;
                default:
                    await OnServerCloseAsync(connection, message.Code, message.Reason).ConfigureAwait(false);
                    return;
            }
        }
    }

    // The server's Close frame arrived: "the WebSocket closing handshake is started" (readyState CLOSING), we answer
    // with a Close frame echoing its code (after the messages already queued; nothing when ours went first), wait
    // for the server to close TCP, and "the WebSocket connection is closed" with the server's code, or 1005 when its
    // frame had none.
    private async Task OnServerCloseAsync(WebSocketConnection connection, ushort? code, string reason)
    {
        Deliver(EventTask.Closing());
        QueueCloseFrame(code, string.Empty, out Task<bool> sent);
        bool replied = await sent.ConfigureAwait(false);
        _closeTimer?.Dispose();
        try
        {
            await connection.WaitForTcpCloseAsync(TcpCloseTimeout).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The close handshake is complete either way; the stream is gone.
        }

        Deliver(EventTask.Closed(wasClean: replied, code: code ?? 1005, reason: reason, failed: false));
    }

    private static async Task DisposeQuietlyAsync(WebSocketConnection connection)
    {
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Nothing to report: the socket is closed and its events are queued.
        }
    }
}
