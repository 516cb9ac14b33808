namespace WebIdl.Runtime;

/// <summary>
/// HTML's <c>MessageEvent</c> (<see href="https://html.spec.whatwg.org/#the-messageevent-interface"/>): a message
/// received, for example by a WebSocket. The <c>source</c> and <c>ports</c> members are not supported yet.
/// </summary>
/// <remarks>Hand-written until the generator produces it from the IDL. Not thread-safe, like <see cref="Event"/>.</remarks>
public class MessageEvent : Event
{
    /// <summary>The IDL constructor <c>MessageEvent(DOMString type, optional MessageEventInit eventInitDict = {})</c>.</summary>
    /// <param name="type">The event type, for example <c>"message"</c>.</param>
    /// <param name="eventInitDict">The data, origin, last event id and the <see cref="EventInit"/> flags.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public MessageEvent(string type, MessageEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        Data = eventInitDict?.Data;
        Origin = IdlConvert.ToUsvString(eventInitDict?.Origin ?? string.Empty);
        LastEventId = eventInitDict?.LastEventId ?? string.Empty;
    }

    /// <summary>The message's data (IDL <c>data</c>, type <c>any</c>): for a WebSocket a <see cref="string"/>, a
    /// <see cref="Blob"/> or binary data.</summary>
    public object? Data { get; }

    /// <summary>The origin of the message's sender (IDL <c>origin</c>, a <c>USVString</c>).</summary>
    public string Origin { get; }

    /// <summary>The last event ID, for server-sent events (IDL <c>lastEventId</c>).</summary>
    public string LastEventId { get; }
}

/// <summary>The IDL dictionary <c>MessageEventInit</c> (without <c>source</c> and <c>ports</c>).</summary>
public record MessageEventInit : EventInit
{
    /// <summary>The data (default <see langword="null"/>).</summary>
    public object? Data { get; init; }

    /// <summary>The origin (default empty); lone surrogates become U+FFFD.</summary>
    public string Origin { get; init; } = string.Empty;

    /// <summary>The last event ID (default empty).</summary>
    public string LastEventId { get; init; } = string.Empty;
}
