using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>Where a merged member was declared.</summary>
    public enum MemberOrigin
    {
        /// <summary>In the defining declaration.</summary>
        Own,

        /// <summary>In a partial declaration of the same definition.</summary>
        Partial,

        /// <summary>In an included interface mixin (or one of its partials).</summary>
        Mixin,
    }

    /// <summary>A member of a merged definition, remembering the declaration it came from.</summary>
    public sealed record MemberSymbol
    {
        /// <summary>The member's syntax; its spans point into the file it was written in.</summary>
        public MemberNode Syntax { get; init; } = null!;

        /// <summary>Own, partial or mixin.</summary>
        public MemberOrigin Origin { get; init; }

        /// <summary>The name of the definition whose declaration holds the member: the definition itself, or the mixin.</summary>
        public string DeclaredIn { get; init; } = "";

        /// <summary>Extended attributes of the declaration holding the member (for example a partial's or mixin's <c>[Exposed]</c>).</summary>
        public EquatableArray<ExtendedAttribute> DeclarationExtAttrs { get; init; }

        /// <summary>The member's name, or empty (constructors, iterables, unnamed specials).</summary>
        public string Name => Syntax.Name;

        /// <summary>The member's kind (<c>attribute</c>, <c>operation</c>, …).</summary>
        public string Kind => Syntax.Kind;
    }
}
