using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// After merging, two members of one definition must not share a name unless both are operations (then they are
    /// overloads). Dictionary members must also differ from the members of inherited dictionaries.
    /// </summary>
    internal sealed class DuplicateMemberRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.DuplicateMember };

        public override void Check(RuleContext context)
        {
            // Dictionaries keep their first-of-each-name map for the inherited check; the others share one.
            var firsts = new Dictionary<string, Dictionary<string, MemberSymbol>>(StringComparer.Ordinal);
            var scratch = new Dictionary<string, MemberSymbol>(StringComparer.Ordinal);
            foreach (var definition in context.Model.Definitions)
            {
                if (definition is DictionarySymbol dictionary)
                {
                    firsts[dictionary.Name] = CheckOwn(context, dictionary, new Dictionary<string, MemberSymbol>(StringComparer.Ordinal));
                }
                else if (definition is ContainerSymbol container)
                {
                    scratch.Clear();
                    CheckOwn(context, container, scratch);
                }
            }

            foreach (var dictionary in context.Model.Dictionaries)
            {
                foreach (var baseName in dictionary.InheritanceChain)
                {
                    if (!firsts.TryGetValue(baseName, out var inherited))
                    {
                        continue;
                    }

                    foreach (var member in dictionary.Members)
                    {
                        if (member.Name.Length > 0 && inherited.TryGetValue(member.Name, out var original))
                        {
                            Report(context, dictionary, member, original);
                        }
                    }
                }
            }
        }

        /// <summary>Reports repeats within <paramref name="container"/>; returns the first member of each name.</summary>
        private static Dictionary<string, MemberSymbol> CheckOwn(RuleContext context, ContainerSymbol container, Dictionary<string, MemberSymbol> first)
        {
            foreach (var member in container.Members)
            {
                var name = member.Name;
                if (name.Length == 0)
                {
                    continue;
                }

                if (!first.TryGetValue(name, out var original))
                {
                    first.Add(name, member);
                }
                else if (!(member.Syntax is OperationMember && original.Syntax is OperationMember)
                    && !(member.Origin == MemberOrigin.Mixin && original.Origin == MemberOrigin.Mixin && member.DeclaredIn == original.DeclaredIn))
                {
                    // (Two members of one included mixin clash in the mixin too, and are reported there.)
                    Report(context, container, member, original);
                }
            }

            return first;
        }

        private static void Report(RuleContext context, ContainerSymbol container, MemberSymbol member, MemberSymbol original) =>
            context.Report(
                DiagnosticCatalogue.DuplicateMember,
                member.Syntax.NameSpan,
                member.Kind,
                member.Name,
                container.Name,
                RuleContext.Describe(original.Kind),
                original.Syntax.NameSpan);
    }
}
