using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics.Building;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics
{
    /// <summary>
    /// The meaning of a set of WebIDL files taken together: definitions indexed by name, partials merged, mixins
    /// included, typedefs and inheritance resolved, and the diagnostics found on the way. Immutable and value-equal;
    /// every list is in ordinal name order (definitions) or file order (members).
    /// </summary>
    public sealed record SemanticModel
    {
        /// <summary>Builds the model of <paramref name="files"/> with <see cref="IdlSemanticOptions.Default"/>.</summary>
        public static SemanticModel Build(IEnumerable<IdlFile> files) => Build(files, null);

        /// <summary>
        /// Builds the model of <paramref name="files"/>: index, merge partials, include mixins, resolve typedefs,
        /// resolve inheritance, run the rules. The result does not depend on the order of the files (they are taken
        /// by path). Never throws: an internal failure becomes a diagnostic.
        /// </summary>
        public static SemanticModel Build(IEnumerable<IdlFile> files, IdlSemanticOptions? options) =>
            ModelBuilder.Build(files, options ?? IdlSemanticOptions.Default);

        /// <summary>The options the model was built with.</summary>
        public IdlSemanticOptions Options { get; init; } = IdlSemanticOptions.Default;

        /// <summary>Every definition, ordered by name (ordinal). Definitions inside legacy modules are included under their own names.</summary>
        public EquatableArray<DefinitionSymbol> Definitions { get; init; }

        /// <summary>The interfaces, with partials merged and mixins included.</summary>
        public EquatableArray<InterfaceSymbol> Interfaces { get; init; }

        /// <summary>The interface mixins, with partials merged.</summary>
        public EquatableArray<InterfaceMixinSymbol> InterfaceMixins { get; init; }

        /// <summary>The callback interfaces.</summary>
        public EquatableArray<CallbackInterfaceSymbol> CallbackInterfaces { get; init; }

        /// <summary>The dictionaries, with partials merged.</summary>
        public EquatableArray<DictionarySymbol> Dictionaries { get; init; }

        /// <summary>The enums.</summary>
        public EquatableArray<EnumSymbol> Enums { get; init; }

        /// <summary>The typedefs, each with its resolved type.</summary>
        public EquatableArray<TypedefSymbol> Typedefs { get; init; }

        /// <summary>The callback functions.</summary>
        public EquatableArray<CallbackSymbol> Callbacks { get; init; }

        /// <summary>The namespaces, with partials merged.</summary>
        public EquatableArray<NamespaceSymbol> Namespaces { get; init; }

        /// <summary>The legacy exceptions.</summary>
        public EquatableArray<ExceptionSymbol> Exceptions { get; init; }

        /// <summary>The legacy modules.</summary>
        public EquatableArray<ModuleSymbol> Modules { get; init; }

        /// <summary>Every <c>includes</c> statement, in file order.</summary>
        public EquatableArray<IncludesStatement> IncludesStatements { get; init; }

        /// <summary>Every legacy <c>implements</c> statement, in file order.</summary>
        public EquatableArray<ImplementsStatement> ImplementsStatements { get; init; }

        /// <summary>Problems found, ordered by file path, position and id. Spans point into the file concerned.</summary>
        public EquatableArray<IdlDiagnostic> Diagnostics { get; init; }

        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var diagnostic in Diagnostics)
                {
                    if (diagnostic.IsError)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Finds the definition named <paramref name="name"/> (binary search over <see cref="Definitions"/>).</summary>
        public bool TryGetDefinition(string name, [NotNullWhen(true)] out DefinitionSymbol? definition)
        {
            definition = null;
            if (name is null)
            {
                return false;
            }

            var low = 0;
            var high = Definitions.Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var candidate = Definitions[middle];
                var order = string.CompareOrdinal(candidate.Name, name);
                if (order == 0)
                {
                    definition = candidate;
                    return true;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="name"/> can be used as a type: a built-in type, an interface, callback interface,
        /// dictionary, enum, typedef, callback or legacy exception of the set, or a known external type.
        /// </summary>
        public bool IsKnownTypeName(string name)
        {
            if (name is null)
            {
                return false;
            }

            if (BuiltinTypes.IsBuiltin(name))
            {
                return true;
            }

            if (TryGetDefinition(name, out var definition))
            {
                return IsType(definition);
            }

            foreach (var external in Options.KnownExternalTypes)
            {
                if (string.Equals(external, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Resolves every typedef in <paramref name="type"/> through typedef chains. A resolved typedef keeps the use's
        /// span; it is nullable when the use or the target is; its extended attributes are the use's followed by the
        /// target's. A typedef cycle stops where it closes. Returns <paramref name="type"/> itself when nothing changes.
        /// </summary>
        public IdlType ResolveType(IdlType type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            return TypeResolution.Substitute(type, name => TryGetDefinition(name, out var definition) && definition is TypedefSymbol typedef ? typedef.ResolvedType : null);
        }

        /// <summary>
        /// The bases of the interface, dictionary or exception <paramref name="name"/>, nearest first; empty when it has
        /// none or is not such a definition.
        /// </summary>
        public EquatableArray<ContainerSymbol> GetInheritanceChain(string name)
        {
            if (!TryGetDefinition(name, out var definition) || definition is not ContainerSymbol container || container.InheritanceChain.IsEmpty)
            {
                return EquatableArray<ContainerSymbol>.Empty;
            }

            var chain = new List<ContainerSymbol>(container.InheritanceChain.Count);
            foreach (var baseName in container.InheritanceChain)
            {
                if (TryGetDefinition(baseName, out var baseDefinition) && baseDefinition is ContainerSymbol baseContainer)
                {
                    chain.Add(baseContainer);
                }
            }

            return chain.ToArray();
        }

        /// <summary>
        /// The effective members of the interface (or other definition with members) <paramref name="name"/>: its own,
        /// its partials', and for an interface its included mixins'. Inherited members are not included. Empty when
        /// there is no such definition.
        /// </summary>
        public EquatableArray<MemberSymbol> GetEffectiveMembers(string name) =>
            TryGetDefinition(name, out var definition) && definition is ContainerSymbol container ? container.Members : EquatableArray<MemberSymbol>.Empty;

        /// <summary>True for the definitions a type name may refer to.</summary>
        internal static bool IsType(DefinitionSymbol definition) =>
            definition is InterfaceSymbol or CallbackInterfaceSymbol or DictionarySymbol or EnumSymbol or TypedefSymbol or CallbackSymbol or ExceptionSymbol;
    }
}
