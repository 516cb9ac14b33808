namespace WebIdl.Runtime;

/// <summary>
/// HTML's <c>ErrorEvent</c> (<see href="https://html.spec.whatwg.org/#the-errorevent-interface"/>): an error with
/// a message, a location and the error value.
/// </summary>
/// <remarks>Hand-written until the generator produces it from the IDL. Not thread-safe, like <see cref="Event"/>.</remarks>
public class ErrorEvent : Event
{
    /// <summary>The IDL constructor <c>ErrorEvent(DOMString type, optional ErrorEventInit eventInitDict = {})</c>.</summary>
    /// <param name="type">The event type, normally <c>"error"</c>.</param>
    /// <param name="eventInitDict">The message, location, error and the <see cref="EventInit"/> flags.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public ErrorEvent(string type, ErrorEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        Message = eventInitDict?.Message ?? string.Empty;
        Filename = IdlConvert.ToUsvString(eventInitDict?.Filename ?? string.Empty);
        Lineno = eventInitDict?.Lineno ?? 0;
        Colno = eventInitDict?.Colno ?? 0;
        Error = eventInitDict?.Error;
    }

    /// <summary>The error message (IDL <c>message</c>).</summary>
    public string Message { get; }

    /// <summary>The URL of the script where the error happened (IDL <c>filename</c>, a <c>USVString</c>).</summary>
    public string Filename { get; }

    /// <summary>The line number (IDL <c>lineno</c>), 0 when unknown.</summary>
    public uint Lineno { get; }

    /// <summary>The column number (IDL <c>colno</c>), 0 when unknown.</summary>
    public uint Colno { get; }

    /// <summary>The error value (IDL <c>error</c>, type <c>any</c>), typically an <see cref="System.Exception"/>.</summary>
    public object? Error { get; }
}

/// <summary>The IDL dictionary <c>ErrorEventInit</c>.</summary>
public record ErrorEventInit : EventInit
{
    /// <summary>The error message (default empty).</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The script URL (default empty); lone surrogates become U+FFFD.</summary>
    public string Filename { get; init; } = string.Empty;

    /// <summary>The line number (default 0).</summary>
    public uint Lineno { get; init; }

    /// <summary>The column number (default 0).</summary>
    public uint Colno { get; init; }

    /// <summary>The error value (default <see langword="null"/>).</summary>
    public object? Error { get; init; }
}
