using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>Maps a semantic model to binding records (work in progress: every definition reports WIDL0200).</summary>
    internal static class Binder
    {
        public static EquatableArray<GeneratedDefinition> Bind(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options, List<IdlDiagnostic> diagnostics)
        {
            var trees = new List<IdlFile>(files.Count);
            foreach (var file in files)
            {
                trees.Add(file.File);
            }

            var model = SemanticModel.Build(trees, new IdlSemanticOptions { KnownExternalTypes = options.KnownExternalTypes });
            diagnostics.AddRange(model.Diagnostics);
            foreach (var definition in model.Definitions)
            {
                diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.NotMapped, definition.NameSpan, definition.Kind + " '" + definition.Name + "'", "the generator is being written"));
            }

            return EquatableArray<GeneratedDefinition>.Empty;
        }
    }
}
