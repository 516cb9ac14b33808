using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>One check over the built model. Rules only read the context and report; they never change the model.</summary>
    internal abstract class SemanticRule
    {
        /// <summary>The diagnostics this rule may report.</summary>
        public abstract IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

        /// <summary>Runs the check.</summary>
        public abstract void Check(RuleContext context);
    }
}
