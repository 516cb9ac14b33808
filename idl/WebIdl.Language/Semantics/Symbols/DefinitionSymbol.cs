using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>
    /// One named definition of the file set, with its partial declarations merged in. Value-equal: two models built
    /// from equal trees compare equal.
    /// </summary>
    public abstract record DefinitionSymbol
    {
        /// <summary>The definition's name (escape underscore removed).</summary>
        public string Name { get; init; } = "";

        /// <summary>
        /// The defining declaration: the first non-partial definition with this name, or the first partial one when
        /// there is none (a partial of nothing, which is also reported).
        /// </summary>
        public DefinitionNode Syntax { get; init; } = null!;

        /// <summary>The partial declarations merged into this one, in file order (files by path, then source order).</summary>
        public EquatableArray<DefinitionNode> Partials { get; init; }

        /// <summary>The enclosing legacy module path (<c>a::b</c>), or null at the top level.</summary>
        public string? Module { get; init; }

        /// <summary>The webidl2.js kind of the defining declaration (<c>interface</c>, <c>dictionary</c>, …).</summary>
        public string Kind => Syntax.Kind;

        /// <summary>Where the defining declaration's name is written.</summary>
        public SourceSpan NameSpan => Syntax.NameSpan;

        /// <summary>The extended attributes of the defining declaration (partials keep their own, see <see cref="MemberSymbol.DeclarationExtAttrs"/>).</summary>
        public EquatableArray<ExtendedAttribute> ExtAttrs => Syntax.ExtAttrs;

        /// <summary>The documentation comment of the defining declaration, or null.</summary>
        public string? Documentation => Syntax.Documentation;
    }

    /// <summary>A definition with members: interface, mixin, callback interface, namespace, dictionary or legacy exception.</summary>
    public abstract record ContainerSymbol : DefinitionSymbol
    {
        /// <summary>The directly inherited name as written, or null.</summary>
        public string? Inheritance { get; init; }

        /// <summary>
        /// The resolved bases, nearest first. Stops before a name that is undefined, of the wrong kind, or already in
        /// the chain (a cycle); those are reported as diagnostics.
        /// </summary>
        public EquatableArray<string> InheritanceChain { get; init; }

        /// <summary>
        /// The members: the defining declaration's, then each partial's, in file order; for interfaces then the
        /// members of each included mixin, in the order of the <c>includes</c> statements.
        /// </summary>
        public EquatableArray<MemberSymbol> Members { get; init; }
    }
}
