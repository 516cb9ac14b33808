using System;
using System.Collections.Generic;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// The members a C# type declares, for deciding when a derived type's member hides one (and needs <c>new</c>,
    /// else CS0108) and when it does not (and must not have it, else CS0109). C#'s rule: a property, event or
    /// constant hides every base member of that name; a method hides base non-methods of that name and base methods
    /// with the same parameter types; an indexer hides base indexers with the same parameter types.
    /// </summary>
    /// <remarks>
    /// A table can inherit a base type's table by reference (<see cref="Inherit"/>) instead of copying it: deep
    /// hierarchies such as the HTML elements would otherwise copy every base member into every derived table.
    /// </remarks>
    internal sealed class MemberTable
    {
        private readonly Dictionary<string, List<string?>> members = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        private MemberTable? inherited;

        /// <summary>Makes every member of <paramref name="table"/> (and what it inherits) visible here, without copying.</summary>
        public void Inherit(MemberTable table)
        {
            if (inherited is null)
            {
                inherited = table;
            }
            else if (!ReferenceEquals(inherited, table))
            {
                AddAll(table);
            }
        }

        /// <summary>Adds a non-method member (property, event, constant).</summary>
        public void AddMember(string name) => Entries(CSharpNames.Unescaped(name)).Add(null);

        /// <summary>Adds a method (or an indexer, named <c>this[]</c>) with its parameter identity.</summary>
        public void AddMethod(string name, string signature) => Entries(CSharpNames.Unescaped(name)).Add(signature);

        /// <summary>Adds everything of <paramref name="other"/>.</summary>
        public void AddAll(MemberTable other)
        {
            foreach (var pair in other.members)
            {
                Entries(pair.Key).AddRange(pair.Value);
            }

            if (other.inherited is not null)
            {
                Inherit(other.inherited);
            }
        }

        /// <summary>True when a non-method member named <paramref name="name"/> hides something here.</summary>
        public bool HidesMember(string name)
        {
            var key = CSharpNames.Unescaped(name);
            for (var table = this; table is not null; table = table.inherited)
            {
                if (table.members.ContainsKey(key))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a method with <paramref name="signature"/> hides something here.</summary>
        public bool HidesMethod(string name, string signature)
        {
            var key = CSharpNames.Unescaped(name);
            for (var table = this; table is not null; table = table.inherited)
            {
                if (!table.members.TryGetValue(key, out var entries))
                {
                    continue;
                }

                foreach (var entry in entries)
                {
                    if (entry is null || entry == signature)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private List<string?> Entries(string name)
        {
            if (!members.TryGetValue(name, out var entries))
            {
                entries = new List<string?>();
                members.Add(name, entries);
            }

            return entries;
        }
    }
}
