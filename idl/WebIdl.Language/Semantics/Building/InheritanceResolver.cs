using System.Collections.Generic;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>
    /// Step 5: each interface's, dictionary's and exception's chain of bases, nearest first. The walk stops at a
    /// name that is undefined, of another kind, or already in the chain; rules report those.
    /// </summary>
    internal static class InheritanceResolver
    {
        public static void Resolve(Dictionary<string, DefinitionEntry> entries)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var entry in entries.Values)
            {
                if (entry.Primary.Node is not ContainerDefinition { Inheritance: not null })
                {
                    continue;
                }

                seen.Clear();
                seen.Add(entry.Name);
                var current = entry;
                while (current.Primary.Node is ContainerDefinition { Inheritance: { } baseName }
                    && entries.TryGetValue(baseName, out var next)
                    && next.Kind == entry.Kind
                    && seen.Add(baseName))
                {
                    entry.InheritanceChain.Add(baseName);
                    current = next;
                }
            }
        }
    }
}
