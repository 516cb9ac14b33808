using System.Globalization;

namespace WebIdl.Language.Diagnostics
{
    /// <summary>
    /// One entry of the diagnostic catalogue: a stable id, a default severity and a message format.
    /// </summary>
    /// <param name="Id">Stable identifier such as <c>WIDL0001</c>.</param>
    /// <param name="Title">Short title, for documentation and the generator's descriptors.</param>
    /// <param name="MessageFormat">A composite format string; arguments are filled in by <see cref="Format"/>.</param>
    /// <param name="Severity">The severity diagnostics of this kind have.</param>
    public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity)
    {
        /// <summary>Formats the message with invariant culture.</summary>
        public string Format(params object?[] args) =>
            args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
    }
}
