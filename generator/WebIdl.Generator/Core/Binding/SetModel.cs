using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>The semantic model of the whole file set, with what binding takes from the files and the options. Value-equal.</summary>
    /// <param name="Model">The model (partials merged, mixins included, typedefs and inheritance resolved).</param>
    /// <param name="Options">The generator options.</param>
    /// <param name="ForwardDeclared">The names legacy forward declarations declare, in ordinal order.</param>
    /// <param name="Diagnostics">Every file's parse diagnostics (legacy syntax sorted out), in path order, then the model's.</param>
    internal sealed record SetModel(SemanticModel Model, GeneratorOptions Options, EquatableArray<string> ForwardDeclared, EquatableArray<IdlDiagnostic> Diagnostics);
}
