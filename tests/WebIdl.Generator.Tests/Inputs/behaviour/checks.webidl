// The interface the behaviour tests implement and call: one member per validation rule.

enum Mode { "fast", "slow-motion", "" };

dictionary Options {
  required DOMString name;
  long count = 5;
  Mode mode = "fast";
};

dictionary Settings {
  long count = 5;
  sequence<DOMString> tags = [];
};

[Exposed=Window]
interface Checks : EventTarget {
  constructor(DOMString name);
  attribute [EnforceRange] unsigned long limit;
  attribute [Clamp] octet level;
  attribute Mode mode;
  attribute USVString label;
  attribute ByteString token;
  attribute double ratio;
  attribute DOMString? note;
  attribute DOMString title;
  attribute EventHandler onping;
  attribute [LegacyNullToEmptyString] USVString html;
  undefined enforce([EnforceRange] unsigned short port);
  undefined enforceBig([EnforceRange] long long big);
  undefined clamp([Clamp] byte level, [Clamp] unsigned long long huge);
  undefined restricted(float f, double d, unrestricted double u);
  undefined text(USVString value);
  undefined bytes(ByteString value);
  undefined choose(Mode mode);
  undefined named(DOMString name, Checks? other);
  undefined configure(Options options);
  DOMString defaults(optional long count = 7, optional DOMString label = "a'b\c", optional Mode mode = "slow-motion",
                     optional sequence<long> list = [], optional Settings settings = {});
  undefined accept((long or USVString) value);
  undefined many(USVString... values);
  undefined ping();
  undefined write([LegacyNullToEmptyString] DOMString text);
};
