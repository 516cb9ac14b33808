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

        /// <summary>Every additional file, with its options, read as events data (an <c>EventsFile</c>), or <c>EventsFile.None</c> when it is not events data.</summary>
        public const string EventsFiles = "WebIdl.EventsFiles";

        /// <summary>Every additional file's <c>EventsFile</c>, collected.</summary>
        public const string AllEventsFiles = "WebIdl.AllEventsFiles";

        /// <summary>Every events data fact of the project, merged (an <c>EventTable</c>), with the files' problems.</summary>
        public const string Events = "WebIdl.Events";

        /// <summary>The options paired with the events facts.</summary>
        public const string OptionsAndEvents = "WebIdl.OptionsAndEvents";

        /// <summary>The <see cref="GeneratorOptions"/> binding uses: the properties' options with <see cref="GeneratorOptions.Events"/> set.</summary>
        public const string BindingOptions = "WebIdl.BindingOptions";

        /// <summary>The parsed files paired with the options, for the model step.</summary>
        public const string BindingInput = "WebIdl.BindingInput";

        /// <summary>The semantic model of the whole set, with the parse and model diagnostics: the only step that sees every definition's content.</summary>
        public const string Model = "WebIdl.Model";

        /// <summary>
        /// The C# names of every definition (what binding one definition needs to know about the others): unchanged
        /// unless an edit adds, removes or renames a definition or changes the options.
        /// </summary>
        public const string BindingIndex = "WebIdl.BindingIndex";

        /// <summary>The model paired with the index, for the union catalogue.</summary>
        public const string UnionsInput = "WebIdl.UnionsInput";

        /// <summary>
        /// The union structs of the set, each named once before any definition is bound (every union-holding type a
        /// definition declares is mapped), with their records: unchanged unless an edit adds, removes or renames a union.
        /// </summary>
        public const string Unions = "WebIdl.Unions";

        /// <summary>One input per generated definition: its merged symbol and the symbols binding it reads (bases, types it names).</summary>
        public const string DefinitionInputs = "WebIdl.DefinitionInputs";

        /// <summary>Each definition input paired with the binding index and the union names.</summary>
        public const string BindOneInput = "WebIdl.BindOneInput";

        /// <summary>Each definition bound alone: cached unless its input, the index or the union names changed.</summary>
        public const string BindOne = "WebIdl.BindOne";

        /// <summary>Every bound definition, collected, for the diagnostics (nothing else depends on the collection).</summary>
        public const string AllBound = "WebIdl.AllBound";

        /// <summary>Each <see cref="GeneratedDefinition"/> of a definition as its own item, so each is emitted (and cached) alone.</summary>
        public const string Definitions = "WebIdl.Definitions";

        /// <summary>Each union struct's <see cref="GeneratedDefinition"/> as its own item.</summary>
        public const string UnionDefinitions = "WebIdl.UnionDefinitions";

        /// <summary>The model, the bound definitions and the line maps, for the diagnostics step.</summary>
        public const string DiagnosticsInput = "WebIdl.DiagnosticsInput";

        /// <summary>Every diagnostic of the run (parse, model, generator), as value-equal records.</summary>
        public const string Diagnostics = "WebIdl.Diagnostics";
    }
}
