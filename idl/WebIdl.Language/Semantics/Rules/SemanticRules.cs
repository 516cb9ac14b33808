using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>Every rule, in the order they run, and the runner.</summary>
    internal static class SemanticRules
    {
        /// <summary>Our own checks first, then the webidl2.js ones.</summary>
        public static readonly IReadOnlyList<SemanticRule> All = new SemanticRule[]
        {
            new UnknownTypeRule(),
            new DuplicateDefinitionRule(),
            new PartialTargetRule(),
            new IncludesRule(),
            new InheritanceRule(),
            new InheritanceCycleRule(),
            new TypedefCycleRule(),
            new DuplicateMemberRule(),
            new OverloadDistinguishabilityRule(),
            new RequireExposedRule(),
            new ConstructorMemberRule(),
            new ConstructibleGlobalRule(),
            new AttributeTypeRule(),
            new IncompleteOperationRule(),
            new AsyncSequenceRule(),
            new DictionaryArgumentRule(),
            new NullableUnionDictionaryRule(),
            new AllowSharedRule(),
            new VoidTypeRule(),
            new RenamedLegacyRule(),
            new NoInterfaceObjectRule(),
            new ObsoleteAsyncIterableRule(),
            new CrossOverloadRule(),
        };

        /// <summary>Runs every rule; returns the diagnostics without exact repeats, ordered by path, position and id.</summary>
        public static EquatableArray<IdlDiagnostic> Run(RuleContext context)
        {
            foreach (var rule in All)
            {
                rule.Check(context);
            }

            var seen = new HashSet<IdlDiagnostic>();
            var diagnostics = new List<IdlDiagnostic>(context.Diagnostics.Count);
            foreach (var diagnostic in context.Diagnostics)
            {
                // A mixin member checked once per including interface can give the same diagnostic twice.
                if (seen.Add(diagnostic))
                {
                    diagnostics.Add(diagnostic);
                }
            }

            diagnostics.Sort(Compare);
            return diagnostics.ToArray();
        }

        private static int Compare(IdlDiagnostic a, IdlDiagnostic b)
        {
            var order = string.CompareOrdinal(a.Span.Path, b.Span.Path);
            if (order == 0)
            {
                order = a.Span.Start.CompareTo(b.Span.Start);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(a.Id, b.Id);
            }

            return order == 0 ? string.CompareOrdinal(a.Message, b.Message) : order;
        }
    }
}
