using System.Collections.Generic;
using System.Threading;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// What the last <see cref="Binder.CatalogUnions(SetModel, BindingIndex)"/> did, for the next one: the union struct records it made, by
    /// spec, taken again when the spec, the name and the namespace are equal; and the registry calls each definition
    /// made, replayed for a definition whose split input is the same object (checked call by call: a call that
    /// gives another name than before makes the catalogue again from nothing). Caches of pure functions. One slot
    /// per process, immutable once made, swapped whole.
    /// </summary>
    internal sealed class UnionMemo
    {
        private static UnionMemo? last;

        public UnionMemo(string @namespace, Dictionary<UnionSpec, (UnionName Name, GeneratedDefinition Definition)> bound, BindingIndex index, IReadOnlyDictionary<string, (DefinitionInput Input, UnionCall[] Calls)>? calls)
        {
            Namespace = @namespace;
            Bound = bound;
            Index = index;
            Calls = calls;
        }

        /// <summary>The index the catalogue was made with; calls are replayed only under an equal one.</summary>
        public BindingIndex Index { get; }

        /// <summary>The registry calls each definition made, with the split input it had; null when the catalogue ran without the split of its model.</summary>
        public IReadOnlyDictionary<string, (DefinitionInput Input, UnionCall[] Calls)>? Calls { get; }

        /// <summary>The last catalogue's memo, or null.</summary>
        public static UnionMemo? Last
        {
            get => Volatile.Read(ref last);
            set => Volatile.Write(ref last, value);
        }

        /// <summary>The namespace the records were made in.</summary>
        public string Namespace { get; }

        /// <summary>Each spec's name and record.</summary>
        public Dictionary<UnionSpec, (UnionName Name, GeneratedDefinition Definition)> Bound { get; }
    }
}
