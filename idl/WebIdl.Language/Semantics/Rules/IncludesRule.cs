using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>In <c>A includes B;</c>, A must be an interface and B an interface mixin.</summary>
    internal sealed class IncludesRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            new[] { DiagnosticCatalogue.IncludesTargetNotInterface, DiagnosticCatalogue.IncludesMixinNotMixin };

        public override void Check(RuleContext context)
        {
            foreach (var declaration in context.Declarations)
            {
                if (declaration.Node is not IncludesStatement includes)
                {
                    continue;
                }

                var target = context.Find(includes.Name);
                if (target is not InterfaceSymbol)
                {
                    context.Report(DiagnosticCatalogue.IncludesTargetNotInterface, includes.NameSpan, includes.Name, RuleContext.Describe(target));
                }

                var mixin = context.Find(includes.Mixin);
                if (mixin is not InterfaceMixinSymbol)
                {
                    context.Report(DiagnosticCatalogue.IncludesMixinNotMixin, includes.MixinSpan, includes.Mixin, RuleContext.Describe(mixin));
                }
            }
        }
    }
}
