using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>One definition bound alone. Value-equal.</summary>
    /// <param name="Name">The IDL name of the definition.</param>
    /// <param name="Definitions">Its binding records (an enum's helper included); union structs come from the <see cref="UnionTable"/>.</param>
    /// <param name="Diagnostics">The generator's diagnostics (those of bases it bound included; the set removes repeats).</param>
    internal sealed record BoundDefinition(string Name, EquatableArray<GeneratedDefinition> Definitions, EquatableArray<IdlDiagnostic> Diagnostics);
}
