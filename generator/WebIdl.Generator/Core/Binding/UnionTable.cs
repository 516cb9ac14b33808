using System;
using System.Collections.Generic;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>The union structs of the whole set, each named once, and their binding records. Value-equal.</summary>
    /// <param name="Keys">Each union's identity (<see cref="UnionSpec.Key"/>), in the order met.</param>
    /// <param name="Names">The name each got, at the same index.</param>
    /// <param name="Definitions">The union structs' binding records.</param>
    internal sealed record UnionTable(EquatableArray<string> Keys, EquatableArray<UnionName> Names, EquatableArray<GeneratedDefinition> Definitions)
    {
        private Dictionary<string, UnionName>? byKey;

        /// <summary>The names by key.</summary>
        public IReadOnlyDictionary<string, UnionName> ByKey
        {
            get
            {
                if (byKey is null)
                {
                    var map = new Dictionary<string, UnionName>(StringComparer.Ordinal);
                    for (var i = 0; i < Keys.Count; i++)
                    {
                        map[Keys[i]] = Names[i];
                    }

                    byKey = map;
                }

                return byKey;
            }
        }

        /// <inheritdoc />
        public bool Equals(UnionTable? other) =>
            other is not null && Keys.Equals(other.Keys) && Names.Equals(other.Names) && Definitions.Equals(other.Definitions);

        /// <inheritdoc />
        public override int GetHashCode() => Keys.GetHashCode();
    }
}
