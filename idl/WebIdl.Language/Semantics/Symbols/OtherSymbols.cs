using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>An enum.</summary>
    public sealed record EnumSymbol : DefinitionSymbol
    {
        /// <summary>The values, in order.</summary>
        public EquatableArray<string> Values { get; init; }
    }

    /// <summary>A typedef.</summary>
    public sealed record TypedefSymbol : DefinitionSymbol
    {
        /// <summary>The aliased type as written.</summary>
        public IdlType Type { get; init; } = null!;

        /// <summary>
        /// The aliased type with every typedef in it resolved (see <see cref="SemanticModel.ResolveType"/>). A typedef
        /// that takes part in a cycle is left as a name where the cycle closes.
        /// </summary>
        public IdlType ResolvedType { get; init; } = null!;
    }

    /// <summary>A callback function.</summary>
    public sealed record CallbackSymbol : DefinitionSymbol
    {
        /// <summary>The return type.</summary>
        public IdlType ReturnType { get; init; } = null!;

        /// <summary>The arguments.</summary>
        public EquatableArray<Argument> Arguments { get; init; }
    }

    /// <summary>A legacy module. The definitions inside it are also indexed under their own names.</summary>
    public sealed record ModuleSymbol : DefinitionSymbol
    {
        /// <summary>The names of the definitions directly inside the module, in source order.</summary>
        public EquatableArray<string> DefinitionNames { get; init; }
    }
}
