/** A namespace of helpers. */
[Exposed=Window]
namespace console {
  const long LEVELS = 4;
  readonly attribute unsigned long count;
  undefined log(any... data);
  undefined assert(optional boolean condition = false, any... data);
  DOMString format(USVString pattern, optional Mode mode = "fast");
  Promise<long> measure((DOMString or Node) target);
};
