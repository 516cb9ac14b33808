// Event handler attributes typed by events data (pinger.events.json, the @webref/events shape) and by
// [EventInterface]; the ones neither types stay untyped.

[Exposed=Window]
interface Pinger : EventTarget {
  constructor();
  /** Typed by the events data: PingEvent. */
  attribute EventHandler onping;
  /** Typed in IDL, whatever the data says. */
  [EventInterface=PongEvent] attribute EventHandler onpong;
  /** The data says Event: untyped. */
  attribute EventHandler onopen;
  /** The data has this type only at another target: untyped. */
  attribute EventHandler onother;
  /** The data gives two interfaces at this target: untyped. */
  attribute EventHandler onboth;
  /** The runtime's CloseEvent (the set does not define it). */
  attribute EventHandler onclose;
  undefined close();
};

interface mixin Chatty {
  /** From a mixin: the data's target is the including interface. */
  attribute EventHandler onchat;
};

Pinger includes Chatty;

[Exposed=Window]
interface LoudPinger : Pinger {
  constructor();
  /** The data lists the base, Pinger, as the target. */
  attribute EventHandler onshout;
};

[Exposed=Window]
interface PingEvent : Event {
  constructor(DOMString type, optional PingEventInit eventInitDict = {});
  readonly attribute unsigned long count;
};

dictionary PingEventInit : EventInit {
  unsigned long count = 0;
};

[Exposed=Window]
interface PongEvent : PingEvent {
  constructor(DOMString type, optional PingEventInit eventInitDict = {});
};
