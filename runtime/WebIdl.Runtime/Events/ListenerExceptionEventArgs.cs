using System;

namespace WebIdl.Runtime;

/// <summary>
/// The data of <see cref="EventTarget.UnhandledListenerException"/>: an exception that an event listener or event
/// handler threw. The sender is the <see cref="EventTarget"/> whose listener threw.
/// </summary>
public sealed class ListenerExceptionEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="exception">The exception the listener threw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public ListenerExceptionEventArgs(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Exception = exception;
    }

    /// <summary>The exception the listener threw.</summary>
    public Exception Exception { get; }
}
