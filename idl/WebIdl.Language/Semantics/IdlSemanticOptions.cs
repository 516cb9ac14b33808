using System;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>Options for <see cref="SemanticModel.Build(System.Collections.Generic.IEnumerable{Syntax.IdlFile}, IdlSemanticOptions)"/>.</summary>
    public sealed record IdlSemanticOptions
    {
        /// <summary>No external types: every referenced name must be built in or defined in the file set.</summary>
        public static IdlSemanticOptions Default { get; } = new IdlSemanticOptions();

        /// <summary>
        /// The names the web platform's IDL (the <c>@webref/idl</c> corpus) uses without defining them in IDL:
        /// <c>CSSOMString</c> (CSSOM says it is DOMString or USVString, per implementation), <c>WindowProxy</c>
        /// (HTML defines it in prose), and <c>SVGMatrix</c>, <c>SVGPoint</c>, <c>SVGRect</c>
        /// (legacy window aliases of DOMMatrix, DOMPoint and DOMRect).
        /// </summary>
        public static IdlSemanticOptions WebPlatform { get; } = new IdlSemanticOptions
        {
            KnownExternalTypes = new[] { "CSSOMString", "SVGMatrix", "SVGPoint", "SVGRect", "WindowProxy" },
        };

        /// <summary>
        /// Type names that are defined outside the file set. They are accepted wherever a type is expected and are
        /// opaque to the model (typedef resolution and overload checks treat them as unknown).
        /// </summary>
        public EquatableArray<string> KnownExternalTypes { get; init; } = Array.Empty<string>();
    }
}
