using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Generator
{
    /// <summary>The outcome of <see cref="GeneratorPipeline.Bind"/>. Value-equal all the way down.</summary>
    /// <param name="Definitions">One entry per generated file, ordered by <see cref="GeneratedDefinition.HintName"/> (ordinal).</param>
    /// <param name="Diagnostics">Every file's parse diagnostics, the semantic model's, then the generator's own (WIDL0200 and up).</param>
    public sealed record BindingResult(EquatableArray<GeneratedDefinition> Definitions, EquatableArray<IdlDiagnostic> Diagnostics);
}
