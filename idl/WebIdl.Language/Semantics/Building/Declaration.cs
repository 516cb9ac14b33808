using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>One top-level or module-nested definition of the file set, in file order.</summary>
    internal sealed class Declaration
    {
        public Declaration(DefinitionNode node, string? module, int order)
        {
            Node = node;
            Module = module;
            Order = order;
        }

        /// <summary>The definition's syntax.</summary>
        public DefinitionNode Node { get; }

        /// <summary>The enclosing module path (<c>a::b</c>), or null.</summary>
        public string? Module { get; }

        /// <summary>Position in file order (files sorted by path, then source order, modules depth-first).</summary>
        public int Order { get; }

        /// <summary>True for partial interfaces, mixins, dictionaries and namespaces.</summary>
        public bool IsPartial => Node is ContainerDefinition { Partial: true };

        /// <summary>True for definitions that introduce a name: not <c>includes</c>, <c>implements</c> or a forward declaration.</summary>
        public bool IsNamedDefinition => Node is not (IncludesStatement or ImplementsStatement or ForwardDeclaration) && Node.Name.Length > 0;
    }
}
