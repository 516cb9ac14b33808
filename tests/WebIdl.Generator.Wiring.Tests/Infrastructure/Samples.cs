namespace WebIdl.Generator.Wiring.Tests.Infrastructure
{
    /// <summary>IDL inputs shared by the tests.</summary>
    public static class Samples
    {
        /// <summary>One interface; the comment-only edit goes between its members.</summary>
        public const string Alpha =
            "[Exposed=Window]\n" +
            "interface Alpha {\n" +
            "  readonly attribute long size;\n" +
            "\n" +
            "  undefined run(DOMString name);\n" +
            "};\n";

        /// <summary><see cref="Alpha"/> with a plain (non-documentation) comment on its own line between blank lines.</summary>
        public const string AlphaWithComment =
            "[Exposed=Window]\n" +
            "interface Alpha {\n" +
            "  readonly attribute long size;\n" +
            "\n" +
            "  // a plain comment, not documentation\n" +
            "\n" +
            "  undefined run(DOMString name);\n" +
            "};\n";

        /// <summary>An interface (with a union-typed attribute, so a union struct is generated) and an enum in one file.</summary>
        public const string Beta =
            "[Exposed=Window]\n" +
            "interface Beta {\n" +
            "  attribute DOMString label;\n" +
            "  attribute (DOMString or long) value;\n" +
            "};\n" +
            "\n" +
            "enum Mode { \"fast\", \"slow\" };\n";

        /// <summary><see cref="Beta"/> with one more attribute on the interface; the enum is unchanged.</summary>
        public const string BetaEdited =
            "[Exposed=Window]\n" +
            "interface Beta {\n" +
            "  attribute DOMString label;\n" +
            "  attribute (DOMString or long) value;\n" +
            "  readonly attribute boolean ready;\n" +
            "};\n" +
            "\n" +
            "enum Mode { \"fast\", \"slow\" };\n";

        /// <summary>A syntax error at line 3, column 5 (1-based): a member cannot start with a number.</summary>
        public const string Broken =
            "[Exposed=Window]\n" +
            "interface Broken {\n" +
            "    123 oops;\n" +
            "};\n";
    }
}
