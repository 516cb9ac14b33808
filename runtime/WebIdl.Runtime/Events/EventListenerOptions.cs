namespace WebIdl.Runtime;

/// <summary>The IDL dictionary <c>EventListenerOptions</c>: the options of <c>removeEventListener</c>.</summary>
public record EventListenerOptions
{
    /// <summary>Whether the listener is a capture listener (default <see langword="false"/>). A listener is
    /// identified by type, callback and this flag.</summary>
    public bool Capture { get; init; }
}

/// <summary>
/// The IDL dictionary <c>AddEventListenerOptions</c>: the options of <c>addEventListener</c>. The <c>signal</c>
/// member is not supported yet.
/// </summary>
public record AddEventListenerOptions : EventListenerOptions
{
    /// <summary>Whether the listener is removed before it is first called (default <see langword="false"/>).</summary>
    public bool Once { get; init; }

    /// <summary>Whether the listener promises not to cancel the event: <see cref="Event.PreventDefault"/> does
    /// nothing while it runs (default <see langword="false"/>).</summary>
    public bool Passive { get; init; }
}
