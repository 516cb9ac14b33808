namespace WebIdl.Runtime;

/// <summary>
/// HTML's <c>MessageEvent</c> (<see href="https://html.spec.whatwg.org/#the-messageevent-interface"/>): a message
/// received, for example by a WebSocket. The <c>source</c> and <c>ports</c> members are not supported.
/// </summary>
/// <remarks>Implements the validation stub <see cref="MessageEventBase"/> and the contract <see cref="IMessageEvent"/>,
/// both generated from the runtime's <c>Idl/html-events.webidl</c>. Not thread-safe, like <see cref="Event"/>.</remarks>
public class MessageEvent : MessageEventBase
{
    private readonly object? _data;
    private readonly string _origin;
    private readonly string _lastEventId;

    /// <summary>The IDL constructor <c>MessageEvent(DOMString type, optional MessageEventInit eventInitDict = {})</c>.</summary>
    /// <param name="type">The event type, for example <c>"message"</c>.</param>
    /// <param name="eventInitDict">The data, origin, last event id and the <see cref="EventInit"/> flags.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public MessageEvent(string type, MessageEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        _data = eventInitDict?.Data;
        _origin = IdlConvert.ToUsvString(eventInitDict?.Origin ?? string.Empty);
        _lastEventId = eventInitDict?.LastEventId ?? string.Empty;
    }

    // The WebSocket's constructor for the events it fires: no MessageEventInit record per message.
    internal MessageEvent(string type, object? data, string origin)
        : base(type, null)
    {
        _data = data;
        _origin = origin;
        _lastEventId = string.Empty;
    }

    /// <inheritdoc/>
    /// <remarks>For a WebSocket: a <see cref="string"/> for a text message; for a binary message a <see cref="Blob"/>
    /// or, when <c>binaryType</c> is <c>"arraybuffer"</c>, a <see cref="byte"/> array (the array buffer; it is the
    /// message's own array, not shared with anything else).</remarks>
    protected override object? DataCore => _data;

    /// <inheritdoc/>
    protected override string OriginCore => _origin;

    /// <inheritdoc/>
    protected override string LastEventIdCore => _lastEventId;
}
