using System;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// The WebSocket connection could not be established; <see cref="Exception.Message"/> says which step failed
/// (unreachable, TLS failure, HTTP status, bad accept key, subprotocol, extension, timeout).
/// </summary>
internal sealed class WebSocketConnectException : Exception
{
    /// <summary>Creates the exception with the failed step's description and its cause, if any.</summary>
    public WebSocketConnectException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
