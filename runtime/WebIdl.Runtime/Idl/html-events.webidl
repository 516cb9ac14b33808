// The events of the WHATWG HTML Standard that the runtime's types fire (https://html.spec.whatwg.org/), as of
// November 2026. The IDL is the standard's, with the members the runtime does not support left out and marked; the
// documentation comments are this project's. EventHandlerNonNull and EventHandler are provided by the runtime itself
// (its event handler machinery), so the generator maps them to WebIdl.Runtime.EventHandlerNonNull and emits nothing
// for them.

/** The value of an on… event handler attribute: called with the event; returning false cancels it. */
[LegacyTreatNonObjectAsNull]
callback EventHandlerNonNull = any (Event event);
/** An event handler attribute's value, or null when none is set. */
typedef EventHandlerNonNull? EventHandler;

/** The event fired for a message received, for example by a WebSocket. */
[Exposed=(Window,Worker,AudioWorklet)]
interface MessageEvent : Event {
  /** Creates a message event (the runtime creates the ones a WebSocket fires). */
  constructor(DOMString type, optional MessageEventInit eventInitDict = {});

  /** The message: a string for text, a Blob or an array buffer (byte[]) for binary data. */
  readonly attribute any data;
  /** The origin of the sender, as a serialised URL origin. */
  readonly attribute USVString origin;
  /** The last event ID, used by server-sent events. */
  readonly attribute DOMString lastEventId;
  // Not supported (no windows or message ports here):
  //   readonly attribute MessageEventSource? source;
  //   readonly attribute FrozenArray<MessagePort> ports;
  //   undefined initMessageEvent(...);
};

/** The values a MessageEvent is created with. */
dictionary MessageEventInit : EventInit {
  /** The message. */
  any data = null;
  /** The sender's origin. */
  USVString origin = "";
  /** The last event ID. */
  DOMString lastEventId = "";
  // Not supported: MessageEventSource? source = null; sequence<MessagePort> ports = [];
};

/** The event fired for an error, with where it happened and the error value. */
[Exposed=*]
interface ErrorEvent : Event {
  /** Creates an error event. */
  constructor(DOMString type, optional ErrorEventInit eventInitDict = {});

  /** A description of the error. */
  readonly attribute DOMString message;
  /** The URL of the script the error came from. */
  readonly attribute USVString filename;
  /** The line number in that script, or 0. */
  readonly attribute unsigned long lineno;
  /** The column number in that script, or 0. */
  readonly attribute unsigned long colno;
  /** The error value, typically an exception. */
  readonly attribute any error;
};

/** The values an ErrorEvent is created with. */
dictionary ErrorEventInit : EventInit {
  /** The description. */
  DOMString message = "";
  /** The script URL. */
  USVString filename = "";
  /** The line number. */
  unsigned long lineno = 0;
  /** The column number. */
  unsigned long colno = 0;
  /** The error value. */
  any error;
};
