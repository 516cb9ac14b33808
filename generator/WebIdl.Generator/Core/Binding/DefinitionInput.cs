using WebIdl.Language.Semantics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// What binding one definition reads: its merged symbol and the symbols of the definitions it depends on
    /// (<see cref="Dependencies"/>). Value-equal: when no file holding one of these changed, it equals the previous
    /// run's (symbols hold syntax nodes, which an unchanged file keeps), so the binding step is skipped.
    /// </summary>
    /// <param name="Symbol">The definition.</param>
    /// <param name="Dependencies">The definitions binding it reads, in ordinal name order.</param>
    /// <param name="Events">Its event handler attributes whose events have a specific interface (<see cref="EventTyping"/>).</param>
    internal sealed record DefinitionInput(DefinitionSymbol Symbol, EquatableArray<DefinitionSymbol> Dependencies, EquatableArray<TypedEvent> Events = default);
}
