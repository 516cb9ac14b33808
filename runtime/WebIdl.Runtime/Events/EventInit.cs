namespace WebIdl.Runtime;

/// <summary>The IDL dictionary <c>EventInit</c>: the options of <see cref="Event(string, EventInit)"/>.</summary>
public record EventInit
{
    /// <summary>Whether the event bubbles (default <see langword="false"/>).</summary>
    public bool Bubbles { get; init; }

    /// <summary>Whether the event can be canceled (default <see langword="false"/>).</summary>
    public bool Cancelable { get; init; }

    /// <summary>Whether the event is composed (default <see langword="false"/>).</summary>
    public bool Composed { get; init; }
}
