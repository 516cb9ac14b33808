namespace WebIdl.Generator
{
    /// <summary>
    /// One fact of an events data file: events of type <see cref="Type"/> fired at <see cref="Target"/> are
    /// <see cref="Interface"/> objects (an entry of @webref/events: <c>{ "type", "interface", "targets": [{ "target" }] }</c>,
    /// one record per target). Value-equal.
    /// </summary>
    /// <param name="Target">The interface the event is fired at (<c>WebSocket</c>).</param>
    /// <param name="Type">The event type (<c>message</c>), the event handler attribute's name without <c>on</c>.</param>
    /// <param name="Interface">The event's interface (<c>MessageEvent</c>).</param>
    public sealed record EventInterface(string Target, string Type, string Interface);
}
