using System;
using System.Collections.Generic;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// What binding one definition needs to know about all the others, compactly: the namespace, every generated
    /// definition's C# names (which also tell which names are generated and of what kind), the forward-declared names
    /// and the external types. It equals the previous run's unless an edit adds, removes or renames a definition (or
    /// changes the options), so an edit inside a definition leaves every other definition's binding cached.
    /// </summary>
    internal sealed class BindingIndex : IEquatable<BindingIndex>
    {
        public BindingIndex(TypeNames names, EquatableArray<string> forwardDeclared, EquatableArray<string> knownExternalTypes)
        {
            Names = names;
            ForwardDeclared = forwardDeclared;
            KnownExternalTypes = knownExternalTypes;
            var entries = new List<string>();
            foreach (var entry in names.All)
            {
                entries.Add(entry.IdlName + "|" + entry.Primary + "|" + entry.Hint + "|" + entry.Stub + "|" + entry.Secondary + "|" + entry.Helper + "|" + entry.HelperHint);
            }

            Entries = entries.ToArray();
        }

        /// <summary>The C# names of the set (shared; each binding forks its scopes).</summary>
        public TypeNames Names { get; }

        /// <summary>The names <see cref="Names"/> gives, one line per definition: what equality compares.</summary>
        public EquatableArray<string> Entries { get; }

        public EquatableArray<string> ForwardDeclared { get; }

        public EquatableArray<string> KnownExternalTypes { get; }

        public bool Equals(BindingIndex? other) =>
            other is not null && (ReferenceEquals(this, other) ||
                (Names.Namespace == other.Names.Namespace && Entries.Equals(other.Entries) && ForwardDeclared.Equals(other.ForwardDeclared) && KnownExternalTypes.Equals(other.KnownExternalTypes)));

        public override bool Equals(object? obj) => Equals(obj as BindingIndex);

        public override int GetHashCode() => Entries.GetHashCode();
    }
}
