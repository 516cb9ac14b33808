namespace WebIdl.Language.Diagnostics
{
    /// <summary>How serious a diagnostic is. Matches the MSBuild categories it is printed with.</summary>
    public enum DiagnosticSeverity
    {
        /// <summary>Informational; never fails a build.</summary>
        Info,

        /// <summary>Suspicious but valid IDL.</summary>
        Warning,

        /// <summary>Invalid IDL.</summary>
        Error,
    }
}
