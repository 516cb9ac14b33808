using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Language.Text;

namespace WebIdl.Generator.SourceGenerator.Model
{
    /// <summary>
    /// The offsets where the lines of one file start, so that the end of a <see cref="SourceSpan"/> (which carries
    /// only its start line and column) can be given a line position. Lines break at <c>\n</c> only, as the WebIDL
    /// lexer counts them, so positions agree with the parser's 1-based ones.
    /// </summary>
    /// <param name="Path">The file.</param>
    /// <param name="LineStarts">Offset of the first character of each line; the first is 0.</param>
    internal sealed record LineMap(string Path, EquatableArray<int> LineStarts)
    {
        /// <summary>Builds the map of <paramref name="text"/>.</summary>
        public static LineMap Create(string path, string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return new LineMap(path, new EquatableArray<int>(starts.ToArray()));
        }

        /// <summary>The 0-based line and character of <paramref name="offset"/> (clamped to the file).</summary>
        public LinePosition PositionOf(int offset)
        {
            if (offset < 0)
            {
                offset = 0;
            }

            // Binary search for the last line start at or before the offset.
            int low = 0, high = LineStarts.Count - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (LineStarts[mid] <= offset)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return new LinePosition(low, offset - LineStarts[low]);
        }
    }
}
