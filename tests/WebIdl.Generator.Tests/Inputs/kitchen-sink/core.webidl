// Every construct of docs/generator-mapping.md, spread over several files (partials and mixins across files).

/** How a widget moves. */
enum Mode { "fast", "slow-motion", "" };

/** Shapes with awkward IDL strings. */
enum Shape { "2d", "webgl2", "a-b", "a_b" };

/** A typedef of a union names the union struct. */
typedef (DOMString or sequence<DOMString>) NameOrNames;

/** A typedef chain ends at a primitive, extended attributes kept. */
typedef [Clamp] octet Level;
typedef Level Volume;

/** Options with every kind of member. */
dictionary Settings {
  /** How many. */
  long count = 5;
  Mode mode = "slow-motion";
  DOMString label = "say 'hi' \\ bye";
  sequence<USVString> tags = [];
  boolean enabled = true;
  double ratio = 0.5;
  unrestricted double limit = Infinity;
  float scale = 1.25;
  long long big = -9007199254740991;
  unsigned long long huge = 0xFFFFFFFF;
  DOMString? note = null;
  any extra;
  object? target;
  (long or DOMString) either = 3;
  NameOrNames names = "x";
  record<DOMString, long> weights;
  Promise<undefined> ready;
  bigint count64 = 12;
};

/** A dictionary with required members. */
dictionary Options : Settings {
  required DOMString name;
  required Node parent;
  required (long or Node) anchor;
  required unsigned short port;
  Settings nested = {};
};

/** Extends the runtime's EventInit. */
dictionary PingEventInit : EventInit {
  unsigned long sequenceNumber = 0;
};

/** A callback function. */
callback Compare = long (any a, any b);
callback Notify = undefined (DOMString message, optional long level = 1, optional DOMString source, long... rest);

/** A callback interface with a constant. */
callback interface Filter {
  const unsigned short ACCEPT = 1;
  const unsigned short REJECT = 2;
  unsigned short acceptNode(Node node);
};

/** A node of a tree. */
[Exposed=Window]
interface Node : EventTarget {
  const unsigned short ELEMENT_NODE = 1;
  const short NEGATIVE = -2;
  const long HEX = 0x1F;
  const long OCTAL = 017;
  const unsigned long long BIG = 18446744073709551615;
  const long long SMALL = -9223372036854775808;
  const double PI = 3.14159;
  const float HALF = 0.5;
  const double EXP = 1e21;
  const unrestricted double POSITIVE_INFINITY = Infinity;
  const unrestricted float NEGATIVE_INFINITY = -Infinity;
  const unrestricted double NOT_A_NUMBER = NaN;
  const boolean YES = true;

  readonly attribute DOMString nodeName;
  readonly attribute Node? parentNode;
  readonly attribute WindowProxy? opener;
  attribute DOMString? textContent;
  [SameObject] readonly attribute FrozenArray<Node> childNodes;
  attribute EventHandler onchange;
  attribute EventHandler onnodeName;

  Node appendChild(Node node);
  boolean contains(Node? other);
  Promise<sequence<Node>> findAll(DOMString selector);
  Promise<undefined> settle();
};

/** An element: inherits Node, gets members from mixins and partials. */
[Exposed=Window, LegacyFactoryFunction=Image(optional unsigned long width)]
interface Element : Node {
  constructor();
  constructor(DOMString tagName, optional Settings settings = {});
  stringifier attribute USVString href;
  attribute Mode mode;
  attribute Mode? preferredMode;
  attribute [EnforceRange] unsigned long tabIndex;
  attribute [Clamp] octet opacity;
  attribute Volume volume;
  attribute ByteString token;
  attribute double ratio;
  attribute unrestricted double looseRatio;
  attribute float scale;
  attribute bigint id64;
  attribute any data;
  attribute object handle;
  attribute symbol tag;
  attribute ObservableArray<Node> adopted;
  static attribute unsigned long instances;
  static readonly attribute DOMString kind;

  undefined setMode(Mode mode);
  undefined move([EnforceRange] long x, [EnforceRange] long long y, [EnforceRange] unsigned long long z);
  undefined clampTo([Clamp] byte a, [Clamp] unsigned long long b, [Clamp] long long c);
  undefined scaleBy(float factor, double other, unrestricted float free, unrestricted double freer);
  DOMString describe(optional long count = 7, optional DOMString label = "a'b\\c", optional Mode mode = "slow-motion",
                     optional sequence<long> list = [], optional Settings settings = {}, optional boolean flag = false,
                     optional double? maybe = null, optional unrestricted double inf = -Infinity, optional bigint big = 42);
  undefined named(DOMString name, Node? parent, optional DOMString? note);
  undefined configure(Options options);
  undefined log(USVString... values);
  undefined pick((long or DOMString or Node) value);
  undefined pickMaybe(optional (long or DOMString)? value);
  undefined rename(NameOrNames names);
  undefined many((long or DOMString) a, (boolean or Node) b, (float or USVString) c, (sequence<long> or record<DOMString, long>) d, optional (Mode or Settings) e = {});
  undefined send(USVString data);
  undefined send(ArrayBuffer data);
  undefined send(DataView data);
  undefined send(Uint8Array data, optional unsigned long offset = 0);
  undefined bytes(ByteString value, sequence<ByteString> values, record<USVString, USVString> headers);
  undefined buffers(BufferSource a, ArrayBufferView b, DataView c, Int8Array d, Float64Array e, BigInt64Array f, Float16Array g);
  undefined callbacks(Compare compare, Notify? notify, Filter filter);
  undefined stream(async_sequence<DOMString> chunks);
  any anything(any value, object thing, symbol key);
  static Element create(DOMString tagName);
  static undefined reset();
  legacycaller any call(any value);
};

partial interface Element {
  /** Declared in a partial. */
  readonly attribute DOMString partialName;
};

/** An event carrying a sequence number. */
[Exposed=Window]
interface PingEvent : Event {
  constructor(DOMString type, optional PingEventInit eventInitDict = {});
  readonly attribute unsigned long sequenceNumber;
};
