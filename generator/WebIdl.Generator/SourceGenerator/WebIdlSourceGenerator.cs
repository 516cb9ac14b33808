using Microsoft.CodeAnalysis;

namespace WebIdl.Generator.SourceGenerator
{
    /// <summary>
    /// The Roslyn incremental generator: C# contracts and validation stubs from the project's <c>.webidl</c> files.
    /// This class only wires the pipeline; <see cref="GeneratorPipeline"/> does the work and
    /// <see cref="GeneratorSteps"/> guards each call.
    /// </summary>
    /// <remarks>
    /// Each file is parsed alone and cached; only the model step sees every file. Each definition is bound alone from
    /// the symbols it reads and a compact index of the set's names, so an edit re-binds only the definitions whose
    /// symbols (or whose bases' or types') changed; each generated definition is its own output, so only what
    /// changed is re-emitted, and a C# edit re-runs nothing. Events data files (<c>*.events.json</c> or
    /// <c>WebIdlEvents</c> metadata) are read in their own per-file step and join the options, so an IDL edit does not
    /// read them again. Diagnostics are a
    /// separate output. Nothing from the compilation (symbols, syntax, locations) travels down the pipeline.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class WebIdlSourceGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var sources = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(GeneratorSteps.ReadSource)
                .WithTrackingName(TrackingNames.SourceFiles)
                .Where(static source => source is not null)
                .Select(static (source, _) => source!)
                .WithTrackingName(TrackingNames.IdlSourceFiles);

            var parsedFiles = sources
                .Select(GeneratorSteps.Parse)
                .WithTrackingName(TrackingNames.ParsedFiles)
                .Collect()
                .WithTrackingName(TrackingNames.AllParsedFiles);

            var lineMaps = sources
                .Select(GeneratorSteps.MapLines)
                .WithTrackingName(TrackingNames.LineMaps)
                .Collect()
                .WithTrackingName(TrackingNames.AllLineMaps);

            // Events data: read once per file (an IDL edit does not read it again); the merged facts join the options.
            var events = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(GeneratorSteps.ReadEvents)
                .WithTrackingName(TrackingNames.EventsFiles)
                .Collect()
                .WithTrackingName(TrackingNames.AllEventsFiles)
                .Select(GeneratorSteps.MergeEvents)
                .WithTrackingName(TrackingNames.Events);

            var options = context.AnalyzerConfigOptionsProvider
                .Select(GeneratorSteps.ReadOptions)
                .WithTrackingName(TrackingNames.Options)
                .Combine(events)
                .WithTrackingName(TrackingNames.OptionsAndEvents)
                .Select(static (pair, _) => pair.Left with { Events = pair.Right.Entries })
                .WithTrackingName(TrackingNames.BindingOptions);

            var model = parsedFiles
                .Combine(options)
                .WithTrackingName(TrackingNames.BindingInput)
                .Select(GeneratorSteps.BuildModel)
                .WithTrackingName(TrackingNames.Model);

            var index = model
                .Select(GeneratorSteps.BuildIndex)
                .WithTrackingName(TrackingNames.BindingIndex);

            var unions = model
                .Combine(index)
                .WithTrackingName(TrackingNames.UnionsInput)
                .Select(GeneratorSteps.CatalogUnions)
                .WithTrackingName(TrackingNames.Unions);

            // One item per definition; only those whose symbols (or whose bases' or types') changed are bound again.
            // Nothing downstream of the items depends on a collection of them (but the one diagnostics step), so
            // each item's cost stays its own.
            var bound = model
                .SelectMany(static (set, cancellationToken) => GeneratorSteps.Split(set, cancellationToken))
                .WithTrackingName(TrackingNames.DefinitionInputs)
                .Combine(index.Combine(unions))
                .WithTrackingName(TrackingNames.BindOneInput)
                .Select(GeneratorSteps.BindOne)
                .WithTrackingName(TrackingNames.BindOne);

            var definitions = bound
                .SelectMany(static (definition, _) => definition.Definitions)
                .WithTrackingName(TrackingNames.Definitions);

            var unionDefinitions = unions
                .SelectMany(static (table, _) => table.Definitions)
                .WithTrackingName(TrackingNames.UnionDefinitions);

            var diagnostics = model
                .Combine(bound.Collect().WithTrackingName(TrackingNames.AllBound))
                .Combine(lineMaps)
                .Combine(events)
                .WithTrackingName(TrackingNames.DiagnosticsInput)
                .Select(GeneratorSteps.CollectDiagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(definitions, GeneratorSteps.Emit);
            context.RegisterSourceOutput(unionDefinitions, GeneratorSteps.Emit);
            context.RegisterSourceOutput(diagnostics, GeneratorSteps.Report);
        }
    }
}
