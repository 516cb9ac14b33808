using System;

namespace WebIdl.Language.Text
{
    /// <summary>
    /// A range of characters in one source file, with the 1-based line and column of its start.
    /// </summary>
    /// <param name="Path">The file the span belongs to (as given to the parser; may be empty).</param>
    /// <param name="Start">Offset of the first character (0-based, in UTF-16 code units).</param>
    /// <param name="Length">Number of characters covered.</param>
    /// <param name="Line">1-based line of <paramref name="Start"/>.</param>
    /// <param name="Column">1-based column of <paramref name="Start"/>.</param>
    public readonly record struct SourceSpan(string Path, int Start, int Length, int Line, int Column)
    {
        /// <summary>Offset just past the last character.</summary>
        public int End => Start + Length;

        /// <summary>A span that covers both this span and <paramref name="other"/> (the start line and column of the earlier one).</summary>
        public SourceSpan Through(SourceSpan other)
        {
            if (other.Start < Start)
            {
                return other.Through(this);
            }

            return new SourceSpan(Path, Start, Math.Max(End, other.End) - Start, Line, Column);
        }

        /// <summary>Renders as <c>path(line,col)</c>, the MSBuild location form.</summary>
        public override string ToString() => $"{Path}({Line},{Column})";
    }
}
