using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

// Idiomatic C# on top of the standard's events, never around them: each method below observes the same events a
// listener sees (and changes nothing about when they fire or what they carry).
public partial class WebSocket
{
    /// <summary>
    /// Waits until the connection is open: completes right after the <c>open</c> event has been dispatched (at
    /// once if it has been already).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; when the socket is still connecting this also fails the
    /// connection, as <see cref="WebSocketBase.Close"/> would (the <c>error</c> and <c>close</c> events follow).</param>
    /// <returns>A task that completes when the socket is open.</returns>
    /// <exception cref="WebSocketException">The connection could not be established (refused, unreachable, TLS,
    /// handshake or subprotocol failure, or it was closed first); the message says why. The <c>error</c> and
    /// <c>close</c> events have been dispatched.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled first.</exception>
    public Task OpenAsync(CancellationToken cancellationToken = default)
    {
        // Stands for the open, error and close listeners; the first message still waits for a message listener, which
        // the caller may add after the await.
        Listening(ListensToOpen | ListensToError | ListensToClose);
        Task opened = _opened.Task;
        if (opened.IsCompleted || !cancellationToken.CanBeCanceled)
            return opened;
        return WaitOpenAsync(opened, cancellationToken);
    }

    private async Task WaitOpenAsync(Task opened, CancellationToken cancellationToken)
    {
        try
        {
            await opened.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !opened.IsCompleted)
        {
            if (TryTransition(CONNECTING, CLOSING))
                FailWhileConnecting();
            throw;
        }
    }

    /// <summary>
    /// Closes the connection as <see cref="WebSocketBase.Close"/> does, then waits until it is closed: completes
    /// with the <c>close</c> event after it has been dispatched. On a socket that is closing or closed already it
    /// only waits.
    /// </summary>
    /// <param name="code">The close code: 1000 or 3000–4999; none by default (the Close frame then has no code,
    /// unless there is a reason, which makes it 1000).</param>
    /// <param name="reason">The close reason, at most 123 bytes in UTF-8; none by default.</param>
    /// <param name="cancellationToken">Stops waiting and drops the connection without waiting any longer for the
    /// server (the <c>close</c> event then says 1006, not clean).</param>
    /// <returns>The close event: whether the close was clean, the server's code and reason.</returns>
    /// <exception cref="DOMException">An <c>"InvalidAccessError"</c> for a bad code, a <c>"SyntaxError"</c> for a
    /// reason that is too long (thrown at once, before anything is closed).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled first.</exception>
    public Task<CloseEvent> CloseAsync(ushort? code = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        Listening(ListensToAll);
        Close(code, reason);
        Task<CloseEvent> closed = _closed.Task;
        if (closed.IsCompleted || !cancellationToken.CanBeCanceled)
            return closed;
        return WaitClosedAsync(closed, cancellationToken);
    }

    private async Task<CloseEvent> WaitClosedAsync(Task<CloseEvent> closed, CancellationToken cancellationToken)
    {
        try
        {
            return await closed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !closed.IsCompleted)
        {
            Volatile.Read(ref _connection)?.Abort();
            throw;
        }
    }

    /// <summary>
    /// The messages this socket receives from now on, as an asynchronous stream: each <c>message</c> event, in
    /// order, until the <c>close</c> event.
    /// </summary>
    /// <remarks>
    /// <para>The reader subscribes when this method is called, not when the enumeration starts: call it before
    /// <see cref="OpenAsync"/> returns (or right after the constructor) to see the first message. Messages
    /// dispatched before the call are not replayed. Each call makes an independent reader that sees every message;
    /// enumerate each one once.</para>
    /// <para>The stream ends after the last message when the connection closed cleanly, and throws a
    /// <see cref="WebSocketException"/> after the last message when it did not (failure, dropped connection). Messages
    /// wait in the reader until they are read; the socket never waits for the reader.</para>
    /// </remarks>
    /// <param name="cancellationToken">Ends the enumeration with an <see cref="OperationCanceledException"/>; the
    /// connection is not affected.</param>
    /// <returns>The messages: <see cref="MessageEventBase.Data"/> is a <see cref="string"/>, a <see cref="Blob"/> or a
    /// <see cref="byte"/> array, as for the <c>message</c> event.</returns>
    public IAsyncEnumerable<MessageEvent> ReadMessagesAsync(CancellationToken cancellationToken = default)
    {
        // The reader's message listener first: once ListensToAll is set, the first events stop waiting.
        var reader = new MessageReader(this);
        Listening(ListensToAll);
        return reader.ReadAllAsync(cancellationToken);
    }

    // One reader of ReadMessagesAsync: a message listener feeding a channel, completed when the socket has closed.
    private sealed class MessageReader
    {
        private readonly WebSocket _socket;
        private readonly Channel<MessageEvent> _channel = Channel.CreateUnbounded<MessageEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        private readonly EventListener _onMessage;

        public MessageReader(WebSocket socket)
        {
            _socket = socket;
            _onMessage = e => _channel.Writer.TryWrite((MessageEvent)e);
            socket.AddEventListener("message", _onMessage);

            // The close task completes after the close event, so after every message event: the end of the stream
            // follows the last message whether the reader subscribed long before the close or during it.
            socket._closed.Task.ContinueWith(
                static (closed, state) => ((MessageReader)state!).Complete(closed.Result),
                this,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        public async IAsyncEnumerable<MessageEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                ChannelReader<MessageEvent> reader = _channel.Reader;
                while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (reader.TryRead(out MessageEvent? message))
                        yield return message;
                }
            }
            finally
            {
                _socket.RemoveEventListener("message", _onMessage);
            }
        }

        private void Complete(CloseEvent closeEvent)
        {
            Exception? error = closeEvent.WasClean
                ? null
                : new WebSocketException(WebSocketError.ConnectionClosedPrematurely, _socket.DescribeFailure($"closed without a clean closing handshake (code {closeEvent.Code})"), _socket._failure);
            _channel.Writer.TryComplete(error);
        }
    }
}
