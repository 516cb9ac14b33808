using System.Globalization;

namespace WebIdl.Language.Diagnostics
{
    /// <summary>Renders diagnostics in the MSBuild canonical error format, which editors and CI logs recognise.</summary>
    public static class DiagnosticFormatter
    {
        /// <summary>Formats <c>path(line,col): severity ID: message</c>.</summary>
        public static string Format(IdlDiagnostic diagnostic)
        {
            var severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            var path = string.IsNullOrEmpty(diagnostic.Span.Path) ? "<input>" : diagnostic.Span.Path;
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2}): {3} {4}: {5}",
                path,
                diagnostic.Span.Line,
                diagnostic.Span.Column,
                severity,
                diagnostic.Id,
                diagnostic.Message);
        }
    }
}
