using System;
using System.Collections.Generic;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>
    /// Step 4: every typedef's type with the typedefs inside it replaced by their targets, recursively. A typedef
    /// met again while it is being resolved closes a cycle: it stays a name there (a rule reports it).
    /// </summary>
    internal static class TypedefResolver
    {
        public static void Resolve(Dictionary<string, DefinitionEntry> entries)
        {
            var visiting = new HashSet<string>(StringComparer.Ordinal);
            var names = new List<string>(entries.Keys);
            names.Sort(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var entry = entries[name];
                if (entry.Primary.Node is TypedefDefinition)
                {
                    ResolveTypedef(entry, entries, visiting);
                }
            }
        }

        private static IdlType ResolveTypedef(DefinitionEntry entry, Dictionary<string, DefinitionEntry> entries, HashSet<string> visiting)
        {
            if (entry.ResolvedType is not null)
            {
                return entry.ResolvedType;
            }

            var written = ((TypedefDefinition)entry.Primary.Node).Type;
            if (written is null)
            {
                return entry.ResolvedType = new IdlType { Name = "any" };
            }

            visiting.Add(entry.Name);
            var resolved = TypeResolution.Substitute(written, name =>
                entries.TryGetValue(name, out var target) && target.Primary.Node is TypedefDefinition && !visiting.Contains(name)
                    ? ResolveTypedef(target, entries, visiting)
                    : null);
            visiting.Remove(entry.Name);
            entry.ResolvedType = resolved;
            return resolved;
        }
    }
}
