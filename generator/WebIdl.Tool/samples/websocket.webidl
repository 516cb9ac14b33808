// The WebSocket API from the WHATWG WebSockets Standard (https://websockets.spec.whatwg.org/).
// The IDL is the standard's; the documentation comments are this project's.
// Try it: dotnet run --project generator/WebIdl.Tool -- check generator/WebIdl.Tool/samples/websocket.webidl

/** How binary messages are handed to script: as a Blob or as an ArrayBuffer. */
enum BinaryType { "blob", "arraybuffer" };

/** A two-way connection to a server speaking the WebSocket protocol. */
[Exposed=(Window,Worker)]
interface WebSocket : EventTarget {
  /** Opens a connection to `url`, offering one or more subprotocols. */
  constructor(USVString url, optional (DOMString or sequence<DOMString>) protocols = []);
  /** The URL the connection was opened to, after resolution. */
  readonly attribute USVString url;

  // ready state
  /** The connection is being set up. */
  const unsigned short CONNECTING = 0;
  /** The connection is up; messages can flow. */
  const unsigned short OPEN = 1;
  /** The closing handshake has started. */
  const unsigned short CLOSING = 2;
  /** The connection is closed or could not be opened. */
  const unsigned short CLOSED = 3;
  /** One of the four state constants above. */
  readonly attribute unsigned short readyState;
  /** Bytes queued by send() that have not been sent yet. */
  readonly attribute unsigned long long bufferedAmount;

  // networking
  /** Called once the connection is open. */
  attribute EventHandler onopen;
  /** Called when the connection fails or errors. */
  attribute EventHandler onerror;
  /** Called with a CloseEvent once the connection is closed. */
  attribute EventHandler onclose;
  /** The extensions the server agreed to. */
  readonly attribute DOMString extensions;
  /** The subprotocol the server chose, or the empty string. */
  readonly attribute DOMString protocol;
  /** Starts the closing handshake, optionally with a status code and a reason. */
  undefined close(optional [Clamp] unsigned short code, optional USVString reason);

  // messaging
  /** Called for every message received. */
  attribute EventHandler onmessage;
  /** Whether binary messages arrive as a Blob or an ArrayBuffer. */
  attribute BinaryType binaryType;
  /** Queues text or binary data to be sent to the server. */
  undefined send((BufferSource or Blob or USVString) data);
};

/** Fired at a WebSocket when its connection closes. */
[Exposed=(Window,Worker)]
interface CloseEvent : Event {
  /** Creates a close event, as script might to simulate one. */
  constructor(DOMString type, optional CloseEventInit eventInitDict = {});

  /** True when the closing handshake completed cleanly. */
  readonly attribute boolean wasClean;
  /** The close status code the server sent. */
  readonly attribute unsigned short code;
  /** The close reason the server sent. */
  readonly attribute USVString reason;
};

/** The fields used to initialise a CloseEvent. */
dictionary CloseEventInit : EventInit {
  /** Whether the close was clean. */
  boolean wasClean = false;
  /** The close status code. */
  unsigned short code = 0;
  /** The close reason. */
  USVString reason = "";
};
