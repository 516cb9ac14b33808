// The Event interface of the WHATWG DOM Standard (https://dom.spec.whatwg.org/#interface-event), as of November 2026.
// The IDL is the standard's; the documentation comments are this project's.
// Event, EventInit and EventTarget are the runtime's own machinery (dispatch, listener lists, event handlers):
// the generator always maps these names to the hand-written WebIdl.Runtime.Event, EventInit and EventTarget.
// With WebIdlOwnedContracts (set in WebIdl.Runtime.csproj) it also generates the contracts IEvent and IEventTarget
// from the interfaces below, which the hand-written classes implement.

/** Something that happened, dispatched to the listeners of an EventTarget. */
[Exposed=*]
interface Event {
  /** Creates an event of the given type; untrusted until the runtime fires it. */
  constructor(DOMString type, optional EventInit eventInitDict = {});

  /** The event type, such as "message". */
  readonly attribute DOMString type;
  /** The object the event was dispatched to, or null before its first dispatch. */
  readonly attribute EventTarget? target;
  /** Legacy alias of target. */
  readonly attribute EventTarget? srcElement; // legacy
  /** The object whose listeners are running, or null outside dispatch. */
  readonly attribute EventTarget? currentTarget;
  /** The objects the event passes through: the current target alone here, as targets have no parents. */
  sequence<EventTarget> composedPath();

  /** eventPhase outside dispatch. */
  const unsigned short NONE = 0;
  /** eventPhase on the way from the root down to the target. */
  const unsigned short CAPTURING_PHASE = 1;
  /** eventPhase while the target's own listeners run. */
  const unsigned short AT_TARGET = 2;
  /** eventPhase on the way back from the target up to the root. */
  const unsigned short BUBBLING_PHASE = 3;
  /** Which of the four phases the dispatch is in. */
  readonly attribute unsigned short eventPhase;

  /** Keeps the event from reaching further objects on its path. */
  undefined stopPropagation();
  /** Legacy alias of the stop-propagation flag: setting it to true stops propagation. */
  attribute boolean cancelBubble; // legacy alias of .stopPropagation()
  /** Stops the event at once: no further listener runs. */
  undefined stopImmediatePropagation();

  /** Whether the event travels back up the path after the target. */
  readonly attribute boolean bubbles;
  /** Whether preventDefault() can cancel the event. */
  readonly attribute boolean cancelable;
  /** Legacy inverse of defaultPrevented: setting it to false cancels the event. */
  attribute boolean returnValue;  // legacy
  /** Cancels the event, when it is cancelable and the running listener is not passive. */
  undefined preventDefault();
  /** Whether the event was canceled. */
  readonly attribute boolean defaultPrevented;
  /** Whether the event crosses shadow-root boundaries. */
  readonly attribute boolean composed;

  /** Whether the runtime fired the event, as opposed to a dispatchEvent() call. */
  [LegacyUnforgeable] readonly attribute boolean isTrusted;
  /** When the event was created, in milliseconds since the time origin. */
  readonly attribute DOMHighResTimeStamp timeStamp;

  /** Legacy re-initialisation of an event that is not being dispatched. */
  undefined initEvent(DOMString type, optional boolean bubbles = false, optional boolean cancelable = false); // legacy
};

/** The values an Event is created with. */
dictionary EventInit {
  /** Whether the event bubbles. */
  boolean bubbles = false;
  /** Whether the event can be canceled. */
  boolean cancelable = false;
  /** Whether the event is composed. */
  boolean composed = false;
};

/** An object that events are dispatched to: it keeps a list of listeners per event type. */
[Exposed=*]
interface EventTarget {
  /** Creates a target with no listeners. */
  constructor();

  /**
   * Adds a listener for events of `type`, unless the same callback is already there with the same capture flag.
   * `options` is the capture flag, or a dictionary with capture, once and passive.
   */
  undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});
  /** Removes the listener with this type, callback and capture flag, if there is one. */
  undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});
  /** Dispatches an untrusted event to the listeners; false when a listener canceled it. */
  boolean dispatchEvent(Event event);
};

/** A listener: a function, or an object whose handleEvent is called. */
callback interface EventListener {
  /** Called with each event dispatched to the listener. */
  undefined handleEvent(Event event);
};

/** The options of removeEventListener (and the base of addEventListener's). */
dictionary EventListenerOptions {
  /** Whether the listener runs in the capture phase; part of what identifies a listener. */
  boolean capture = false;
};

/** The options of addEventListener. */
dictionary AddEventListenerOptions : EventListenerOptions {
  /** Whether the listener promises not to cancel the event (preventDefault does nothing while it runs). */
  boolean passive;
  /** Whether the listener is removed just before it is first called. */
  boolean once = false;
  // Not supported (no AbortSignal here): AbortSignal signal;
};
