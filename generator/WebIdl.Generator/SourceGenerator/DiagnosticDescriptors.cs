using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;
using DiagnosticCatalogue = WebIdl.Language.Diagnostics.DiagnosticCatalogue;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using IdlSeverity = WebIdl.Language.Diagnostics.DiagnosticSeverity;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace WebIdl.Generator.SourceGenerator
{
    /// <summary>
    /// The Roslyn descriptors of the generator's diagnostics. Every WIDL id the language library and the binder report
    /// is passed through as it is: one descriptor per id and severity, built once and cached, titled from
    /// <see cref="DiagnosticCatalogue"/> and <see cref="GeneratorDiagnostics"/>.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>The category of every WebIDL diagnostic.</summary>
        public const string Category = "WebIdl";

        /// <summary>An unexpected exception inside the generator, reported instead of thrown into the compiler.</summary>
        public static readonly string GeneratorFailureId = GeneratorDiagnostics.InternalError.Id;

        private static readonly ConcurrentDictionary<(string Id, RoslynSeverity Severity), DiagnosticDescriptor> Cache = new();

        private static readonly Lazy<IReadOnlyDictionary<string, string>> Titles = new(LoadTitles);

        /// <summary>The descriptor for <paramref name="id"/> at <paramref name="severity"/>, built on first use.</summary>
        public static DiagnosticDescriptor Get(string id, string title, RoslynSeverity severity) =>
            Cache.GetOrAdd((id, severity), key => new DiagnosticDescriptor(
                key.Id,
                title,
                "{0}",
                Category,
                key.Severity,
                isEnabledByDefault: true));

        /// <summary>The catalogue title of <paramref name="id"/>, or a generic one for an id the catalogue does not list.</summary>
        public static string TitleOf(string id)
        {
            return Titles.Value.TryGetValue(id, out var title) ? title : "WebIDL diagnostic";
        }

        /// <summary>Maps a WebIDL severity to Roslyn's.</summary>
        public static RoslynSeverity ToRoslyn(IdlSeverity severity) => severity switch
        {
            IdlSeverity.Error => RoslynSeverity.Error,
            IdlSeverity.Warning => RoslynSeverity.Warning,
            _ => RoslynSeverity.Info,
        };

        /// <summary>The message of a <see cref="GeneratorFailureId"/> diagnostic: what the generator was doing and the exception.</summary>
        public static string FailureMessage(string activity, Exception exception) =>
            GeneratorDiagnostics.InternalError.Format(GeneratorPipeline.OneLine(activity + ": " + exception.GetType().FullName + ": " + exception.Message));

        /// <summary>A <see cref="GeneratorFailureId"/> diagnostic with no location, reported straight to the compiler.</summary>
        public static Diagnostic GeneratorFailure(string activity, Exception exception) =>
            Diagnostic.Create(Get(GeneratorFailureId, TitleOf(GeneratorFailureId), RoslynSeverity.Error), Location.None, FailureMessage(activity, exception));

        private static IReadOnlyDictionary<string, string> LoadTitles()
        {
            // Both catalogues are static classes of descriptor fields; reading them once keeps the titles in one place.
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var catalogue in new[] { typeof(DiagnosticCatalogue), typeof(GeneratorDiagnostics) })
            {
                foreach (var field in catalogue.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    if (field.GetValue(null) is WebIdl.Language.Diagnostics.DiagnosticDescriptor descriptor && !titles.ContainsKey(descriptor.Id))
                    {
                        titles.Add(descriptor.Id, descriptor.Title);
                    }
                }
            }

            return titles;
        }
    }
}
