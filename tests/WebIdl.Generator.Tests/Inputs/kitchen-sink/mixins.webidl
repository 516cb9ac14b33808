/** Members shared by interfaces that include it. */
interface mixin Sized {
  /** The width. */
  readonly attribute unsigned long width;
  attribute EventHandler onresize;
  undefined resize(unsigned long width, unsigned long height);
};

Element includes Sized;

partial interface mixin Sized {
  readonly attribute unsigned long height;
};
