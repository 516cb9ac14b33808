using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.SourceGenerator
{
    /// <summary>
    /// Reads the generator's MSBuild properties and item metadata (made visible to the compiler by
    /// <c>build/WebIdl.Generator.props</c>; documented in docs/generator-usage.md).
    /// </summary>
    internal static class GeneratorConfig
    {
        /// <summary>The namespace of the generated code when neither <c>WebIdlNamespace</c> nor <c>RootNamespace</c> is set.</summary>
        public const string DefaultNamespace = "WebIdl.Generated";

        private const string NamespaceProperty = "build_property.WebIdlNamespace";
        private const string RootNamespaceProperty = "build_property.RootNamespace";
        private const string LegacyStrictProperty = "build_property.WebIdlLegacyStrict";
        private const string KnownTypesProperty = "build_property.WebIdlKnownTypes";
        private const string OwnedContractsProperty = "build_property.WebIdlOwnedContracts";
        private const string IncludeIdlFilesProperty = "build_property.WebIdlIncludeIdlFiles";
        private const string WebIdlMetadata = "build_metadata.AdditionalFiles.WebIdl";
        private const string EventsMetadata = "build_metadata.AdditionalFiles.WebIdlEvents";

        /// <summary>The file name ending that makes an additional file events data without metadata.</summary>
        public const string EventsSuffix = ".events.json";

        /// <summary>
        /// Whether an additional file is a WebIDL input: a <c>.webidl</c> file unless its <c>WebIdl</c> metadata is
        /// <c>false</c>; a <c>.idl</c> file when its <c>WebIdl</c> metadata is <c>true</c>, or when the project sets
        /// <c>WebIdlIncludeIdlFiles</c> to <c>true</c> and the metadata is not <c>false</c>.
        /// </summary>
        public static bool IsIdlInput(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            var metadata = fileOptions.TryGetValue(WebIdlMetadata, out var value) ? ParseBool(value) : null;
            if (path.EndsWith(".webidl", StringComparison.OrdinalIgnoreCase))
            {
                return metadata != false;
            }

            if (path.EndsWith(".idl", StringComparison.OrdinalIgnoreCase))
            {
                return metadata ?? (globalOptions.TryGetValue(IncludeIdlFilesProperty, out var include) && ParseBool(include) == true);
            }

            return false;
        }

        /// <summary>
        /// Whether an additional file is events data (the @webref/events JSON shape): its <c>WebIdlEvents</c> metadata is
        /// <c>true</c>, or its name ends with <c>.events.json</c> and the metadata is not <c>false</c>.
        /// </summary>
        public static bool IsEventsInput(string path, AnalyzerConfigOptions fileOptions)
        {
            var metadata = fileOptions.TryGetValue(EventsMetadata, out var value) ? ParseBool(value) : null;
            return metadata ?? path.EndsWith(EventsSuffix, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The options of the binding step, from the project-wide properties.</summary>
        public static GeneratorOptions ReadOptions(AnalyzerConfigOptions globalOptions) => new GeneratorOptions
        {
            Namespace = ReadNamespace(globalOptions),
            LegacyStrict = globalOptions.TryGetValue(LegacyStrictProperty, out var strict) && ParseBool(strict) == true,
            OwnedContracts = globalOptions.TryGetValue(OwnedContractsProperty, out var owned) && ParseBool(owned) == true,
            KnownExternalTypes = globalOptions.TryGetValue(KnownTypesProperty, out var known) ? SplitList(known) : EquatableArray<string>.Empty,
        };

        private static string ReadNamespace(AnalyzerConfigOptions globalOptions)
        {
            if (globalOptions.TryGetValue(NamespaceProperty, out var ns) && !string.IsNullOrWhiteSpace(ns))
            {
                return ns.Trim();
            }

            if (globalOptions.TryGetValue(RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root))
            {
                return root.Trim();
            }

            return DefaultNamespace;
        }

        /// <summary>Splits a <c>;</c>- or <c>,</c>-separated list, trimmed, without empties or repeats, in ordinal order.</summary>
        internal static EquatableArray<string> SplitList(string value)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var name = part.Trim();
                if (name.Length > 0)
                {
                    names.Add(name);
                }
            }

            return EquatableArray<string>.From(names);
        }

        private static bool? ParseBool(string? value)
        {
            if (value is null)
            {
                return null;
            }

            var trimmed = value.Trim();
            if (trimmed.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (trimmed.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return null;
        }
    }
}
