using System.Collections.Generic;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>
    /// Step 3: <c>A includes M;</c> copies M's merged members into interface A (marked as coming from M), each
    /// mixin once per interface, in statement order. Statements whose sides are of the wrong kind are skipped here
    /// and reported by a rule. Legacy <c>A implements B;</c> is recorded on A.
    /// </summary>
    internal static class MixinIncluder
    {
        public static void Include(Dictionary<string, DefinitionEntry> entries, List<Declaration> declarations)
        {
            var targets = new List<DefinitionEntry>();
            foreach (var declaration in declarations)
            {
                switch (declaration.Node)
                {
                    case IncludesStatement includes
                        when entries.TryGetValue(includes.Name, out var target) && target.Primary.Node is InterfaceDefinition
                            && entries.TryGetValue(includes.Mixin, out var mixin) && mixin.Primary.Node is InterfaceMixinDefinition:
                        if (!target.Includes.Contains(mixin.Name))
                        {
                            if (target.Includes.Count == 0)
                            {
                                targets.Add(target);
                            }

                            target.Includes.Add(mixin.Name);
                        }

                        break;
                    case ImplementsStatement implements
                        when entries.TryGetValue(implements.Name, out var implementer) && implementer.Primary.Node is InterfaceDefinition:
                        implementer.Implements.Add(implements.Implements);
                        break;
                }
            }

            // A mixin's members are marked once and shared by every interface that includes it.
            var marked = new Dictionary<string, List<MemberSymbol>>(System.StringComparer.Ordinal);
            foreach (var target in targets)
            {
                foreach (var mixinName in target.Includes)
                {
                    if (!marked.TryGetValue(mixinName, out var members))
                    {
                        members = new List<MemberSymbol>();
                        foreach (var member in entries[mixinName].Members)
                        {
                            members.Add(member with { Origin = MemberOrigin.Mixin });
                        }

                        marked.Add(mixinName, members);
                    }

                    target.Members.AddRange(members);
                }
            }
        }
    }
}
