using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.SourceGenerator.Model
{
    /// <summary>One events data file, read: its facts and the problems found; or <see cref="None"/> for an additional file that is not events data. Value-equal.</summary>
    internal sealed record EventsFile(string Path, EquatableArray<EventInterface> Entries, EquatableArray<IdlDiagnostic> Diagnostics, bool IsData = true)
    {
        /// <summary>Stands for an additional file that is not events data (every file has an item, so the collected set is never empty and caches like the others).</summary>
        public static readonly EventsFile None = new EventsFile("", EquatableArray<EventInterface>.Empty, EquatableArray<IdlDiagnostic>.Empty, false);
    }

    /// <summary>Every events data file of the project merged: the facts in ordinal order without repeats, and every file's problems. Value-equal.</summary>
    internal sealed record EventTable(EquatableArray<EventInterface> Entries, EquatableArray<IdlDiagnostic> Diagnostics);
}
