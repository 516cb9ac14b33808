namespace WebIdl.Runtime;

/// <summary>
/// The WebSocket standard's <c>CloseEvent</c> (<see href="https://websockets.spec.whatwg.org/#the-closeevent-interface"/>):
/// a connection closed, with the close code and reason.
/// </summary>
/// <remarks>Implements the validation stub <see cref="CloseEventBase"/> and the contract <see cref="ICloseEvent"/>,
/// both generated from the runtime's <c>Idl/websockets.webidl</c>; <see cref="CloseEventBase.Create"/> makes one of
/// these. Not thread-safe, like <see cref="Event"/>.</remarks>
public class CloseEvent : CloseEventBase
{
    private readonly bool _wasClean;
    private readonly ushort _code;
    private readonly string _reason;

    /// <summary>The IDL constructor <c>CloseEvent(DOMString type, optional CloseEventInit eventInitDict = {})</c>.</summary>
    /// <param name="type">The event type, normally <c>"close"</c>.</param>
    /// <param name="eventInitDict">Whether the close was clean, the code, the reason and the <see cref="EventInit"/> flags.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public CloseEvent(string type, CloseEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        _wasClean = eventInitDict?.WasClean ?? false;
        _code = eventInitDict?.Code ?? 0;
        _reason = IdlConvert.ToUsvString(eventInitDict?.Reason ?? string.Empty);
    }

    /// <inheritdoc/>
    protected override bool WasCleanCore => _wasClean;

    /// <inheritdoc/>
    protected override ushort CodeCore => _code;

    /// <inheritdoc/>
    protected override string ReasonCore => _reason;
}
