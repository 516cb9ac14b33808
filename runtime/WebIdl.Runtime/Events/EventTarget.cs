using System;
using System.Diagnostics;

namespace WebIdl.Runtime;

/// <summary>
/// The DOM <c>EventTarget</c> (<see href="https://dom.spec.whatwg.org/#interface-eventtarget"/>): an object with an
/// event listener list, to which events are dispatched.
/// </summary>
/// <remarks>
/// <para><b>Listener semantics.</b> As in the DOM standard: a listener is identified by its type, its callback and its
/// capture flag, and adding the same one twice does nothing; listeners run in the order they were added; a
/// <c>once</c> listener is removed just before it is called; a listener removed during a dispatch is not called
/// after its removal; the list is copied each time a target's listeners are invoked, so a listener added during a
/// dispatch is not called by the phase that is running (though, exactly as in the standard, a non-capture listener
/// added by a capture listener is called when the target's non-capture listeners run next); an exception thrown by
/// a listener goes to <see cref="ReportException"/> and does not stop the other listeners. Delegate callbacks are
/// compared with <see cref="Delegate.Equals(object)"/> (so the same method on the same object is the same
/// callback), <see cref="IEventListener"/> objects by reference.</para>
/// <para><b>No tree.</b> Targets here have no parent, so an event's path is its target alone: dispatch runs the
/// target's capture listeners, then its non-capture listeners, both with <see cref="Event.EventPhase"/>
/// <see cref="Event.AT_TARGET"/>; <see cref="Event.Bubbles"/> and <see cref="Event.Composed"/> have no effect, and
/// the <c>signal</c> option and the DOM's activation behavior are not implemented.</para>
/// <para><b>Event handlers.</b> Derived types expose HTML event handler attributes (<c>onmessage</c>, …) through
/// <see cref="GetEventHandler"/> and <see cref="SetEventHandler"/>.</para>
/// <para><b>Thread safety.</b> Adding and removing listeners and setting event handlers are safe from any thread,
/// including from inside a listener. A dispatch runs the listeners synchronously on the thread that dispatches;
/// different events may be dispatched on different threads at once, but the runtime's own types (the WebSocket)
/// dispatch one event at a time. The listener list is copy-on-write: a dispatch never holds a lock while a listener
/// runs.</para>
/// <para>Implements the contract <see cref="IEventTarget"/>, generated from the runtime's
/// <c>Idl/dom-events.webidl</c>.</para>
/// </remarks>
public partial class EventTarget : IEventTarget
{
    // Guards every write of _listeners and _handlers. Readers take the current array without the lock.
    private readonly object _gate = new();

    // The event listener list. Never mutated in place: each change publishes a new array, so a dispatch's snapshot
    // (the DOM's "clone of the event listener list") is just the array it read.
    private volatile Listener[] _listeners = Array.Empty<Listener>();

    /// <summary>The IDL constructor <c>EventTarget()</c>: a target with no listeners.</summary>
    public EventTarget()
    {
    }

    /// <summary>
    /// Raised when a listener or event handler of any target throws and the target does not override
    /// <see cref="ReportException"/>. The sender is the target. With no subscriber the exception is written to
    /// <see cref="Trace"/>. Subscribing and unsubscribing are thread-safe.
    /// </summary>
    public static event EventHandler<ListenerExceptionEventArgs>? UnhandledListenerException;

    /// <summary>
    /// Adds a listener (IDL <c>addEventListener(type, callback, options)</c>), unless one with the same type,
    /// callback and capture flag is already there or <paramref name="callback"/> is <see langword="null"/>.
    /// </summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The callback, or <see langword="null"/> to do nothing.</param>
    /// <param name="options">Capture, once and passive; all false when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void AddEventListener(string type, EventListener? callback, AddEventListenerOptions? options = null) =>
        AddListener(type, callback, options);

    /// <summary>Adds a listener (IDL <c>addEventListener(type, callback, useCapture)</c>).</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The callback, or <see langword="null"/> to do nothing.</param>
    /// <param name="useCapture">Whether it is a capture listener.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void AddEventListener(string type, EventListener? callback, bool useCapture) =>
        AddListener(type, callback, new AddEventListenerOptions { Capture = useCapture });

    /// <summary>Adds a listener object (IDL <c>addEventListener(type, callback, options)</c>), unless the same
    /// object is already there with the same type and capture flag.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The listener object, or <see langword="null"/> to do nothing.</param>
    /// <param name="options">Capture, once and passive; all false when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void AddEventListener(string type, IEventListener? callback, AddEventListenerOptions? options = null) =>
        AddListener(type, callback, options);

    /// <summary>Adds a listener object (IDL <c>addEventListener(type, callback, useCapture)</c>).</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The listener object, or <see langword="null"/> to do nothing.</param>
    /// <param name="useCapture">Whether it is a capture listener.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void AddEventListener(string type, IEventListener? callback, bool useCapture) =>
        AddListener(type, callback, new AddEventListenerOptions { Capture = useCapture });

    /// <summary>Removes the listener with this type, callback and capture flag, if there is one (IDL
    /// <c>removeEventListener(type, callback, options)</c>). If a dispatch is running it does not call the
    /// listener any more.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The callback, or <see langword="null"/> to do nothing.</param>
    /// <param name="options">The capture flag; false when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void RemoveEventListener(string type, EventListener? callback, EventListenerOptions? options = null) =>
        RemoveListener(type, callback, options?.Capture ?? false);

    /// <summary>Removes a listener (IDL <c>removeEventListener(type, callback, useCapture)</c>).</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The callback, or <see langword="null"/> to do nothing.</param>
    /// <param name="useCapture">The capture flag it was added with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void RemoveEventListener(string type, EventListener? callback, bool useCapture) =>
        RemoveListener(type, callback, useCapture);

    /// <summary>Removes a listener object (IDL <c>removeEventListener(type, callback, options)</c>).</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The listener object, or <see langword="null"/> to do nothing.</param>
    /// <param name="options">The capture flag; false when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void RemoveEventListener(string type, IEventListener? callback, EventListenerOptions? options = null) =>
        RemoveListener(type, callback, options?.Capture ?? false);

    /// <summary>Removes a listener object (IDL <c>removeEventListener(type, callback, useCapture)</c>).</summary>
    /// <param name="type">The event type.</param>
    /// <param name="callback">The listener object, or <see langword="null"/> to do nothing.</param>
    /// <param name="useCapture">The capture flag it was added with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void RemoveEventListener(string type, IEventListener? callback, bool useCapture) =>
        RemoveListener(type, callback, useCapture);

    /// <inheritdoc cref="AddEventListener(string, EventListener?, AddEventListenerOptions?)"/>
    void IEventTarget.AddEventListener(string type, EventListener? callback) =>
        AddEventListener(type, callback, (AddEventListenerOptions?)null);

    /// <inheritdoc cref="RemoveEventListener(string, EventListener?, EventListenerOptions?)"/>
    void IEventTarget.RemoveEventListener(string type, EventListener? callback) =>
        RemoveEventListener(type, callback, (EventListenerOptions?)null);

    /// <summary>
    /// Dispatches an untrusted event to this target's listeners, synchronously (IDL <c>dispatchEvent(event)</c>).
    /// </summary>
    /// <param name="event">The event; <see cref="Event.IsTrusted"/> becomes <see langword="false"/>.</param>
    /// <returns><see langword="false"/> when the event was canceled, otherwise <see langword="true"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">An <c>"InvalidStateError"</c>: the event is already being dispatched.</exception>
    public bool DispatchEvent(Event @event) => Dispatch(@event, trusted: false, nameof(DispatchEvent));

    /// <summary>
    /// Fires an event (the DOM's "fire an event"): dispatches it as a trusted event. For the runtime's own types,
    /// which fire the events their standard defines.
    /// </summary>
    /// <param name="event">The event; <see cref="Event.IsTrusted"/> becomes <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when the event was canceled, otherwise <see langword="true"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">An <c>"InvalidStateError"</c>: the event is already being dispatched.</exception>
    protected bool FireEvent(Event @event) => Dispatch(@event, trusted: true, nameof(FireEvent));

    /// <summary>Fires a plain trusted <see cref="Event"/> of the given type that neither bubbles nor can be canceled.</summary>
    /// <param name="type">The event type.</param>
    /// <returns><see langword="true"/> (such an event cannot be canceled).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    protected bool FireEvent(string type) => FireEvent(new Event(type));

    /// <summary>
    /// Reports an exception thrown by a listener or event handler (the HTML standard's "report an exception").
    /// Called on the dispatching thread; the other listeners still run afterwards. The default raises
    /// <see cref="UnhandledListenerException"/>, or writes to <see cref="Trace"/> when it has no subscriber.
    /// An exception thrown from here ends the dispatch and propagates to its caller.
    /// </summary>
    /// <param name="exception">The exception.</param>
    protected virtual void ReportException(Exception exception)
    {
        EventHandler<ListenerExceptionEventArgs>? handler = UnhandledListenerException;
        if (handler is not null)
            handler(this, new ListenerExceptionEventArgs(exception));
        else
            Trace.TraceError("WebIdl.Runtime: an event listener on {0} threw: {1}", GetType().FullName, exception);
    }

    private void AddListener(string type, object? callback, AddEventListenerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (callback is null)
            return;
        var listener = new Listener(type, callback, options?.Capture ?? false, options?.Once ?? false, options?.Passive ?? false);
        lock (_gate)
        {
            if (IndexOf(type, callback, listener.Capture) >= 0)
                return;
            Append(listener);
        }
    }

    private void RemoveListener(string type, object? callback, bool capture)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (callback is null)
            return;
        lock (_gate)
        {
            int index = IndexOf(type, callback, capture);
            if (index >= 0)
                RemoveAt(index);
        }
    }

    // The DOM's "remove an event listener" for a listener object: true when this call removed it (a once listener
    // reached by two concurrent dispatches is then called by one of them only).
    private bool TryRemove(Listener listener)
    {
        lock (_gate)
        {
            if (listener.Removed)
                return false;
            int index = Array.IndexOf(_listeners, listener);
            if (index < 0)
                return false;
            RemoveAt(index);
            return true;
        }
    }

    // Callers hold _gate.
    private int IndexOf(string type, object callback, bool capture)
    {
        Listener[] listeners = _listeners;
        for (int i = 0; i < listeners.Length; i++)
        {
            Listener candidate = listeners[i];
            if (candidate.Capture == capture
                && string.Equals(candidate.Type, type, StringComparison.Ordinal)
                && SameCallback(candidate.Callback, callback))
            {
                return i;
            }
        }

        return -1;
    }

    // Callers hold _gate.
    private void Append(Listener listener)
    {
        Listener[] old = _listeners;
        var updated = new Listener[old.Length + 1];
        Array.Copy(old, updated, old.Length);
        updated[old.Length] = listener;
        _listeners = updated;
        OnListenerAdded(listener.Type);
    }

    /// <summary>
    /// Called when a listener (or the internal listener of an event handler) has been added. A target whose events
    /// come from another thread overrides it to know that someone is listening. It runs under the target's lock:
    /// overrides must be quick and must not call back into the target.
    /// </summary>
    /// <param name="type">The listener's event type.</param>
    protected virtual void OnListenerAdded(string type)
    {
    }

    // Callers hold _gate. Setting Removed first is what keeps a running dispatch from calling the listener.
    private void RemoveAt(int index)
    {
        Listener[] old = _listeners;
        old[index].Removed = true;
        var updated = new Listener[old.Length - 1];
        Array.Copy(old, 0, updated, 0, index);
        Array.Copy(old, index + 1, updated, index, old.Length - index - 1);
        _listeners = updated;
    }

    private static bool SameCallback(object existing, object callback) =>
        existing is Delegate ? existing.Equals(callback) : ReferenceEquals(existing, callback);

    // The DOM's "dispatch" for a target without parent: the path is [this], so "invoke" runs twice at the target,
    // first for capture listeners, then for the others, both AT_TARGET.
    private bool Dispatch(Event @event, bool trusted, string memberName)
    {
        IdlConvert.NotNull(@event, nameof(EventTarget), memberName, "event");
        if (@event.IsDispatching)
            throw DOMException.InvalidState($"EventTarget.{memberName}: the '{@event.Type}' event is already being dispatched.");

        @event.IsDispatching = true;
        @event.IsTrusted = trusted;
        try
        {
            @event.Target = this;
            @event.CurrentTarget = this;
            @event.EventPhase = Event.AT_TARGET;
            Invoke(@event, capturing: true);
            Invoke(@event, capturing: false);
        }
        finally
        {
            @event.EndDispatch();
        }

        return !@event.IsCanceled;
    }

    // The DOM's "invoke" and "inner invoke".
    private void Invoke(Event @event, bool capturing)
    {
        if (@event.IsPropagationStopped)
            return;

        Listener[] listeners = _listeners; // the clone: later additions are not in it
        foreach (Listener listener in listeners)
        {
            if (listener.Removed
                || listener.Capture != capturing
                || !string.Equals(listener.Type, @event.Type, StringComparison.Ordinal))
            {
                continue;
            }

            if (listener.Once && !TryRemove(listener))
                continue;

            @event.InPassiveListener = listener.Passive;
            try
            {
                switch (listener.Callback)
                {
                    case EventListener function:
                        function(@event);
                        break;
                    case IEventListener obj:
                        obj.HandleEvent(@event);
                        break;
                    case EventHandlerSlot slot:
                        slot.Process(@event);
                        break;
                }
            }
            catch (Exception exception)
            {
                // The standard reports every exception a listener throws and goes on with the next listener.
                ReportException(exception);
            }
            finally
            {
                @event.InPassiveListener = false;
            }

            if (@event.IsImmediatePropagationStopped)
                break;
        }
    }

    // An entry of the event listener list. Type, callback and flags never change; Removed is set once, under _gate,
    // and read without it by dispatches on any thread.
    private sealed class Listener
    {
        public Listener(string type, object callback, bool capture, bool once, bool passive)
        {
            Type = type;
            Callback = callback;
            Capture = capture;
            Once = once;
            Passive = passive;
        }

        public string Type { get; }

        public object Callback { get; }

        public bool Capture { get; }

        public bool Once { get; }

        public bool Passive { get; }

        private volatile bool _removed;

        public bool Removed
        {
            get => _removed;
            set => _removed = value;
        }
    }
}
