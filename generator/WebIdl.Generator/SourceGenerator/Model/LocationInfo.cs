using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WebIdl.Generator.SourceGenerator.Model
{
    /// <summary>
    /// Where a diagnostic points, in a form that compares by value. A Roslyn <see cref="Location"/> must not travel
    /// down the pipeline (it is not value-equal and may hold a syntax tree), so this is built instead and turned into a
    /// location only when the diagnostic is reported.
    /// </summary>
    /// <param name="FilePath">The .webidl file.</param>
    /// <param name="TextSpan">Character offsets in the file.</param>
    /// <param name="LineSpan">0-based start and end line and character.</param>
    internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
    {
        /// <summary>The Roslyn location of an external (non-C#) file.</summary>
        public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);
    }
}
