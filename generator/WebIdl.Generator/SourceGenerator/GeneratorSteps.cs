using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WebIdl.Generator.Binding;
using WebIdl.Generator.SourceGenerator.Model;
using WebIdl.Language.Diagnostics;
using IdlSemanticModel = WebIdl.Language.Semantics.SemanticModel;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;
using IdlSeverity = WebIdl.Language.Diagnostics.DiagnosticSeverity;

namespace WebIdl.Generator.SourceGenerator
{
    /// <summary>
    /// The body of each pipeline step. Each one calls into <see cref="GeneratorPipeline"/> (or reads Roslyn input) and
    /// guards the call: the generator never throws into the compiler, so an unexpected exception becomes one
    /// <see cref="DiagnosticDescriptors.GeneratorFailureId"/> error naming it. Cancellation is the only exception let
    /// through, as Roslyn expects.
    /// </summary>
    internal static class GeneratorSteps
    {
        /// <summary>Reads an additional file that is a WebIDL input; null for any other file.</summary>
        public static IdlSourceText? ReadSource((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
        {
            var path = input.File.Path ?? "";
            try
            {
                if (!GeneratorConfig.IsIdlInput(path, input.Options.GetOptions(input.File), input.Options.GlobalOptions))
                {
                    return null;
                }

                var text = input.File.GetText(cancellationToken);
                return new IdlSourceText(path, text?.ToString() ?? "", null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new IdlSourceText(path, "", DiagnosticDescriptors.FailureMessage("reading '" + path + "'", ex));
            }
        }

        /// <summary>Reads an additional file that is events data; <see cref="EventsFile.None"/> for any other file.</summary>
        public static EventsFile ReadEvents((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
        {
            var path = input.File.Path ?? "";
            try
            {
                if (!GeneratorConfig.IsEventsInput(path, input.Options.GetOptions(input.File)))
                {
                    return EventsFile.None;
                }

                var text = input.File.GetText(cancellationToken)?.ToString() ?? "";
                var (entries, diagnostics) = EventsData.Parse(path, text);
                return new EventsFile(path, entries, diagnostics);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var failure = new IdlDiagnostic(DiagnosticDescriptors.GeneratorFailureId, IdlSeverity.Error, DiagnosticDescriptors.FailureMessage("reading events data '" + path + "'", ex), new SourceSpan(path, 0, 0, 1, 1));
                return new EventsFile(path, EquatableArray<EventInterface>.Empty, new EquatableArray<IdlDiagnostic>(new[] { failure }));
            }
        }

        /// <summary>Every events data file's facts as one set, with every file's problems (files in path order).</summary>
        public static EventTable MergeEvents(ImmutableArray<EventsFile> files, CancellationToken cancellationToken)
        {
            var ordered = new List<EventsFile>();
            foreach (var file in files)
            {
                if (file.IsData)
                {
                    ordered.Add(file);
                }
            }

            ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var entries = new List<EventInterface>();
            var diagnostics = new List<IdlDiagnostic>();
            foreach (var file in ordered)
            {
                entries.AddRange(file.Entries);
                diagnostics.AddRange(file.Diagnostics);
            }

            return new EventTable(EventsData.Merge(entries), diagnostics.ToArray());
        }

        /// <summary>Parses one file alone.</summary>
        public static ParsedIdlFile Parse(IdlSourceText source, CancellationToken cancellationToken)
        {
            if (source.ReadFailure is not null)
            {
                return Failed(source.Path, source.ReadFailure);
            }

            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return GeneratorPipeline.Parse(source.Path, source.Text);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Failed(source.Path, DiagnosticDescriptors.FailureMessage("parsing '" + source.Path + "'", ex));
            }
        }

        /// <summary>The line map of one file (cannot fail on any text).</summary>
        public static LineMap MapLines(IdlSourceText source, CancellationToken cancellationToken) =>
            LineMap.Create(source.Path, source.Text);

        /// <summary>The options, from the project-wide properties.</summary>
        public static GeneratorOptions ReadOptions(AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            try
            {
                return GeneratorConfig.ReadOptions(provider.GlobalOptions);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Reading strings from a dictionary does not fail; if it ever does, generate with the defaults.
                return new GeneratorOptions();
            }
        }

        /// <summary>The semantic model of every parsed file as one set (ordered by path), with the parse and model diagnostics.</summary>
        public static SetModel BuildModel((ImmutableArray<ParsedIdlFile> Files, GeneratorOptions Options) input, CancellationToken cancellationToken)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return GeneratorPipeline.BuildModel(input.Files, input.Options);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var failure = Failure("building the semantic model", ex);
                return new SetModel(new IdlSemanticModel(), input.Options, EquatableArray<string>.Empty, new EquatableArray<IdlDiagnostic>(new[] { failure }));
            }
        }

        /// <summary>The C# names of every definition: what binding one definition needs to know about the others.</summary>
        public static BindingIndex BuildIndex(SetModel set, CancellationToken cancellationToken)
        {
            try
            {
                return Binder.BuildIndex(set);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The model step reports what went wrong with the set; an index of the empty set binds nothing wrongly.
                return Binder.BuildIndex(set with { Model = new IdlSemanticModel() });
            }
        }

        /// <summary>One input per generated definition: its symbol and the symbols binding it reads.</summary>
        public static EquatableArray<DefinitionInput> Split(SetModel set, CancellationToken cancellationToken)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Binder.Split(set);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return EquatableArray<DefinitionInput>.Empty;
            }
        }

        /// <summary>The union structs of the set, each named once, with their records.</summary>
        public static UnionTable CatalogUnions((SetModel Set, BindingIndex Index) input, CancellationToken cancellationToken)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Binder.CatalogUnions(input.Set, input.Index);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new UnionTable(EquatableArray<string>.Empty, EquatableArray<UnionName>.Empty, EquatableArray<GeneratedDefinition>.Empty);
            }
        }

        /// <summary>Binds one definition (the binder turns a failure into a diagnostic on the definition).</summary>
        public static BoundDefinition BindOne((DefinitionInput Input, (BindingIndex Index, UnionTable Unions) Set) input, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Binder.BindOne(input.Input, input.Set.Index, input.Set.Unions);
        }

        /// <summary>
        /// Every diagnostic of the run, each with a value-equal location in its .webidl file: each file's parse
        /// diagnostics (already filtered for legacy syntax) and the semantic model's, from the model step, then the
        /// generator's from each definition, without repeats (a base's are reported by each definition that binds it).
        /// </summary>
        public static EquatableArray<DiagnosticInfo> CollectDiagnostics((((SetModel Set, ImmutableArray<BoundDefinition> Bound) Binding, ImmutableArray<LineMap> LineMaps) Run, EventTable Events) input, CancellationToken cancellationToken) =>
            CollectDiagnostics(input.Run, input.Events.Diagnostics, cancellationToken);

        private static EquatableArray<DiagnosticInfo> CollectDiagnostics(((SetModel Set, ImmutableArray<BoundDefinition> Bound) Binding, ImmutableArray<LineMap> LineMaps) input, EquatableArray<IdlDiagnostic> eventsDiagnostics, CancellationToken cancellationToken)
        {
            try
            {
                var maps = new Dictionary<string, LineMap>(StringComparer.Ordinal);
                foreach (var map in input.LineMaps)
                {
                    maps[map.Path] = map;
                }

                var generator = new List<IdlDiagnostic>();
                foreach (var bound in input.Binding.Bound)
                {
                    generator.AddRange(bound.Diagnostics);
                }

                var all = new List<IdlDiagnostic>(eventsDiagnostics);
                all.AddRange(input.Binding.Set.Diagnostics);
                all.AddRange(Binder.Distinct(generator));
                var infos = new List<DiagnosticInfo>(all.Count);
                foreach (var diagnostic in all)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    infos.Add(ToInfo(diagnostic, maps));
                }

                return new EquatableArray<DiagnosticInfo>(infos.ToArray());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var id = DiagnosticDescriptors.GeneratorFailureId;
                var failure = new DiagnosticInfo(id, DiagnosticDescriptors.TitleOf(id), Microsoft.CodeAnalysis.DiagnosticSeverity.Error, DiagnosticDescriptors.FailureMessage("collecting diagnostics", ex), null);
                return new EquatableArray<DiagnosticInfo>(new[] { failure });
            }
        }

        /// <summary>Renders one definition and adds it to the compilation.</summary>
        public static void Emit(SourceProductionContext context, GeneratedDefinition definition)
        {
            try
            {
                var source = GeneratorPipeline.Render(definition);
                context.AddSource(definition.HintName, SourceText.From(source, Encoding.UTF8));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.GeneratorFailure("emitting '" + definition.HintName + "'", ex));
            }
        }

        /// <summary>Reports the run's diagnostics.</summary>
        public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var info in diagnostics)
            {
                try
                {
                    context.ReportDiagnostic(info.ToDiagnostic());
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    context.ReportDiagnostic(DiagnosticDescriptors.GeneratorFailure("reporting " + info.Id, ex));
                }
            }
        }

        private static IdlDiagnostic Failure(string doing, Exception ex) =>
            new IdlDiagnostic(DiagnosticDescriptors.GeneratorFailureId, IdlSeverity.Error, DiagnosticDescriptors.FailureMessage(doing, ex), default);

        /// <summary>
        /// A file that could not be read or parsed: no definitions, one failure diagnostic at its start, which the
        /// binding passes on with the other parse diagnostics.
        /// </summary>
        private static ParsedIdlFile Failed(string path, string message)
        {
            var failure = new IdlDiagnostic(DiagnosticDescriptors.GeneratorFailureId, IdlSeverity.Error, message, new SourceSpan(path, 0, 0, 1, 1));
            return new ParsedIdlFile(path, new IdlFile { Path = path }, new EquatableArray<IdlDiagnostic>(new[] { failure }));
        }

        private static DiagnosticInfo ToInfo(IdlDiagnostic diagnostic, Dictionary<string, LineMap> maps) =>
            new DiagnosticInfo(
                diagnostic.Id,
                DiagnosticDescriptors.TitleOf(diagnostic.Id),
                DiagnosticDescriptors.ToRoslyn(diagnostic.Severity),
                diagnostic.Message,
                ToLocation(diagnostic.Span, maps));

        /// <summary>
        /// The location of a span: its start is the span's own 1-based line and column made 0-based; its end comes
        /// from the file's line map (the span does not carry it), and is never before the start.
        /// </summary>
        private static LocationInfo? ToLocation(SourceSpan span, Dictionary<string, LineMap> maps)
        {
            if (string.IsNullOrEmpty(span.Path))
            {
                return null;
            }

            var startOffset = Math.Max(0, span.Start);
            var length = Math.Max(0, span.Length);
            var start = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
            var end = maps.TryGetValue(span.Path, out var map) ? map.PositionOf(startOffset + length) : new LinePosition(start.Line, start.Character + length);
            if (end < start)
            {
                end = start;
            }

            return new LocationInfo(span.Path, new TextSpan(startOffset, length), new LinePositionSpan(start, end));
        }
    }
}
