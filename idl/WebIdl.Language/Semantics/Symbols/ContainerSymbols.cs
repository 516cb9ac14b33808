using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>An interface with its partials merged and its mixins included.</summary>
    public sealed record InterfaceSymbol : ContainerSymbol
    {
        /// <summary>The mixins included with <c>includes</c>, in statement order, each once.</summary>
        public EquatableArray<string> IncludedMixins { get; init; }

        /// <summary>The interfaces named by legacy <c>implements</c> statements, in statement order.</summary>
        public EquatableArray<string> Implements { get; init; }
    }

    /// <summary>An interface mixin with its partials merged.</summary>
    public sealed record InterfaceMixinSymbol : ContainerSymbol
    {
    }

    /// <summary>A callback interface.</summary>
    public sealed record CallbackInterfaceSymbol : ContainerSymbol
    {
    }

    /// <summary>A namespace with its partials merged.</summary>
    public sealed record NamespaceSymbol : ContainerSymbol
    {
    }

    /// <summary>A dictionary with its partials merged.</summary>
    public sealed record DictionarySymbol : ContainerSymbol
    {
    }

    /// <summary>A legacy exception.</summary>
    public sealed record ExceptionSymbol : ContainerSymbol
    {
    }
}
