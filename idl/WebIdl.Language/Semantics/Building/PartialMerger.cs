using System;
using System.Collections.Generic;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>
    /// Step 2: one entry per name. The first non-partial declaration defines it (later ones are duplicates, reported
    /// by a rule and otherwise ignored); partials of the same kind are merged in file order; a name with only
    /// partials gets an entry from its first partial so that references to it still resolve.
    /// </summary>
    internal static class PartialMerger
    {
        public static Dictionary<string, DefinitionEntry> Merge(List<Declaration> declarations)
        {
            var entries = new Dictionary<string, DefinitionEntry>(StringComparer.Ordinal);
            var partials = new List<Declaration>();
            foreach (var declaration in declarations)
            {
                if (!declaration.IsNamedDefinition)
                {
                    continue;
                }

                if (declaration.IsPartial)
                {
                    partials.Add(declaration);
                }
                else if (!entries.ContainsKey(declaration.Node.Name))
                {
                    entries.Add(declaration.Node.Name, new DefinitionEntry(declaration));
                }
            }

            foreach (var partial in partials)
            {
                if (!entries.TryGetValue(partial.Node.Name, out var entry))
                {
                    entries.Add(partial.Node.Name, new DefinitionEntry(partial));
                }
                else if (entry.Kind == partial.Node.Kind)
                {
                    entry.Partials.Add(partial);
                }
            }

            foreach (var entry in entries.Values)
            {
                if (entry.Primary.Node is ContainerDefinition)
                {
                    AddMembers(entry, entry.Primary, entry.Primary.IsPartial ? MemberOrigin.Partial : MemberOrigin.Own);
                    foreach (var partial in entry.Partials)
                    {
                        AddMembers(entry, partial, MemberOrigin.Partial);
                    }
                }
            }

            return entries;
        }

        private static void AddMembers(DefinitionEntry entry, Declaration declaration, MemberOrigin origin)
        {
            var container = (ContainerDefinition)declaration.Node;
            foreach (var member in container.Members)
            {
                if (member is null)
                {
                    continue;
                }

                entry.Members.Add(new MemberSymbol
                {
                    Syntax = member,
                    Origin = origin,
                    DeclaredIn = entry.Name,
                    DeclarationExtAttrs = container.ExtAttrs,
                });
            }
        }
    }
}
