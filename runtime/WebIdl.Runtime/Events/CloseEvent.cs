namespace WebIdl.Runtime;

/// <summary>
/// The WebSocket standard's <c>CloseEvent</c> (<see href="https://websockets.spec.whatwg.org/#the-closeevent-interface"/>):
/// a connection closed, with the close code and reason.
/// </summary>
/// <remarks>Hand-written until the generator produces it from the IDL. Not thread-safe, like <see cref="Event"/>.</remarks>
public class CloseEvent : Event
{
    /// <summary>The IDL constructor <c>CloseEvent(DOMString type, optional CloseEventInit eventInitDict = {})</c>.</summary>
    /// <param name="type">The event type, normally <c>"close"</c>.</param>
    /// <param name="eventInitDict">Whether the close was clean, the code, the reason and the <see cref="EventInit"/> flags.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public CloseEvent(string type, CloseEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        WasClean = eventInitDict?.WasClean ?? false;
        Code = eventInitDict?.Code ?? 0;
        Reason = IdlConvert.ToUsvString(eventInitDict?.Reason ?? string.Empty);
    }

    /// <summary>Whether the connection closed cleanly (IDL <c>wasClean</c>).</summary>
    public bool WasClean { get; }

    /// <summary>The close code (IDL <c>code</c>), for example 1000 for a normal closure.</summary>
    public ushort Code { get; }

    /// <summary>The close reason (IDL <c>reason</c>, a <c>USVString</c>).</summary>
    public string Reason { get; }
}

/// <summary>The IDL dictionary <c>CloseEventInit</c>.</summary>
public record CloseEventInit : EventInit
{
    /// <summary>Whether the connection closed cleanly (default <see langword="false"/>).</summary>
    public bool WasClean { get; init; }

    /// <summary>The close code (default 0).</summary>
    public ushort Code { get; init; }

    /// <summary>The close reason (default empty); lone surrogates become U+FFFD.</summary>
    public string Reason { get; init; } = string.Empty;
}
