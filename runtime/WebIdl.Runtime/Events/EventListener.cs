namespace WebIdl.Runtime;

/// <summary>
/// A listener callback (the function form of the IDL <c>callback interface EventListener</c>), added with
/// <see cref="EventTarget.AddEventListener(string, EventListener, AddEventListenerOptions)"/>.
/// </summary>
/// <param name="event">The event being dispatched.</param>
public delegate void EventListener(Event @event);

/// <summary>
/// A listener object (the object form of the IDL <c>callback interface EventListener</c>): its
/// <see cref="HandleEvent"/> is called. Listener objects are told apart by reference.
/// </summary>
public interface IEventListener
{
    /// <summary>Handles the event (IDL <c>handleEvent</c>).</summary>
    /// <param name="event">The event being dispatched.</param>
    void HandleEvent(Event @event);
}

/// <summary>
/// An event handler (HTML's <c>callback EventHandlerNonNull = any (Event event)</c>), the value of an
/// <c>on…</c> attribute. Returning boxed <see langword="false"/> cancels the event, as
/// <see cref="Event.PreventDefault"/> does.
/// </summary>
/// <param name="event">The event being dispatched.</param>
/// <returns>Any value; only boxed <see langword="false"/> has a meaning.</returns>
public delegate object? EventHandlerNonNull(Event @event);
