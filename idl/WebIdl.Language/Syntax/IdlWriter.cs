using System;
using System.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>
    /// Prints syntax trees back as canonical WebIDL: two-space indentation, one member per line, a blank line
    /// between definitions, <c>\n</c> line ends. Parsing the output gives the same tree again (spans aside):
    /// extended attributes, types, defaults, documentation comments (as <c>/** … */</c> blocks), the file's
    /// header comment (as <c>//</c> lines) and every legacy construct the parser accepts are kept. Comments that
    /// are neither documentation nor the header are not part of the tree and are not written.
    /// </summary>
    /// <remarks>
    /// Names are re-escaped with a leading <c>_</c> wherever the bare spelling would not parse back to the same name
    /// (keywords, and the legacy words <c>legacycaller</c>, <c>creator</c> and <c>in</c> in type positions).
    /// Names starting with <c>-</c> are written as they are: <c>_-x</c> is not an identifier, and <c>-x</c> already is.
    /// The writer never throws on a tree's contents; a name or string the parser could not have produced
    /// (empty, with a leading <c>_</c>, with characters outside identifiers, or a string containing <c>"</c>)
    /// is written as faithfully as possible and will not re-parse to the same tree.
    /// Documentation containing <c>*/</c> is written with <c>*\/</c> so the comment cannot end early.
    /// </remarks>
    public static partial class IdlWriter
    {
        private const string IndentUnit = "  ";

        /// <summary>Renders a whole file: the header comment, then every definition.</summary>
        /// <param name="file">The tree to print.</param>
        /// <returns>The WebIDL text, ending with a line break unless the file is empty.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
        public static string Write(IdlFile file)
        {
            if (file is null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            var builder = new StringBuilder();
            if (file.HeaderComment is not null && file.HeaderComment.Trim().Length > 0)
            {
                AppendLineComments(builder, file.HeaderComment);
                if (!file.Definitions.IsEmpty)
                {
                    // The blank line keeps the header from becoming the first definition's documentation.
                    builder.Append('\n');
                }
            }

            AppendDefinitions(builder, file.Definitions, 0);
            return builder.ToString();
        }

        /// <summary>Renders one definition with its documentation comment and extended attributes.</summary>
        /// <param name="definition">The definition to print.</param>
        /// <returns>The WebIDL text, ending with a line break.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
        public static string Write(DefinitionNode definition)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(definition));
            }

            var builder = new StringBuilder();
            AppendDefinition(builder, definition, 0);
            return builder.ToString();
        }

        /// <summary>Renders a type as WebIDL, names escaped where needed.</summary>
        /// <param name="type">The type to print.</param>
        /// <param name="includeExtAttrs">False to leave out the extended attributes of the outermost type (nested types keep theirs).</param>
        /// <returns>The type's text, such as <c>sequence&lt;[Clamp] long&gt;?</c>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
        public static string WriteType(IdlType type, bool includeExtAttrs = true)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            var builder = new StringBuilder();
            AppendType(builder, type, includeExtAttrs, TypePosition.Return);
            return builder.ToString();
        }

        private static void AppendIndent(StringBuilder builder, int depth)
        {
            for (var i = 0; i < depth; i++)
            {
                builder.Append(IndentUnit);
            }
        }
    }
}
