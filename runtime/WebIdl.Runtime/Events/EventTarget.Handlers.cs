using System;
using System.Collections.Generic;

namespace WebIdl.Runtime;

// HTML event handlers (https://html.spec.whatwg.org/#event-handler-attributes): the value of an on… attribute
// lives in a slot; the first non-null value adds one internal listener, which keeps its place in the listener list
// while the value is replaced, and is removed when the value becomes null.
public partial class EventTarget
{
    // The event handler map, keyed by event type ("message" for onmessage). Created on first use, guarded by _gate.
    private Dictionary<string, EventHandlerSlot>? _handlers;

    /// <summary>
    /// Gets the value of the event handler for <paramref name="type"/> (the getter of an HTML event handler IDL
    /// attribute such as <c>onmessage</c>, for type <c>"message"</c>).
    /// </summary>
    /// <param name="type">The event handler event type (the attribute name without <c>on</c>).</param>
    /// <returns>The handler, or <see langword="null"/> when none is set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    protected EventHandlerNonNull? GetEventHandler(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_gate)
        {
            return _handlers is not null && _handlers.TryGetValue(type, out EventHandlerSlot? slot) ? slot.Value : null;
        }
    }

    /// <summary>
    /// Sets the event handler for <paramref name="type"/> (the setter of an HTML event handler IDL attribute) with
    /// HTML's semantics: the first non-null value adds an internal listener at the end of the listener list, so the
    /// handler runs after listeners added before and before listeners added after; replacing the value keeps that
    /// position; <see langword="null"/> removes the listener, and a later non-null value adds a new one at the end.
    /// The handler runs as a non-capture, non-passive listener; when it returns boxed <see langword="false"/> the
    /// event is canceled (if cancelable), and an exception it throws goes to <see cref="ReportException"/>.
    /// </summary>
    /// <remarks>HTML's special cases (<c>onerror</c> on a window, where <see langword="true"/> cancels, and
    /// <c>onbeforeunload</c>) do not apply to the targets here.</remarks>
    /// <param name="type">The event handler event type (the attribute name without <c>on</c>).</param>
    /// <param name="handler">The handler, or <see langword="null"/> to remove it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    protected void SetEventHandler(string type, EventHandlerNonNull? handler)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_gate)
        {
            _handlers ??= new Dictionary<string, EventHandlerSlot>(StringComparer.Ordinal);
            if (!_handlers.TryGetValue(type, out EventHandlerSlot? slot))
            {
                if (handler is null)
                    return;
                slot = new EventHandlerSlot();
                _handlers.Add(type, slot);
            }

            if (handler is null)
            {
                // HTML's "deactivate an event handler".
                slot.Value = null;
                if (slot.Listener is { } listener)
                {
                    int index = Array.IndexOf(_listeners, listener);
                    if (index >= 0)
                        RemoveAt(index);
                    slot.Listener = null;
                }

                return;
            }

            // HTML's setter, then "activate an event handler" when there is no listener yet.
            slot.Value = handler;
            if (slot.Listener is null)
            {
                var listener = new Listener(type, slot, capture: false, once: false, passive: false);
                Append(listener);
                slot.Listener = listener;
            }
        }
    }

    // One event handler: its current value and the internal listener that runs it. The listener's callback is the
    // slot itself, so it never equals a user's callback.
    private sealed class EventHandlerSlot
    {
        private volatile EventHandlerNonNull? _value;

        // Written under _gate, read by dispatches without it.
        public EventHandlerNonNull? Value
        {
            get => _value;
            set => _value = value;
        }

        // Written and read under _gate.
        public Listener? Listener { get; set; }

        // HTML's "event handler processing algorithm": the value is read when the event arrives, so a handler
        // replaced during a dispatch is the one called.
        public void Process(Event @event)
        {
            EventHandlerNonNull? callback = Value;
            if (callback is null)
                return;
            object? returnValue = callback(@event);
            if (returnValue is false)
                @event.SetCanceledFlag();
        }
    }
}
