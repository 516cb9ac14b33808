using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Compiles generated code with Roslyn the way a consumer would: the running runtime's reference set (the
    /// trusted platform assemblies), WebIdl.Runtime, nullable enabled, documentation comments checked (CS1591).
    /// </summary>
    public static class CSharpCompiler
    {
        private static readonly Lazy<MetadataReference[]> References = new(() =>
        {
            var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
                .ToList();
            paths.Add(typeof(WebIdl.Runtime.IdlConvert).Assembly.Location);
            return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        });

        /// <summary>The parse options: C# 12 (what Roslyn 4.8 knows), documentation comments diagnosed.</summary>
        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

        /// <summary>Compiles <paramref name="sources"/> (name to text) into a library.</summary>
        public static CSharpCompilation Compile(IEnumerable<KeyValuePair<string, string>> sources, string assemblyName = "Generated")
        {
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, ParseOptions, path: s.Key));
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithWarningLevel(9999)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Warn });
            return CSharpCompilation.Create(assemblyName, trees, References.Value, options);
        }

        /// <summary>Every warning and error, formatted, empty when the code is clean.</summary>
        public static List<string> Problems(CSharpCompilation compilation) =>
            compilation.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Select(d => d.ToString())
                .ToList();

        /// <summary>Emits and loads the assembly in a collectible context.</summary>
        public static Assembly Load(CSharpCompilation compilation)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("Compilation failed:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            stream.Position = 0;
            var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            context.Resolving += (_, name) => name.Name == "WebIdl.Runtime" ? typeof(WebIdl.Runtime.IdlConvert).Assembly : null;
            return context.LoadFromStream(stream);
        }
    }
}
