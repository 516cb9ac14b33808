using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>renamed-legacy</c>: extended attributes that Web IDL renamed (mostly with a <c>Legacy</c> prefix). A warning.</summary>
    internal sealed class RenamedLegacyRule : SemanticRule
    {
        private static readonly Dictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NoInterfaceObject"] = "LegacyNoInterfaceObject",
            ["LenientSetter"] = "LegacyLenientSetter",
            ["LenientThis"] = "LegacyLenientThis",
            ["TreatNonObjectAsNull"] = "LegacyTreatNonObjectAsNull",
            ["Unforgeable"] = "LegacyUnforgeable",
            ["NamedConstructor"] = "LegacyFactoryFunction",
            ["OverrideBuiltins"] = "LegacyOverrideBuiltIns",
            ["TreatNullAs"] = "LegacyNullToEmptyString",
        };

        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.RenamedLegacyExtendedAttribute };

        public override void Check(RuleContext context)
        {
            foreach (var site in context.Sites.ExtendedAttributes)
            {
                if (Renamed.TryGetValue(site.Attribute.Name, out var replacement))
                {
                    context.Report(DiagnosticCatalogue.RenamedLegacyExtendedAttribute, site.Attribute.Span, site.Attribute.Name, replacement);
                }
            }
        }
    }
}
