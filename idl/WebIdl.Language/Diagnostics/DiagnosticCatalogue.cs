namespace WebIdl.Language.Diagnostics
{
    /// <summary>
    /// Every diagnostic the language library reports. Ids are stable: never reuse or renumber one.
    /// WIDL0001–WIDL0099 are lexical and syntax errors; WIDL0100 and up come from the semantic model.
    /// </summary>
    public static partial class DiagnosticCatalogue
    {
        /// <summary>The parser expected one thing and found another.</summary>
        public static readonly DiagnosticDescriptor UnexpectedToken = new(
            "WIDL0001", "Unexpected token", "Expected {0}, found {1}", DiagnosticSeverity.Error);

        /// <summary>A character that cannot start any WebIDL token.</summary>
        public static readonly DiagnosticDescriptor InvalidCharacter = new(
            "WIDL0002", "Invalid character", "Unexpected character {0}", DiagnosticSeverity.Error);

        /// <summary>A <c>/*</c> comment that never ends.</summary>
        public static readonly DiagnosticDescriptor UnterminatedComment = new(
            "WIDL0003", "Unterminated comment", "Unterminated /* comment: expected */ before the end of the file", DiagnosticSeverity.Error);

        /// <summary>A string literal that never ends.</summary>
        public static readonly DiagnosticDescriptor UnterminatedString = new(
            "WIDL0004", "Unterminated string", "Unterminated string literal: expected \" before the end of the file", DiagnosticSeverity.Error);

        /// <summary>Types or argument lists nested deeper than the parser allows.</summary>
        public static readonly DiagnosticDescriptor NestingTooDeep = new(
            "WIDL0005", "Nesting too deep", "Nesting is deeper than {0} levels", DiagnosticSeverity.Error);

        /// <summary>An identifier WebIDL reserves.</summary>
        public static readonly DiagnosticDescriptor ReservedIdentifier = new(
            "WIDL0006", "Reserved identifier", "'{0}' is a reserved identifier and must not be used", DiagnosticSeverity.Error);

        /// <summary>A construct that is well-formed token-wise but that the grammar forbids.</summary>
        public static readonly DiagnosticDescriptor InvalidConstruct = new(
            "WIDL0007", "Invalid construct", "{0}", DiagnosticSeverity.Error);

        /// <summary>Legacy syntax (pre-2016 WebIDL) when the parser runs in strict, webidl2.js-compatible mode.</summary>
        public static readonly DiagnosticDescriptor LegacySyntaxError = new(
            "WIDL0008", "Legacy syntax", "{0} is legacy WebIDL syntax, not valid in current Web IDL", DiagnosticSeverity.Error);

        /// <summary>Legacy syntax when the parser is asked to warn about it.</summary>
        public static readonly DiagnosticDescriptor LegacySyntaxWarning = new(
            "WIDL0009", "Legacy syntax", "{0} is legacy WebIDL syntax", DiagnosticSeverity.Warning);

        /// <summary>An unexpected failure inside the parser; reported instead of throwing.</summary>
        public static readonly DiagnosticDescriptor InternalError = new(
            "WIDL0010", "Internal parser error", "Internal error while parsing: {0}", DiagnosticSeverity.Error);
    }
}
