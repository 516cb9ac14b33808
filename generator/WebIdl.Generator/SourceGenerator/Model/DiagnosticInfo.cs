using Microsoft.CodeAnalysis;

namespace WebIdl.Generator.SourceGenerator.Model
{
    /// <summary>A diagnostic on its way to the compiler: value-equal, so an unchanged set is not reported anew.</summary>
    /// <param name="Id">The WIDL id.</param>
    /// <param name="Title">The catalogue title of the id.</param>
    /// <param name="Severity">The Roslyn severity.</param>
    /// <param name="Message">The rendered message.</param>
    /// <param name="Location">Where in a .webidl file, or null for none.</param>
    internal sealed record DiagnosticInfo(string Id, string Title, DiagnosticSeverity Severity, string Message, LocationInfo? Location)
    {
        /// <summary>The Roslyn diagnostic, with a descriptor shared by every diagnostic of this id and severity.</summary>
        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(DiagnosticDescriptors.Get(Id, Title, Severity), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Message);
    }
}
