using System;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>Typedef substitution in type trees, shared by the builder and <see cref="SemanticModel.ResolveType"/>.</summary>
    internal static class TypeResolution
    {
        /// <summary>
        /// Replaces every named type for which <paramref name="lookup"/> returns a resolved target. The targets are
        /// taken as final (not walked again), which is what keeps cyclic typedefs finite. Unchanged subtrees are
        /// returned as they are.
        /// </summary>
        public static IdlType Substitute(IdlType type, Func<string, IdlType?> lookup)
        {
            if (type.Name is not null)
            {
                var target = lookup(type.Name);
                return target is null ? type : Merge(type, target);
            }

            if (type.Subtypes.IsEmpty)
            {
                return type;
            }

            IdlType[]? changed = null;
            for (var i = 0; i < type.Subtypes.Count; i++)
            {
                var subtype = type.Subtypes[i];
                if (subtype is null)
                {
                    continue;
                }

                var resolved = Substitute(subtype, lookup);
                if (!ReferenceEquals(resolved, subtype))
                {
                    changed ??= CopyOf(type.Subtypes);
                    changed[i] = resolved;
                }
            }

            return changed is null ? type : type with { Subtypes = changed };
        }

        /// <summary>
        /// The typedef target as seen from a use: the use's span and context, nullable when either is, and the use's
        /// extended attributes followed by the target's.
        /// </summary>
        public static IdlType Merge(IdlType use, IdlType target) => target with
        {
            Nullable = use.Nullable || target.Nullable,
            ExtAttrs = Concat(use.ExtAttrs, target.ExtAttrs),
            Span = use.Span,
            Context = use.Context,
        };

        private static EquatableArray<ExtendedAttribute> Concat(EquatableArray<ExtendedAttribute> first, EquatableArray<ExtendedAttribute> second)
        {
            if (first.IsEmpty)
            {
                return second;
            }

            if (second.IsEmpty)
            {
                return first;
            }

            var all = new ExtendedAttribute[first.Count + second.Count];
            for (var i = 0; i < first.Count; i++)
            {
                all[i] = first[i];
            }

            for (var i = 0; i < second.Count; i++)
            {
                all[first.Count + i] = second[i];
            }

            return all;
        }

        private static IdlType[] CopyOf(EquatableArray<IdlType> items)
        {
            var copy = new IdlType[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i];
            }

            return copy;
        }
    }
}
