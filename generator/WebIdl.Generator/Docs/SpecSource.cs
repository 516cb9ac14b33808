using System;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Docs
{
    /// <summary>The specification a definition comes from: a title and an http(s) URL.</summary>
    /// <param name="Title">The specification's title, such as <c>WebSockets Standard</c>.</param>
    /// <param name="Url">The specification's URL.</param>
    public sealed record SpecSource(string Title, string Url)
    {
        /// <summary>The name of the extended attribute that names a definition's specification: <c>[SpecLink="https://…"]</c>.</summary>
        public const string SpecLinkAttribute = "SpecLink";

        /// <summary>
        /// Reads a file's header comment: the line <c>Source: Title (URL)</c> that the @webref/idl corpus starts every
        /// file with. The URL is the text inside the last pair of parentheses of that line; it must be http or https.
        /// </summary>
        /// <param name="headerComment">The file's <see cref="IdlFile.HeaderComment"/>, or null.</param>
        /// <returns>The source, or null when there is no such line.</returns>
        public static SpecSource? FromHeader(string? headerComment)
        {
            if (headerComment is null)
            {
                return null;
            }

            foreach (var raw in headerComment.Replace("\r\n", "\n").Split('\n', '\r'))
            {
                var line = raw.Trim();
                if (!line.StartsWith("Source:", StringComparison.Ordinal))
                {
                    continue;
                }

                line = line.Substring("Source:".Length).Trim();
                if (line.Length == 0 || line[line.Length - 1] != ')')
                {
                    continue;
                }

                var open = line.LastIndexOf('(');
                if (open < 0)
                {
                    continue;
                }

                var url = line.Substring(open + 1, line.Length - open - 2).Trim();
                var title = line.Substring(0, open).Trim();
                if (IsWebUrl(url))
                {
                    return new SpecSource(title.Length > 0 ? title : url, url);
                }
            }

            return null;
        }

        /// <summary>
        /// Reads <c>[SpecLink="URL"]</c> (or <c>[SpecLink=URL]</c> with an identifier-like value) from extended attributes.
        /// </summary>
        /// <param name="attributes">A definition's extended attributes.</param>
        /// <param name="title">The title to show, when known (the file header's title for the same URL); else the URL.</param>
        /// <returns>The source, or null when there is no usable <c>SpecLink</c>.</returns>
        public static SpecSource? FromExtAttrs(EquatableArray<ExtendedAttribute> attributes, string? title = null)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name != SpecLinkAttribute || attribute.Rhs?.Value is not string value)
                {
                    continue;
                }

                var url = value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"' ? value.Substring(1, value.Length - 2) : value;
                url = url.Trim();
                if (IsWebUrl(url))
                {
                    return new SpecSource(string.IsNullOrEmpty(title) ? url : title!, url);
                }
            }

            return null;
        }

        /// <summary>True for an absolute http or https URL without spaces or line breaks.</summary>
        /// <param name="url">The text.</param>
        /// <returns>Whether it may be written as a link.</returns>
        public static bool IsWebUrl(string url) =>
            (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            && url.IndexOfAny(new[] { ' ', '\t', '\n', '\r', '<', '>', '"' }) < 0
            && Uri.TryCreate(url, UriKind.Absolute, out _);
    }
}
