using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WebIdl.Generator.Corpus.Tests.Infrastructure
{
    /// <summary>One diagnostic line of MSBuild's console output.</summary>
    /// <param name="Location">What precedes the severity: <c>path(line,col)</c>, or a tool name such as <c>CSC</c>.</param>
    /// <param name="Severity"><c>warning</c> or <c>error</c>.</param>
    /// <param name="Id">The diagnostic id (<c>WIDL0200</c>, <c>CS0246</c>, <c>MSB3027</c>, …).</param>
    /// <param name="Message">The message, without the trailing <c>[project]</c>.</param>
    public sealed record BuildDiagnostic(string Location, string Severity, string Id, string Message)
    {
        /// <inheritdoc />
        public override string ToString() => Location + ": " + Severity + " " + Id + ": " + Message;
    }

    /// <summary>The diagnostic lines of MSBuild's console output.</summary>
    public static class BuildDiagnostics
    {
        private static readonly Regex DiagnosticLine = new(
            @"^\s*(?<location>.*?)\s*:\s+(?<severity>warning|error)\s+(?<id>[A-Za-z]+[0-9]+)\s*:\s*(?<message>.*?)(\s+\[[^\]]*\])?\s*$",
            RegexOptions.CultureInvariant);

        /// <summary>Every distinct diagnostic line of <paramref name="output"/>, in order.</summary>
        public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
            output.Split('\n')
                .Select(line => DiagnosticLine.Match(line.TrimEnd('\r')))
                .Where(match => match.Success)
                .Select(match => new BuildDiagnostic(match.Groups["location"].Value, match.Groups["severity"].Value, match.Groups["id"].Value, match.Groups["message"].Value))
                .Distinct()
                .ToList();
    }
}
