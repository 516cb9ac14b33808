// The golden case of WebIdlOwnedContracts (GeneratorOptions.OwnedContracts): the set defines Event and EventTarget,
// which the runtime owns. Only their contracts are generated (IEvent, IEventTarget: no stub, no statics); every use
// of the names still maps to WebIdl.Runtime.Event and EventTarget (the stubs of PingEvent and Pinger derive from them),
// and IPingEvent and IPinger do not inherit the new contracts.

/** Something that happened. */
[Exposed=*]
interface Event {
  constructor(DOMString type, optional EventInit eventInitDict = {});

  /** The event type. */
  readonly attribute DOMString type;
  readonly attribute EventTarget? target;
  readonly attribute EventTarget? srcElement; // legacy
  readonly attribute EventTarget? currentTarget;
  sequence<EventTarget> composedPath();

  const unsigned short NONE = 0;
  const unsigned short CAPTURING_PHASE = 1;
  const unsigned short AT_TARGET = 2;
  const unsigned short BUBBLING_PHASE = 3;
  readonly attribute unsigned short eventPhase;

  undefined stopPropagation();
           attribute boolean cancelBubble; // legacy alias of .stopPropagation()
  undefined stopImmediatePropagation();

  readonly attribute boolean bubbles;
  readonly attribute boolean cancelable;
           attribute boolean returnValue;  // legacy
  undefined preventDefault();
  readonly attribute boolean defaultPrevented;
  readonly attribute boolean composed;

  [LegacyUnforgeable] readonly attribute boolean isTrusted;
  readonly attribute DOMHighResTimeStamp timeStamp;

  undefined initEvent(DOMString type, optional boolean bubbles = false, optional boolean cancelable = false); // legacy
};

dictionary EventInit {
  boolean bubbles = false;
  boolean cancelable = false;
  boolean composed = false;
};

/** Something events are dispatched to. */
[Exposed=*]
interface EventTarget {
  constructor();

  undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});
  undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});
  boolean dispatchEvent(Event event);
};

callback interface EventListener {
  undefined handleEvent(Event event);
};

/** An event with a count. */
[Exposed=*]
interface PingEvent : Event {
  constructor(DOMString type, optional PingEventInit eventInitDict = {});
  /** How many pings so far. */
  readonly attribute unsigned long count;
};

dictionary PingEventInit : EventInit {
  unsigned long count = 0;
};

/** A target that pings. */
[Exposed=*]
interface Pinger : EventTarget {
  /** Fired on each ping. */
  attribute EventHandler onping;
  /** Pings once. */
  undefined ping();
};
