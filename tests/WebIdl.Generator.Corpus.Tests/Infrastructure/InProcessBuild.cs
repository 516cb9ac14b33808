using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Generator.SourceGenerator;

namespace WebIdl.Generator.Corpus.Tests.Infrastructure
{
    /// <summary>A thread-safe sum of durations.</summary>
    public sealed class Timing
    {
        private long ticks;

        /// <summary>The sum so far.</summary>
        public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

        /// <summary>Adds <paramref name="duration"/>.</summary>
        public void Add(TimeSpan duration) => Interlocked.Add(ref ticks, duration.Ticks);
    }

    /// <summary>Parsed generated files by hint name and text, shared by the builds of one test (thread-safe).</summary>
    public sealed class SyntaxTreeCache
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string HintName, string Checksum, CSharpParseOptions Options), SyntaxTree> trees = new();

        /// <summary>How many distinct trees were parsed.</summary>
        public int Count => trees.Count;

        /// <summary>The tree of <paramref name="text"/> named <paramref name="hintName"/>, parsed once (texts are told apart by their SHA-1 checksum).</summary>
        public SyntaxTree Get(string hintName, SourceText text, CSharpParseOptions options, CancellationToken cancellationToken) =>
            trees.GetOrAdd((hintName, Convert.ToBase64String(text.GetChecksum().ToArray()), options), key => CSharpSyntaxTree.ParseText(text, key.Options, key.HintName, cancellationToken));
    }

    /// <summary>
    /// Runs <see cref="WebIdlSourceGenerator"/> the way the compiler does inside <c>dotnet build</c> of a net10.0
    /// consumer whose project imports build/WebIdl.Generator.props: each IDL file is an <see cref="AdditionalText"/>
    /// named <c>*.webidl</c>, the options are the <c>build_property.*</c> and <c>build_metadata.AdditionalFiles.*</c>
    /// values MSBuild makes visible (RootNamespace, and an empty <c>WebIdl</c> metadata per file), and the generated code
    /// is compiled against the running runtime's reference pack (as the SDK does for net10.0) plus WebIdl.Runtime,
    /// nullable enabled, with the SDK's default NoWarn.
    /// </summary>
    public static class InProcessBuild
    {
        /// <summary>The consumer's root namespace, the same as the end-to-end consumer project's.</summary>
        public const string RootNamespace = "Corpus.Consumer";

        /// <summary>What a consumer without a documentation file compiles with.</summary>
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

        /// <summary>
        /// For <see cref="CompileForErrors"/>: documentation comments left as plain comments and no nullable analysis
        /// (Roslyn's <c>run-nullable-analysis=never</c> feature), because both report only warnings.
        /// </summary>
        private static readonly CSharpParseOptions ErrorsOnlyParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None)
            .WithFeatures(new[] { new KeyValuePair<string, string>("run-nullable-analysis", "never") });

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

        private static readonly Lazy<CSharpCompilation> EmptyCompilation = new(() =>
        {
            var compilation = CSharpCompilation.Create(
                "Corpus.Consumer",
                Array.Empty<SyntaxTree>(),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                    .WithNullableContextOptions(NullableContextOptions.Enable)
                    .WithWarningLevel(10)
                    // The SDK's default NoWarn (CS1701, CS1702: assembly versions unified).
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress })
                    .WithConcurrentBuild(false));
            _ = compilation.GetTypeByMetadataName("System.Object"); // binds the references once
            return compilation;
        });

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, AdditionalText> Texts = new(StringComparer.Ordinal);

        /// <summary>The consumer's references: the reference pack of the running runtime (or, without one, its implementation assemblies) and WebIdl.Runtime.</summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        /// <summary>Where the framework references came from (for the test output).</summary>
        public static string ReferenceSource { get; private set; } = "";

        /// <summary>Runs the generator on <paramref name="files"/> with a new driver, as one <c>dotnet build</c> does.</summary>
        public static GeneratorRunResult Generate(IEnumerable<CorpusFile> files, CancellationToken cancellationToken = default)
        {
            var driver = CreateDriver().AddAdditionalTexts(AdditionalTexts(files));
            return RunOnce(ref driver, cancellationToken);
        }

        /// <summary>The generated sources of <paramref name="result"/>, hint name to text.</summary>
        public static IReadOnlyDictionary<string, string> Sources(GeneratorRunResult result) =>
            result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        /// <summary>A driver over no files, with the consumer's options.</summary>
        public static GeneratorDriver CreateDriver() =>
            CSharpGeneratorDriver.Create(
                new[] { new WebIdlSourceGenerator().AsSourceGenerator() },
                ImmutableArray<AdditionalText>.Empty,
                ParseOptions,
                new ConsumerOptions());

        /// <summary>The additional file of each corpus file, <c>/consumer/idl/name.webidl</c>, one object per file for the whole run.</summary>
        public static ImmutableArray<AdditionalText> AdditionalTexts(IEnumerable<CorpusFile> files) =>
            files.Select(f => Texts.GetOrAdd(f.Name, _ => new IdlAdditionalText("/consumer/idl/" + Path.ChangeExtension(f.Name, ".webidl"), f.Text))).ToImmutableArray();

        /// <summary>Runs <paramref name="driver"/> once, replacing it with its successor; throws when the generator threw.</summary>
        public static GeneratorRunResult RunOnce(ref GeneratorDriver driver, CancellationToken cancellationToken)
        {
            driver = driver.RunGenerators(CSharpCompilation.Create("Corpus.Consumer", references: References), cancellationToken);
            var result = driver.GetRunResult().Results.Single();
            if (result.Exception is { } exception)
            {
                throw new InvalidOperationException("the generator threw", exception);
            }

            return result;
        }

        /// <summary>
        /// Compiles the generated sources of <paramref name="result"/> and returns the compiler's errors. Only errors are
        /// looked for: nullable analysis is off and documentation comments are not parsed, since both give only
        /// warnings. Trees come from <paramref name="trees"/> when the same hint name had the same text before (a
        /// parse does not depend on the compilation it is used in).
        /// </summary>
        public static IReadOnlyList<Diagnostic> CompileForErrors(GeneratorRunResult result, SyntaxTreeCache trees, CancellationToken cancellationToken = default)
        {
            var generated = result.GeneratedSources
                .Select(source => trees.Get(source.HintName, source.SourceText, ErrorsOnlyParseOptions, cancellationToken))
                .ToList();
            // Derived from one empty compilation, so every build shares its bound references.
            var compilation = EmptyCompilation.Value.AddSyntaxTrees(generated);
            return compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            // shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>
            var runtimeDirectory = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
            var version = runtimeDirectory.Name;
            var dotnetRoot = runtimeDirectory.Parent?.Parent?.Parent?.FullName;
            var framework = "net" + Environment.Version.Major + "." + Environment.Version.Minor;
            var pack = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version, "ref", framework);
            IEnumerable<string> paths;
            if (pack is not null && Directory.Exists(pack))
            {
                ReferenceSource = pack;
                paths = Directory.GetFiles(pack, "*.dll");
            }
            else
            {
                ReferenceSource = runtimeDirectory.FullName + " (no reference pack found; implementation assemblies)";
                paths = Directory.GetFiles(runtimeDirectory.FullName, "*.dll").Where(IsManaged);
            }

            return paths
                .Append(typeof(WebIdl.Runtime.EventTarget).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
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

        private sealed class IdlAdditionalText : AdditionalText
        {
            private readonly SourceText text;

            public IdlAdditionalText(string path, string text)
            {
                Path = path;
                this.text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => text;
        }

        /// <summary>The options MSBuild passes for a consumer that imports build/WebIdl.Generator.props and sets nothing else.</summary>
        private sealed class ConsumerOptions : AnalyzerConfigOptionsProvider
        {
            private static readonly Options FileOptions = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                // CompilerVisibleItemMetadata AdditionalFiles/WebIdl: present, empty when the item sets none.
                ["build_metadata.AdditionalFiles.WebIdl"] = "",
            });

            private static readonly Options Empty = new(new Dictionary<string, string>());

            public ConsumerOptions()
            {
                GlobalOptions = new Options(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["build_property.RootNamespace"] = RootNamespace,
                    ["build_property.WebIdlNamespace"] = "",
                    ["build_property.WebIdlLegacyStrict"] = "",
                    ["build_property.WebIdlKnownTypes"] = "",
                    ["build_property.WebIdlIncludeIdlFiles"] = "",
                });
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => FileOptions;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> values;

                public Options(Dictionary<string, string> values) => this.values = values;

                public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
            }
        }
    }
}
