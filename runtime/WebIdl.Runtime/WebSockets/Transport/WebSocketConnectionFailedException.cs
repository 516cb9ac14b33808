using System;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// An established WebSocket connection failed (the standard's "fail the WebSocket connection"): the TCP connection
/// dropped, the peer broke the protocol, a text message was not UTF-8, the peer stopped answering pings, or a message
/// was too big. The connection is unusable afterwards.
/// </summary>
internal sealed class WebSocketConnectionFailedException : Exception
{
    /// <summary>Creates the exception with a description of the failure and its cause, if any.</summary>
    public WebSocketConnectionFailedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
