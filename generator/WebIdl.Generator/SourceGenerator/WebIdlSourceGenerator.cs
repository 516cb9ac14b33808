using Microsoft.CodeAnalysis;

namespace WebIdl.Generator.SourceGenerator
{
    /// <summary>
    /// The Roslyn incremental generator: C# contracts and validation stubs from the project's <c>.webidl</c> files.
    /// This class only wires the pipeline; <see cref="GeneratorPipeline"/> does the work and
    /// <see cref="GeneratorSteps"/> guards each call.
    /// </summary>
    /// <remarks>
    /// Each file is parsed alone and cached; only the binding step sees every file; each generated definition is its
    /// own output, so editing one file re-emits only what changed, and a C# edit re-runs nothing. Diagnostics are a
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

            var options = context.AnalyzerConfigOptionsProvider
                .Select(GeneratorSteps.ReadOptions)
                .WithTrackingName(TrackingNames.Options);

            var binding = parsedFiles
                .Combine(options)
                .WithTrackingName(TrackingNames.BindingInput)
                .Select(GeneratorSteps.Bind)
                .WithTrackingName(TrackingNames.Binding);

            var definitions = binding
                .SelectMany(static (result, _) => result.Definitions)
                .WithTrackingName(TrackingNames.Definitions);

            var diagnostics = binding
                .Combine(lineMaps)
                .WithTrackingName(TrackingNames.DiagnosticsInput)
                .Select(GeneratorSteps.CollectDiagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(definitions, GeneratorSteps.Emit);
            context.RegisterSourceOutput(diagnostics, GeneratorSteps.Report);
        }
    }
}
