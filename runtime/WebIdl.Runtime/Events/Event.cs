using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace WebIdl.Runtime;

/// <summary>
/// The DOM <c>Event</c> (<see href="https://dom.spec.whatwg.org/#interface-event"/>): something that happened,
/// dispatched to an <see cref="EventTarget"/>'s listeners.
/// </summary>
/// <remarks>
/// <para>The dispatch state (<see cref="Target"/>, <see cref="CurrentTarget"/>, <see cref="EventPhase"/> and the
/// propagation and canceled flags) is set by <see cref="EventTarget.DispatchEvent(Event)"/>; the rest is fixed by the
/// constructor.</para>
/// <para>Not thread-safe: an event is dispatched on one thread at a time (dispatching one that is already being
/// dispatched throws an <c>"InvalidStateError"</c> <see cref="DOMException"/>), and its listeners run on that
/// thread.</para>
/// <para>Implements the contract <see cref="IEvent"/>, generated from the runtime's <c>Idl/dom-events.webidl</c>.</para>
/// </remarks>
public class Event : IEvent
{
    /// <summary><see cref="EventPhase"/> when the event is not being dispatched.</summary>
    public const ushort NONE = 0;

    /// <summary><see cref="EventPhase"/> while the event travels from the root towards the target (never seen here: targets have no parents).</summary>
    public const ushort CAPTURING_PHASE = 1;

    /// <summary><see cref="EventPhase"/> while the target's own listeners run.</summary>
    public const ushort AT_TARGET = 2;

    /// <summary><see cref="EventPhase"/> while the event travels from the target back to the root (never seen here: targets have no parents).</summary>
    public const ushort BUBBLING_PHASE = 3;

    // The time origin of every timeStamp: the first use of Event in the process (the DOM's "relevant global's time origin").
    private static readonly long s_timeOrigin = Stopwatch.GetTimestamp();

    /// <summary>
    /// The IDL constructor <c>Event(DOMString type, optional EventInit eventInitDict = {})</c>. The event is
    /// untrusted until a target fires it.
    /// </summary>
    /// <param name="type">The event type, for example <c>"message"</c>.</param>
    /// <param name="eventInitDict">Whether it bubbles, can be canceled, is composed; all false when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public Event(string type, EventInit? eventInitDict = null)
    {
        Type = IdlConvert.NotNull(type, nameof(Event), "constructor", nameof(type));
        Bubbles = eventInitDict?.Bubbles ?? false;
        Cancelable = eventInitDict?.Cancelable ?? false;
        Composed = eventInitDict?.Composed ?? false;
        TimeStamp = Stopwatch.GetElapsedTime(s_timeOrigin).TotalMilliseconds;
    }

    /// <summary>The event type (IDL <c>type</c>).</summary>
    public string Type { get; private set; }

    /// <summary>The target the event was last dispatched to (IDL <c>target</c>), or <see langword="null"/> before its first dispatch.</summary>
    public EventTarget? Target { get; internal set; }

    /// <summary>Legacy alias of <see cref="Target"/> (IDL <c>srcElement</c>).</summary>
    public EventTarget? SrcElement => Target;

    /// <summary>The target whose listeners are running (IDL <c>currentTarget</c>); <see langword="null"/> outside dispatch.</summary>
    public EventTarget? CurrentTarget { get; internal set; }

    /// <summary>The phase (IDL <c>eventPhase</c>): <see cref="NONE"/> outside dispatch, <see cref="AT_TARGET"/> during it.</summary>
    public ushort EventPhase { get; internal set; }

    /// <summary>Whether the event goes through ancestors after the target (IDL <c>bubbles</c>).</summary>
    public bool Bubbles { get; private set; }

    /// <summary>Whether <see cref="PreventDefault"/> can cancel the event (IDL <c>cancelable</c>).</summary>
    public bool Cancelable { get; private set; }

    /// <summary>Whether the event crosses shadow-root boundaries (IDL <c>composed</c>); kept for fidelity, no effect here.</summary>
    public bool Composed { get; }

    /// <summary>Whether the event was canceled (IDL <c>defaultPrevented</c>).</summary>
    public bool DefaultPrevented => IsCanceled;

    /// <summary>Whether the runtime fired the event, as opposed to user code calling
    /// <see cref="EventTarget.DispatchEvent(Event)"/> (IDL <c>isTrusted</c>).</summary>
    public bool IsTrusted { get; internal set; }

    /// <summary>When the event was created, in milliseconds since the process's event time origin (IDL <c>timeStamp</c>, a <c>DOMHighResTimeStamp</c>).</summary>
    public double TimeStamp { get; }

    /// <summary>Legacy alias of the stop propagation flag (IDL <c>cancelBubble</c>): setting it to
    /// <see langword="true"/> is <see cref="StopPropagation"/>; setting <see langword="false"/> does nothing.</summary>
    public bool CancelBubble
    {
        get => IsPropagationStopped;
        set
        {
            if (value)
                IsPropagationStopped = true;
        }
    }

    /// <summary>Legacy inverse of <see cref="DefaultPrevented"/> (IDL <c>returnValue</c>): setting it to
    /// <see langword="false"/> is <see cref="PreventDefault"/>; setting <see langword="true"/> does nothing.</summary>
    public bool ReturnValue
    {
        get => !IsCanceled;
        set
        {
            if (!value)
                SetCanceledFlag();
        }
    }

    internal bool IsPropagationStopped { get; private set; }

    internal bool IsImmediatePropagationStopped { get; private set; }

    internal bool IsCanceled { get; private set; }

    internal bool InPassiveListener { get; set; }

    internal bool IsDispatching { get; set; }

    /// <summary>The targets the event goes through (IDL <c>composedPath()</c>): the current target alone during
    /// dispatch (targets here have no parents), empty otherwise.</summary>
    /// <returns>The path.</returns>
    public IReadOnlyList<EventTarget> ComposedPath() =>
        CurrentTarget is { } current ? new[] { current } : Array.Empty<EventTarget>();

    /// <summary>Stops the event from reaching further targets (IDL <c>stopPropagation()</c>). At a target without
    /// parents this means: listeners of the phase that is running finish, but a capture listener calling it keeps
    /// the target's non-capture listeners from running.</summary>
    public void StopPropagation() => IsPropagationStopped = true;

    /// <summary>Stops the event at once (IDL <c>stopImmediatePropagation()</c>): no further listener runs.</summary>
    public void StopImmediatePropagation()
    {
        IsPropagationStopped = true;
        IsImmediatePropagationStopped = true;
    }

    /// <summary>Cancels the event (IDL <c>preventDefault()</c>) when it is <see cref="Cancelable"/> and the running
    /// listener is not passive; otherwise does nothing.</summary>
    public void PreventDefault() => SetCanceledFlag();

    /// <summary>
    /// Legacy re-initialisation (IDL <c>initEvent(type, bubbles, cancelable)</c>): does nothing while the event is
    /// being dispatched; otherwise sets the type and flags, clears the propagation and canceled flags and the target,
    /// and makes the event untrusted, as the DOM's "initialize" does.
    /// </summary>
    /// <param name="type">The new event type.</param>
    /// <param name="bubbles">Whether it bubbles.</param>
    /// <param name="cancelable">Whether it can be canceled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public void InitEvent(string type, bool bubbles = false, bool cancelable = false)
    {
        IdlConvert.NotNull(type, nameof(Event), "initEvent", nameof(type));
        if (IsDispatching)
            return;
        IsPropagationStopped = false;
        IsImmediatePropagationStopped = false;
        IsCanceled = false;
        IsTrusted = false;
        Target = null;
        Type = type;
        Bubbles = bubbles;
        Cancelable = cancelable;
    }

    // The DOM's "set the canceled flag", shared by preventDefault(), returnValue and an event handler returning false.
    internal void SetCanceledFlag()
    {
        if (Cancelable && !InPassiveListener)
            IsCanceled = true;
    }

    // The end of the DOM's dispatch algorithm: the flags that only live during one dispatch are cleared.
    internal void EndDispatch()
    {
        EventPhase = NONE;
        CurrentTarget = null;
        InPassiveListener = false;
        IsPropagationStopped = false;
        IsImmediatePropagationStopped = false;
        IsDispatching = false;
    }
}
