namespace WebIdl.Generator.SourceGenerator
{
    /// <summary>
    /// The names of the incremental pipeline's steps (<c>WithTrackingName</c>), in pipeline order. Tests read a run's
    /// tracked steps by these names and assert why each step ran.
    /// </summary>
    public static class TrackingNames
    {
        /// <summary>Every additional file, with its options, turned into an <c>IdlSourceText</c> or null when it is not a WebIDL input.</summary>
        public const string SourceFiles = "WebIdl.SourceFiles";

        /// <summary>The additional files that are WebIDL inputs.</summary>
        public const string IdlSourceFiles = "WebIdl.IdlSourceFiles";

        /// <summary>One <see cref="ParsedIdlFile"/> per input file, parsed alone.</summary>
        public const string ParsedFiles = "WebIdl.ParsedFiles";

        /// <summary>One line map per input file, to turn diagnostic spans into line positions.</summary>
        public const string LineMaps = "WebIdl.LineMaps";

        /// <summary>Every parsed file, collected: the only step that sees all files.</summary>
        public const string AllParsedFiles = "WebIdl.AllParsedFiles";

        /// <summary>Every line map, collected.</summary>
        public const string AllLineMaps = "WebIdl.AllLineMaps";

        /// <summary>The <see cref="GeneratorOptions"/> read from the project's MSBuild properties.</summary>
        public const string Options = "WebIdl.Options";

        /// <summary>The parsed files paired with the options.</summary>
        public const string BindingInput = "WebIdl.BindingInput";

        /// <summary>The <see cref="BindingResult"/> of the whole file set.</summary>
        public const string Binding = "WebIdl.Binding";

        /// <summary>Each <see cref="GeneratedDefinition"/> as its own item, so each is emitted (and cached) alone.</summary>
        public const string Definitions = "WebIdl.Definitions";

        /// <summary>The binding result paired with the line maps, for the diagnostics step.</summary>
        public const string DiagnosticsInput = "WebIdl.DiagnosticsInput";

        /// <summary>Every diagnostic of the run (the binding result's, which include the parse diagnostics), as value-equal records.</summary>
        public const string Diagnostics = "WebIdl.Diagnostics";
    }
}
