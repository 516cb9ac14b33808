namespace WebIdl.Language
{
    /// <summary>What the parser does when it meets legacy WebIDL syntax (<c>in</c> arguments, <c>exception</c>, <c>raises</c>, <c>module</c>, <c>implements</c>, <c>legacycaller</c>, …).</summary>
    public enum LegacySyntaxHandling
    {
        /// <summary>Parse it into the tree and say nothing. The default: old specs just work.</summary>
        Allow,

        /// <summary>Parse it into the tree and report WIDL0009 warnings.</summary>
        Warning,

        /// <summary>Parse it into the tree but report WIDL0008 errors, as webidl2.js would reject it.</summary>
        Error,
    }

    /// <summary>Options for <see cref="IdlParser"/>.</summary>
    public sealed record IdlParserOptions
    {
        /// <summary>The default options: legacy syntax allowed.</summary>
        public static IdlParserOptions Default { get; } = new IdlParserOptions();

        /// <summary>webidl2.js-compatible: legacy syntax is an error.</summary>
        public static IdlParserOptions Strict { get; } = new IdlParserOptions { LegacySyntax = LegacySyntaxHandling.Error };

        /// <summary>How legacy syntax is treated.</summary>
        public LegacySyntaxHandling LegacySyntax { get; init; } = LegacySyntaxHandling.Allow;
    }
}
