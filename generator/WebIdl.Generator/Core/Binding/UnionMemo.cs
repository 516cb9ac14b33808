using System.Collections.Generic;
using System.Threading;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// The union struct records the last <see cref="Binder.CatalogUnions"/> made, by spec, for the next one to take
    /// again when the spec, the name and the namespace are equal (a cache of a pure function). One slot per process,
    /// immutable once made, swapped whole.
    /// </summary>
    internal sealed class UnionMemo
    {
        private static UnionMemo? last;

        public UnionMemo(string @namespace, Dictionary<UnionSpec, (UnionName Name, GeneratedDefinition Definition)> bound)
        {
            Namespace = @namespace;
            Bound = bound;
        }

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
