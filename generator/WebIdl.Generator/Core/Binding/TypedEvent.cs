namespace WebIdl.Generator.Binding
{
    /// <summary>An event handler attribute of a definition and the event interface its events have (from events data or <c>[EventInterface]</c>).</summary>
    /// <param name="Attribute">The attribute's IDL name (<c>onmessage</c>).</param>
    /// <param name="Interface">The event interface's IDL name (<c>MessageEvent</c>).</param>
    internal sealed record TypedEvent(string Attribute, string Interface);
}
