namespace WebIdl.Runtime;

/// <summary>
/// HTML's <c>ErrorEvent</c> (<see href="https://html.spec.whatwg.org/#the-errorevent-interface"/>): an error with
/// a message, a location and the error value.
/// </summary>
/// <remarks>Implements the validation stub <see cref="ErrorEventBase"/> and the contract <see cref="IErrorEvent"/>,
/// both generated from the runtime's <c>Idl/html-events.webidl</c>. Not thread-safe, like <see cref="Event"/>.</remarks>
public class ErrorEvent : ErrorEventBase
{
    private readonly string _message;
    private readonly string _filename;
    private readonly uint _lineno;
    private readonly uint _colno;
    private readonly object? _error;

    /// <summary>The IDL constructor <c>ErrorEvent(DOMString type, optional ErrorEventInit eventInitDict = {})</c>.</summary>
    /// <param name="type">The event type, normally <c>"error"</c>.</param>
    /// <param name="eventInitDict">The message, location, error and the <see cref="EventInit"/> flags.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public ErrorEvent(string type, ErrorEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        _message = eventInitDict?.Message ?? string.Empty;
        _filename = IdlConvert.ToUsvString(eventInitDict?.Filename ?? string.Empty);
        _lineno = eventInitDict?.Lineno ?? 0;
        _colno = eventInitDict?.Colno ?? 0;
        _error = eventInitDict?.Error;
    }

    /// <inheritdoc/>
    protected override string MessageCore => _message;

    /// <inheritdoc/>
    protected override string FilenameCore => _filename;

    /// <inheritdoc/>
    protected override uint LinenoCore => _lineno;

    /// <inheritdoc/>
    protected override uint ColnoCore => _colno;

    /// <inheritdoc/>
    protected override object? ErrorCore => _error;
}
