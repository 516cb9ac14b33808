using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>no-nointerfaceobject</c>: <c>[LegacyNoInterfaceObject]</c> is an undesirable feature. A warning.</summary>
    internal sealed class NoInterfaceObjectRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.LegacyNoInterfaceObject };

        public override void Check(RuleContext context)
        {
            foreach (var site in context.Sites.ExtendedAttributes)
            {
                if (site.Attribute.Name == "LegacyNoInterfaceObject")
                {
                    context.Report(DiagnosticCatalogue.LegacyNoInterfaceObject, site.Attribute.Span, site.Definition.Name);
                }
            }
        }
    }
}
