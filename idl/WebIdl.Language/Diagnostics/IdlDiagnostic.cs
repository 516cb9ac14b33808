using WebIdl.Language.Text;

namespace WebIdl.Language.Diagnostics
{
    /// <summary>A problem found in WebIDL source, with its location.</summary>
    /// <param name="Id">Stable id from <see cref="DiagnosticCatalogue"/>.</param>
    /// <param name="Severity">Error, warning or info.</param>
    /// <param name="Message">The rendered message.</param>
    /// <param name="Span">Where the problem is.</param>
    public sealed record IdlDiagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceSpan Span)
    {
        /// <summary>Creates a diagnostic from a catalogue entry.</summary>
        public static IdlDiagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
            new IdlDiagnostic(descriptor.Id, descriptor.Severity, descriptor.Format(args), span);

        /// <summary>True for errors.</summary>
        public bool IsError => Severity == DiagnosticSeverity.Error;

        /// <summary>Renders in the MSBuild canonical form, <c>path(line,col): error WIDL0001: message</c>.</summary>
        public override string ToString() => DiagnosticFormatter.Format(this);
    }
}
