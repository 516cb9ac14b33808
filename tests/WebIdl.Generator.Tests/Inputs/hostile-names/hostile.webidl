// Hostile input: names that are C# keywords or clash after casing, comments and strings that try to leave their place.

// Evil: */ </summary> <script>alert(1)</script> & "quotes" 'apostrophes'
// #error injected
// #pragma warning disable
/** Comment with a U+2028 here: #error after a line separator, and U+0085 here:#error again. */
enum Quoting { "a\\b\", "line
break", "*/", "</summary>", "#error x", "", " ", "ä", " ", "tab	here", "{0}" };

/** Names that clash after casing: a-b, a_b and AB. */
enum Clash { "a-b", "a_b", "AB", "ab", "value__" };

/** Two definitions that differ only in case. */
dictionary point { long x; };
dictionary Point { long y; };

/** Members named like C# keywords and like their own type. */
dictionary Point3 {
  long point3;
  long class;
  long _namespace;
  long _class2;
  DOMString text = "\"; // a lone backslash
  DOMString quote = "*/ \u0022 {0} #error";
  DOMString multi = "line1
line2";
  Quoting quoting = "a\\b\";
};

[Exposed=Window]
interface Widget {
  const long class = 1;
  const long Class = 2;
  const long value = 3;
  attribute long foo;
  attribute long Foo;
  attribute long foo-bar;
  attribute long foo_bar;
  readonly attribute long widgetBase;
  readonly attribute long iWidget;
  readonly attribute long fooCore;
  readonly attribute long equals;
  readonly attribute long getType;
  readonly attribute long statics;
  undefined item(long index);
  undefined keywords(long class, long namespace, long event, long _object, long string, long _params, long operator, long this, long base, long value, long _item0);
  undefined toJSON();
  undefined getHashCode();
  DOMString quoting(optional Quoting q = "*/", optional DOMString s = "\", optional DOMString t = "
", optional DOMString u = " ");
};

[Exposed=Window]
interface System {
  readonly attribute long global;
};

/** An interface whose stub name is taken by a dictionary. */
[Exposed=Window]
interface Gadget { readonly attribute long size; };
dictionary GadgetBase { long size; };
dictionary IGadget { long size; };

[Exposed=Window]
interface Thing : EventTarget {
  attribute EventHandler onclose;
  undefined close();
  attribute EventHandler onfoo;
  readonly attribute long foo;
  attribute EventHandler on;
};

callback interface class { undefined handle(long event); };
callback _event = undefined (any _object);
