using WebIdl.Language.Text;

namespace WebIdl.Language.Syntax
{
    /// <summary>The syntax tree of one WebIDL file.</summary>
    public sealed record IdlFile : SyntaxNode
    {
        /// <summary>The path the file was parsed under.</summary>
        public string Path { get; init; } = "";

        /// <summary>The definitions, in source order.</summary>
        public EquatableArray<DefinitionNode> Definitions { get; init; }

        /// <summary>
        /// The comments at the top of the file that are not attached to the first definition
        /// (for the web-platform corpus, the <c>// Source:</c> header). Null when there are none.
        /// </summary>
        public string? HeaderComment { get; init; }
    }
}
