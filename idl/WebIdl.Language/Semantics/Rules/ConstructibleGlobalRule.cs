using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>no-constructible-global</c>: a <c>[Global]</c> interface has no constructors and no <c>[LegacyFactoryFunction]</c>, in any of its declarations.</summary>
    internal sealed class ConstructibleGlobalRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.ConstructibleGlobal };

        public override void Check(RuleContext context)
        {
            foreach (var symbol in context.Model.Interfaces)
            {
                if (!RuleContext.HasAttribute(symbol.ExtAttrs, "Global"))
                {
                    continue;
                }

                CheckFactoryFunctions(context, symbol, symbol.Syntax);
                foreach (var partial in symbol.Partials)
                {
                    CheckFactoryFunctions(context, symbol, partial);
                }

                foreach (var member in symbol.Members)
                {
                    if (member.Syntax is ConstructorMember)
                    {
                        context.Report(DiagnosticCatalogue.ConstructibleGlobal, member.Syntax.NameSpan, symbol.Name, "constructors");
                    }
                }
            }
        }

        private static void CheckFactoryFunctions(RuleContext context, InterfaceSymbol symbol, DefinitionNode declaration)
        {
            foreach (var attribute in declaration.ExtAttrs)
            {
                if (attribute?.Name == "LegacyFactoryFunction")
                {
                    context.Report(DiagnosticCatalogue.ConstructibleGlobal, attribute.Span, symbol.Name, "factory functions");
                }
            }
        }
    }
}
