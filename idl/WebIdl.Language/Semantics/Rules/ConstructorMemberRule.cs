using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>webidl2.js <c>constructor-member</c>: <c>[Constructor]</c> on an interface is replaced by <c>constructor()</c> members.</summary>
    internal sealed class ConstructorMemberRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.ConstructorExtendedAttribute };

        public override void Check(RuleContext context)
        {
            foreach (var declaration in context.Declarations)
            {
                if (declaration.Node is not InterfaceDefinition definition)
                {
                    continue;
                }

                foreach (var attribute in definition.ExtAttrs)
                {
                    if (attribute?.Name == "Constructor")
                    {
                        context.Report(DiagnosticCatalogue.ConstructorExtendedAttribute, attribute.Span, definition.Name);
                    }
                }
            }
        }
    }
}
