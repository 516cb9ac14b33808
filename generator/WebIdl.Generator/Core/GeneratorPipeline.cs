using System;
using System.Collections.Generic;
using WebIdl.Generator.Binding;
using WebIdl.Generator.Emitter;
using WebIdl.Language;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator
{
    /// <summary>
    /// The generator's pipeline, the one entry point the Roslyn wiring and the command-line tool call:
    /// <see cref="Parse"/> each file alone (cacheable per file), <see cref="Bind"/> the whole set into value-equal
    /// binding records, <see cref="Render"/> each record into one C# file. None of the three throws.
    /// </summary>
    public static class GeneratorPipeline
    {
        /// <summary>
        /// The type names every set may use without defining them, in ordinal order: the DOM and Web IDL types the
        /// runtime package provides to generated code (<c>Event</c>, <c>EventTarget</c>, <c>Blob</c>, <c>DOMException</c>,
        /// …), the buffer names mapped without a definition (<c>BufferSource</c>, …) and the names the web platform's
        /// IDL uses without defining them (<see cref="Language.Semantics.IdlSemanticOptions.WebPlatform"/>).
        /// <see cref="Bind"/> always accepts them, besides <see cref="GeneratorOptions.KnownExternalTypes"/>; the
        /// command-line tool's <c>check</c> accepts exactly the same names.
        /// </summary>
        public static EquatableArray<string> BuiltInKnownTypes => Binder.BuiltInExternals;

        /// <summary>Parses one file. Legacy syntax is accepted and reported as WIDL0009 warnings, which <see cref="Bind"/> sorts out.</summary>
        /// <param name="path">The file's path, used in spans and diagnostics.</param>
        /// <param name="text">The file's text.</param>
        /// <returns>The tree and the parse diagnostics. Never throws.</returns>
        public static ParsedIdlFile Parse(string path, string text)
        {
            path ??= "";
            try
            {
                var result = IdlParser.Parse(text ?? "", path, LegacyAsWarning);
                return new ParsedIdlFile(path, result.File, result.Diagnostics);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var file = new IdlFile { Path = path, Span = new SourceSpan(path, 0, 0, 1, 1) };
                return new ParsedIdlFile(path, file, new[] { InternalError(ex, path) });
            }
        }

        /// <summary>
        /// Binds a set of parsed files: builds the semantic model (partials, mixins, typedefs, inheritance), maps every
        /// definition to C# binding records, and collects the diagnostics. The result does not depend on the order of
        /// <paramref name="files"/>.
        /// </summary>
        /// <param name="files">Every parsed file of the set.</param>
        /// <param name="options">Namespace, external types, legacy handling.</param>
        /// <returns>The definitions to render, ordered by hint name, and all diagnostics. Never throws.</returns>
        public static BindingResult Bind(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options)
        {
            options ??= new GeneratorOptions();
            var diagnostics = new List<IdlDiagnostic>();
            try
            {
                var definitions = Binder.Bind(BuildModel(files, options), diagnostics);
                return new BindingResult(definitions, diagnostics.ToArray());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Add(InternalError(ex, ""));
                return new BindingResult(EquatableArray<GeneratedDefinition>.Empty, diagnostics.ToArray());
            }
        }

        /// <summary>
        /// The first step of <see cref="Bind"/>: the semantic model of the set, with the parse diagnostics (legacy
        /// syntax sorted out) in path order. Throws on an internal failure; the callers guard it.
        /// </summary>
        internal static SetModel BuildModel(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options)
        {
            var ordered = new List<ParsedIdlFile>();
            foreach (var file in files ?? Array.Empty<ParsedIdlFile>())
            {
                if (file is not null)
                {
                    ordered.Add(file);
                }
            }

            // The model sorts files by path; the parse diagnostics follow the same order.
            ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var parseDiagnostics = new List<IdlDiagnostic>();
            foreach (var file in ordered)
            {
                AddParseDiagnostics(file.Diagnostics, options.LegacyStrict, parseDiagnostics);
            }

            return Binder.BuildModel(ordered, options, parseDiagnostics.ToArray());
        }

        /// <summary>Renders one definition as C# source: the <c>&lt;auto-generated/&gt;</c> header, <c>#nullable enable</c>, <c>\n</c> line endings.</summary>
        /// <param name="definition">A definition from <see cref="BindingResult.Definitions"/>.</param>
        /// <returns>The source text; the same text for equal definitions. Never throws: an internal failure renders
        /// as a file whose <c>#error</c> directive names it.</returns>
        public static string Render(GeneratedDefinition definition) => CodeEmitter.Render(definition);

        private static readonly IdlParserOptions LegacyAsWarning = new IdlParserOptions { LegacySyntax = LegacySyntaxHandling.Warning };

        private const string LegacySuffix = " is legacy WebIDL syntax";

        private static void AddParseDiagnostics(EquatableArray<IdlDiagnostic> parsed, bool legacyStrict, List<IdlDiagnostic> into)
        {
            foreach (var diagnostic in parsed)
            {
                if (diagnostic.Id != DiagnosticCatalogue.LegacySyntaxWarning.Id)
                {
                    into.Add(diagnostic);
                }
                else if (legacyStrict)
                {
                    // The tree is the same in every legacy mode; only the diagnostic differs.
                    var construct = diagnostic.Message.EndsWith(LegacySuffix, StringComparison.Ordinal)
                        ? diagnostic.Message.Substring(0, diagnostic.Message.Length - LegacySuffix.Length)
                        : diagnostic.Message;
                    into.Add(IdlDiagnostic.Create(DiagnosticCatalogue.LegacySyntaxError, diagnostic.Span, construct));
                }
            }
        }

        internal static IdlDiagnostic InternalError(Exception ex, string path) =>
            IdlDiagnostic.Create(GeneratorDiagnostics.InternalError, new SourceSpan(path, 0, 0, 1, 1), OneLine(ex.GetType().Name + ": " + ex.Message));

        internal static string OneLine(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsControl(chars[i]) || chars[i] == '\u2028' || chars[i] == '\u2029')
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }
    }
}
