using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using WebIdl.Generator.SourceGenerator;

namespace WebIdl.Generator.Wiring.Tests.Infrastructure
{
    /// <summary>Runs <see cref="WebIdlSourceGenerator"/> through a Roslyn driver with step tracking on.</summary>
    public static class GeneratorHarness
    {
        /// <summary>The parse options of the test compilations.</summary>
        public static readonly CSharpParseOptions TestParseOptions = new(LanguageVersion.Latest);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

        /// <summary>The framework's assemblies and WebIdl.Runtime, which generated code calls.</summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        /// <summary>A library compilation of <paramref name="sources"/> (files Source0.cs, Source1.cs, …).</summary>
        public static CSharpCompilation CreateCompilation(params string[] sources) =>
            CSharpCompilation.Create(
                "Consumer",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, TestParseOptions, path: "Source" + i + ".cs")),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A driver over <paramref name="texts"/> with step tracking and no host outputs.</summary>
        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new WebIdlSourceGenerator().AsSourceGenerator() },
                texts,
                TestParseOptions,
                options ?? new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" }),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>The one generator's result of the driver's last run.</summary>
        public static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

        /// <summary>Every tracking name the generator declares.</summary>
        public static IReadOnlyList<string> TrackingNameValues { get; } = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

        /// <summary>Each output of each run of the tracked step <paramref name="name"/>, with its reason.</summary>
        public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> StepOutputs(GeneratorRunResult result, string name) =>
            result.TrackedSteps.TryGetValue(name, out var steps)
                ? steps.SelectMany(step => step.Outputs).ToArray()
                : Array.Empty<(object, IncrementalStepRunReason)>();

        /// <summary>
        /// Each source-output step that emits a definition, with the definition it was given and its reason. The
        /// diagnostics output is left out: its input is the diagnostics step.
        /// </summary>
        public static IReadOnlyList<(GeneratedDefinition Definition, IncrementalStepRunReason Reason)> DefinitionOutputs(GeneratorRunResult result)
        {
            var list = new List<(GeneratedDefinition, IncrementalStepRunReason)>();
            if (!result.TrackedOutputSteps.TryGetValue(WellKnownGeneratorOutputs.SourceOutput, out var steps))
            {
                return list;
            }

            foreach (var step in steps)
            {
                foreach (var (source, index) in step.Inputs)
                {
                    if (source.Name == TrackingNames.Definitions && source.Outputs[index].Value is GeneratedDefinition definition)
                    {
                        foreach (var output in step.Outputs)
                        {
                            list.Add((definition, output.Reason));
                        }
                    }
                }
            }

            return list;
        }

        /// <summary>A readable list of every tracked step's output reasons, for assertion messages.</summary>
        public static string Describe(GeneratorRunResult result)
        {
            var lines = new List<string>();
            foreach (var pair in result.TrackedSteps.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                lines.Add(pair.Key + ": " + string.Join(", ", pair.Value.SelectMany(s => s.Outputs).Select(o => o.Reason)));
            }

            foreach (var pair in result.TrackedOutputSteps)
            {
                lines.Add(pair.Key + ": " + string.Join(", ", pair.Value.SelectMany(s => s.Outputs).Select(o => o.Reason)));
            }

            foreach (var (definition, reason) in DefinitionOutputs(result))
            {
                lines.Add("  " + definition.HintName + ": " + reason);
            }

            return string.Join(Environment.NewLine, lines);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var paths = Directory.GetFiles(framework, "*.dll")
                .Where(path => IsManaged(path))
                .Append(typeof(WebIdl.Runtime.EventTarget).Assembly.Location);
            return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        }

        private static bool IsManaged(string path)
        {
            try
            {
                AssemblyName.GetAssemblyName(path);
                return true;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
