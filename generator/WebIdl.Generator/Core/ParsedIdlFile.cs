using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator
{
    /// <summary>
    /// One parsed <c>.webidl</c> file: the unit the incremental generator caches per file. Value-equal, so an
    /// unchanged file compares equal to its previous parse.
    /// </summary>
    /// <param name="Path">The path the file was parsed under (used in spans and diagnostics).</param>
    /// <param name="File">The syntax tree, with every definition that parsed.</param>
    /// <param name="Diagnostics">The parser's diagnostics, in source order. Legacy syntax is reported as WIDL0009
    /// warnings here; <see cref="GeneratorPipeline.Bind"/> drops them or turns them into errors
    /// (<see cref="GeneratorOptions.LegacyStrict"/>).</param>
    public sealed record ParsedIdlFile(string Path, IdlFile File, EquatableArray<IdlDiagnostic> Diagnostics);
}
