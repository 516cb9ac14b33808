// The WebSocket interface of the WHATWG WebSockets Standard (https://websockets.spec.whatwg.org/#the-websocket-interface
// and #the-closeevent-interface), as of November 2026. The IDL is the standard's; the documentation comments are this
// project's. The generator turns it into IWebSocket/WebSocketBase, BinaryType, ICloseEvent/CloseEventBase and
// CloseEventInit in the namespace WebIdl.Runtime; WebIdl.Runtime.WebSockets.WebSocket and WebIdl.Runtime.CloseEvent
// implement the stubs.

/** Which object a binary message is delivered as: a Blob (the default) or an array buffer. */
enum BinaryType { "blob", "arraybuffer" };

/** A client connection speaking the WebSocket protocol (RFC 6455) to one server. */
[Exposed=*]
interface WebSocket : EventTarget {
  /**
   * Starts connecting to `url` (ws:, wss:, http: or https:, absolute, no fragment), offering the subprotocols in
   * `protocols`. Throws a SyntaxError DOMException for a bad URL or subprotocol list; connection failures are
   * reported later through the error and close events.
   */
  constructor(USVString url, optional (DOMString or sequence<DOMString>) protocols = []);

  /** The URL being connected to, after parsing and normalisation (an http: URL shows as ws:). */
  readonly attribute USVString url;

  // ready state
  /** readyState while the opening handshake is in progress. */
  const unsigned short CONNECTING = 0;
  /** readyState once the connection is established: messages can be sent and received. */
  const unsigned short OPEN = 1;
  /** readyState once the closing handshake has begun. */
  const unsigned short CLOSING = 2;
  /** readyState once the connection is closed or could not be established. */
  const unsigned short CLOSED = 3;
  /** The connection's state: CONNECTING, OPEN, CLOSING or CLOSED. */
  readonly attribute unsigned short readyState;
  /** The number of bytes passed to send() that have not been handed to the network yet. */
  readonly attribute unsigned long long bufferedAmount;

  // networking
  /** Handler of the open event, fired once the connection is established. */
  attribute EventHandler onopen;
  /** Handler of the error event, fired when the connection fails (just before close). */
  attribute EventHandler onerror;
  /** Handler of the close event (a CloseEvent), fired once when the connection is closed. */
  attribute EventHandler onclose;
  /** The extensions the server accepted (its Sec-WebSocket-Extensions header), or the empty string. */
  readonly attribute DOMString extensions;
  /** The subprotocol the server selected, or the empty string. */
  readonly attribute DOMString protocol;
  /**
   * Begins the closing handshake, with an optional status code (1000, or 3000 to 4999) and reason (at most 123
   * bytes of UTF-8). Closing a connection that is still being established fails it instead.
   */
  undefined close(optional [Clamp] unsigned short code, optional USVString reason);

  // messaging
  /** Handler of the message event (a MessageEvent), fired for each message received. */
  attribute EventHandler onmessage;
  /** How binary messages are delivered; assigning a value outside the enum does nothing. */
  attribute BinaryType binaryType;
  /** Queues a text message (a string) or a binary message (bytes or a Blob) to be sent. */
  undefined send((BufferSource or Blob or USVString) data);
};

/** The event fired at a WebSocket when its connection has closed. */
[Exposed=*]
interface CloseEvent : Event {
  /** Creates a close event (the runtime creates the ones a WebSocket fires). */
  constructor(DOMString type, optional CloseEventInit eventInitDict = {});

  /** Whether the connection closed after a complete closing handshake. */
  readonly attribute boolean wasClean;
  /** The close code: the one the server sent, 1005 when it sent none, 1006 when the connection was lost. */
  readonly attribute unsigned short code;
  /** The close reason the server sent, or the empty string. */
  readonly attribute USVString reason;
};

/** The values a CloseEvent is created with. */
dictionary CloseEventInit : EventInit {
  /** Whether the close was clean. */
  boolean wasClean = false;
  /** The close code. */
  unsigned short code = 0;
  /** The close reason. */
  USVString reason = "";
};
