/** Indexed and named properties. */
[Exposed=Window]
interface NodeList {
  getter Node? item(unsigned long index);
  readonly attribute unsigned long length;
  iterable<Node>;
};

/** Unnamed specials. */
[Exposed=Window]
interface StringMap {
  getter DOMString (DOMString name);
  setter undefined (DOMString name, DOMString value);
  deleter undefined (DOMString name);
  getter DOMString? (unsigned long index);
  stringifier;
};

/** Named specials and a named stringifier. */
[Exposed=Window]
interface Storage {
  readonly attribute unsigned long length;
  getter DOMString? getItem(DOMString key);
  setter undefined setItem(DOMString key, DOMString value);
  deleter undefined removeItem(DOMString key);
  stringifier DOMString describe();
};

/** Pairs. */
[Exposed=Window]
interface Headers {
  iterable<ByteString, ByteString>;
};

/** A map. */
[Exposed=Window]
interface Registry {
  maplike<DOMString, long>;
};

/** A read-only map. */
[Exposed=Window]
interface ReadOnlyRegistry {
  readonly maplike<DOMString, Node?>;
};

/** A set. */
[Exposed=Window]
interface Tags {
  setlike<DOMString>;
};

/** A read-only set. */
[Exposed=Window]
interface FixedTags {
  readonly setlike<long>;
};

/** An async iterable. */
[Exposed=Window]
interface Stream {
  async_iterable<Uint8Array>;
};

/** Async iteration with arguments. */
[Exposed=Window]
interface Entries {
  async_iterable<DOMString, any>(optional Settings settings = {});
};
