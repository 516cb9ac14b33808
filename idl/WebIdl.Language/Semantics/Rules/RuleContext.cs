using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics.Building;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>What a rule sees: the model (without diagnostics), every declaration as written, and shared facts.</summary>
    internal sealed class RuleContext
    {
        private readonly Dictionary<string, DefinitionSymbol> byName;
        private readonly HashSet<string> externals;
        private readonly Dictionary<string, DictionarySymbol?> typedefDictionaries = new Dictionary<string, DictionarySymbol?>(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> requiredMembers = new Dictionary<string, bool>(StringComparer.Ordinal);
        private readonly Dictionary<string, IdlType> resolvedTypedefs = new Dictionary<string, IdlType>(StringComparer.Ordinal);
        private SyntaxSites? sites;

        public RuleContext(SemanticModel model, IReadOnlyList<Declaration> declarations)
        {
            Model = model;
            Declarations = declarations;
            byName = new Dictionary<string, DefinitionSymbol>(model.Definitions.Count, StringComparer.Ordinal);
            foreach (var definition in model.Definitions)
            {
                byName[definition.Name] = definition;
                if (definition is TypedefSymbol typedef)
                {
                    resolvedTypedefs[typedef.Name] = typedef.ResolvedType;
                }
            }

            externals = new HashSet<string>(model.Options.KnownExternalTypes, StringComparer.Ordinal);
            foreach (var declaration in declarations)
            {
                // A legacy forward declaration `interface Node;` declares a name defined elsewhere.
                if (declaration.Node is ForwardDeclaration forward)
                {
                    externals.Add(forward.Name);
                }
            }
        }

        /// <summary>The model without diagnostics.</summary>
        public SemanticModel Model { get; }

        /// <summary>Every declaration, in file order, including duplicates, partials, includes and module contents.</summary>
        public IReadOnlyList<Declaration> Declarations { get; }

        /// <summary>Every type position, argument list and extended attribute (collected once).</summary>
        public SyntaxSites Sites => sites ??= SyntaxSites.Collect(Declarations);

        public List<IdlDiagnostic> Diagnostics { get; } = new List<IdlDiagnostic>();

        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
            Diagnostics.Add(IdlDiagnostic.Create(descriptor, span, args));

        public DefinitionSymbol? Find(string? name) => name is not null && byName.TryGetValue(name, out var definition) ? definition : null;

        /// <summary>True for names declared outside the set: <see cref="IdlSemanticOptions.KnownExternalTypes"/> and forward declarations.</summary>
        public bool IsExternal(string name) => externals.Contains(name);

        /// <summary>The type with every typedef resolved (as <see cref="SemanticModel.ResolveType"/>, with a dictionary lookup).</summary>
        public IdlType Resolve(IdlType type) =>
            TypeResolution.Substitute(type, name => resolvedTypedefs.TryGetValue(name, out var resolved) ? resolved : null);

        /// <summary>
        /// webidl2.js's "type includes a dictionary": a dictionary named directly (not nullable, unless
        /// <paramref name="useNullableInner"/>), through typedefs, or as a union member at any depth. Returns the
        /// written node that leads to the dictionary, or null. Generic types are not looked into.
        /// </summary>
        public IdlType? FindDictionaryReference(IdlType type, bool useNullableInner, out DictionarySymbol? dictionary)
        {
            dictionary = null;
            if (!type.Union)
            {
                var definition = Find(type.Name);
                if (definition is TypedefSymbol typedef)
                {
                    dictionary = TypedefDictionary(typedef);
                    return dictionary is null ? null : type;
                }

                if (definition is DictionarySymbol found && (useNullableInner || !type.Nullable))
                {
                    dictionary = found;
                    return type;
                }

                return null;
            }

            foreach (var subtype in type.Subtypes)
            {
                if (subtype is null)
                {
                    continue;
                }

                var reference = FindDictionaryReference(subtype, false, out dictionary);
                if (reference is not null)
                {
                    return subtype.Union ? reference : subtype;
                }
            }

            return null;
        }

        private DictionarySymbol? TypedefDictionary(TypedefSymbol typedef)
        {
            if (typedefDictionaries.TryGetValue(typedef.Name, out var cached))
            {
                return cached;
            }

            // Mark as "none" while looking, so a typedef cycle ends here.
            typedefDictionaries[typedef.Name] = null;
            DictionarySymbol? dictionary = null;
            if (typedef.Type is not null)
            {
                FindDictionaryReference(typedef.Type, false, out dictionary);
            }

            typedefDictionaries[typedef.Name] = dictionary;
            return dictionary;
        }

        /// <summary>True when the dictionary or a base has a required member; an unknown base counts as having one (as in webidl2.js).</summary>
        public bool HasRequiredMember(DictionarySymbol dictionary)
        {
            if (requiredMembers.TryGetValue(dictionary.Name, out var cached))
            {
                return cached;
            }

            requiredMembers[dictionary.Name] = false;
            var result = false;
            foreach (var member in dictionary.Members)
            {
                if (member.Syntax is FieldMember { Required: true })
                {
                    result = true;
                    break;
                }
            }

            if (!result && dictionary.Inheritance is not null)
            {
                result = Find(dictionary.Inheritance) is not DictionarySymbol baseDictionary || HasRequiredMember(baseDictionary);
            }

            requiredMembers[dictionary.Name] = result;
            return result;
        }

        /// <summary>True when <paramref name="attributes"/> has one named <paramref name="name"/>.</summary>
        public static bool HasAttribute(IEnumerable<ExtendedAttribute> attributes, string name)
        {
            foreach (var attribute in attributes)
            {
                if (attribute?.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"an interface", "a dictionary", … or "not defined", for messages.</summary>
        public static string Describe(DefinitionSymbol? definition) => definition is null ? "not defined" : Describe(definition.Kind);

        /// <summary>A definition kind with its article.</summary>
        public static string Describe(string kind) => kind switch
        {
            "exception" => "a legacy exception",
            "exception-field" => "an exception field",
            _ => (kind.Length > 0 && "aeiou".IndexOf(kind[0]) >= 0 ? "an " : "a ") + kind,
        };
    }
}
