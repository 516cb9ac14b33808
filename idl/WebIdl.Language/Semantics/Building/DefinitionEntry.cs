using System.Collections.Generic;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>The mutable state of one definition while the model is built; frozen into a <see cref="DefinitionSymbol"/> at the end.</summary>
    internal sealed class DefinitionEntry
    {
        public DefinitionEntry(Declaration primary)
        {
            Primary = primary;
        }

        /// <summary>The defining declaration (the first partial one when there is no other).</summary>
        public Declaration Primary { get; }

        public string Name => Primary.Node.Name;

        public string Kind => Primary.Node.Kind;

        /// <summary>Partial declarations of the same kind, in file order.</summary>
        public List<Declaration> Partials { get; } = new List<Declaration>();

        /// <summary>Merged members (step 2), then mixin members (step 3).</summary>
        public List<MemberSymbol> Members { get; } = new List<MemberSymbol>();

        /// <summary>Included mixins, each once, in statement order.</summary>
        public List<string> Includes { get; } = new List<string>();

        /// <summary>Legacy <c>implements</c> targets, in statement order.</summary>
        public List<string> Implements { get; } = new List<string>();

        /// <summary>Resolved bases, nearest first.</summary>
        public List<string> InheritanceChain { get; } = new List<string>();

        /// <summary>For typedefs: the resolved type once step 4 has run.</summary>
        public IdlType? ResolvedType { get; set; }
    }
}
