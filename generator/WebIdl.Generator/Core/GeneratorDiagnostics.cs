using WebIdl.Language.Diagnostics;

namespace WebIdl.Generator
{
    /// <summary>
    /// The generator's own diagnostics, WIDL0200 and up (the parser has WIDL0001–0099, the semantic model WIDL0100–0199).
    /// Ids are stable: never reuse or renumber one.
    /// </summary>
    public static class GeneratorDiagnostics
    {
        /// <summary>A construct the generator does not map to C# yet; the rest of the definition is still generated.</summary>
        public static readonly DiagnosticDescriptor NotMapped = new(
            "WIDL0200", "Not mapped", "{0} is not mapped yet: {1}", DiagnosticSeverity.Warning);

        /// <summary>An overload whose C# signature equals an earlier one's; the earlier one is kept.</summary>
        public static readonly DiagnosticDescriptor OverloadDropped = new(
            "WIDL0201", "Overload dropped", "Overload dropped: C# cannot tell '{0}' apart from '{1}'", DiagnosticSeverity.Warning);

        /// <summary>An unexpected failure inside the generator; reported instead of thrown.</summary>
        public static readonly DiagnosticDescriptor InternalError = new(
            "WIDL0202", "Internal generator error", "Internal generator error: {0}", DiagnosticSeverity.Error);

        /// <summary>A constant whose value does not fit its type; the constant is left out.</summary>
        public static readonly DiagnosticDescriptor ConstantOutOfRange = new(
            "WIDL0203", "Constant out of range", "Constant '{0}' is left out: {1} does not fit in {2}", DiagnosticSeverity.Warning);

        /// <summary>An events data file (the @webref/events JSON shape) that is not valid JSON or holds an entry of another shape; what cannot be read is left out.</summary>
        public static readonly DiagnosticDescriptor EventsDataInvalid = new(
            "WIDL0204", "Events data not read", "Events data: {0}", DiagnosticSeverity.Warning);
    }
}
