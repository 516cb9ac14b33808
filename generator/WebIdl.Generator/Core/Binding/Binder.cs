using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// From parsed files to binding records, in steps the incremental generator caches separately: the semantic model
    /// of the set (<see cref="BuildModel"/>), the C# names of every definition (<see cref="BuildIndex"/>), one input
    /// per definition holding the symbols binding it reads (<see cref="Split(SetModel)"/>), each definition bound alone
    /// (<see cref="BindOne"/>) with the union structs of the set named once beforehand (<see cref="CatalogUnions(SetModel, BindingIndex)"/>). A failure inside one definition becomes WIDL0202 on
    /// that definition; the others are still generated.
    /// </summary>
    internal static class Binder
    {
        /// <summary>Binds the whole set: the same steps the incremental generator runs, one after the other.</summary>
        public static EquatableArray<GeneratedDefinition> Bind(SetModel set, List<IdlDiagnostic> diagnostics)
        {
            diagnostics.AddRange(set.Diagnostics);
            var index = BuildIndex(set);
            var inputs = Split(set); // before the catalogue, which replays what unchanged inputs met last time
            var unions = CatalogUnions(set, index);
            var definitions = new List<GeneratedDefinition>();
            var generatorDiagnostics = new List<IdlDiagnostic>();
            foreach (var input in inputs)
            {
                var bound = BindOne(input, index, unions);
                definitions.AddRange(bound.Definitions);
                generatorDiagnostics.AddRange(bound.Diagnostics);
            }

            definitions.AddRange(unions.Definitions);
            definitions.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
            diagnostics.AddRange(Distinct(generatorDiagnostics));
            return definitions.ToArray();
        }

        /// <summary>
        /// The names every set may use without defining them, in ordinal order: the runtime's types
        /// (<see cref="RuntimeTypes.Names"/>), the web platform's names that no IDL defines
        /// (<see cref="IdlSemanticOptions.WebPlatform"/>) and the buffer names the type map maps without a definition.
        /// Published as <see cref="GeneratorPipeline.BuiltInKnownTypes"/>, so the command-line tool's <c>check</c>
        /// accepts exactly these names too.
        /// </summary>
        public static readonly EquatableArray<string> BuiltInExternals = CollectBuiltInExternals();

        private static EquatableArray<string> CollectBuiltInExternals()
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            names.UnionWith(RuntimeTypes.Names);
            names.UnionWith(IdlSemanticOptions.WebPlatform.KnownExternalTypes);
            names.UnionWith(TypeMap.BufferNames);
            return EquatableArray<string>.From(names);
        }

        /// <summary>The semantic model's options for a set: the built-in names and the user's known types.</summary>
        public static IdlSemanticOptions SemanticOptions(GeneratorOptions options)
        {
            var externals = new SortedSet<string>(BuiltInExternals, StringComparer.Ordinal);
            foreach (var name in options.KnownExternalTypes)
            {
                if (!string.IsNullOrEmpty(name))
                {
                    externals.Add(name);
                }
            }

            return new IdlSemanticOptions { KnownExternalTypes = new List<string>(externals).ToArray() };
        }

        /// <summary>The semantic model of the set; <paramref name="parseDiagnostics"/> come first in its diagnostics.</summary>
        public static SetModel BuildModel(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options, EquatableArray<IdlDiagnostic> parseDiagnostics)
        {
            var trees = new List<IdlFile>(files.Count);
            foreach (var file in files)
            {
                trees.Add(file.File);
            }

            var model = SemanticModel.Build(trees, SemanticOptions(options));
            var forward = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                CollectForwardDeclarations(tree.Definitions, forward);
            }

            var diagnostics = new List<IdlDiagnostic>(parseDiagnostics);
            diagnostics.AddRange(model.Diagnostics);
            return new SetModel(model, options, new List<string>(forward).ToArray(), diagnostics.ToArray());
        }

        /// <summary>The names of every definition, for binding each alone.</summary>
        public static BindingIndex BuildIndex(SetModel set) =>
            new BindingIndex(new TypeNames(set.Model, CSharpNames.Namespace(set.Options.Namespace), set.Options.OwnedContracts), set.ForwardDeclared, set.Options.KnownExternalTypes);

        /// <summary>
        /// One input per generated definition, in ordinal name order. A definition whose input the previous split
        /// computed is given that input again when the set defines the same names and neither the definition nor
        /// anything its input holds changed (value equality): the dependency walk reads nothing else, so the walk
        /// would give an equal input. After a one-file edit only the definitions that read that file's symbols are
        /// walked again, and the reused inputs compare equal to the previous run's at once (same objects).
        /// </summary>
        public static EquatableArray<DefinitionInput> Split(SetModel set)
        {
            var result = Split(set, SplitMemo.Last, out var memo);
            SplitMemo.Last = memo;
            return result;
        }

        /// <summary>
        /// As <see cref="Split(SetModel)"/> with the memo passed in and out: <paramref name="memo"/> records this split
        /// (and how many inputs it took from <paramref name="previous"/>) for the next one.
        /// </summary>
        public static EquatableArray<DefinitionInput> Split(SetModel set, SplitMemo? previous, out SplitMemo memo)
        {
            var definitions = set.Model.Definitions;
            var reused = 0;
            HashSet<string>? changed = null;
            if (previous is not null && previous.SameNames(definitions) && previous.Events.Equals(set.Options.Events))
            {
                changed = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < definitions.Count; i++)
                {
                    var before = previous.Symbols[i];
                    var now = definitions[i];
                    if (!ReferenceEquals(before, now) && !before.Equals(now))
                    {
                        changed.Add(now.Name);
                    }
                }
            }

            var inputs = new List<DefinitionInput>();
            var closures = new Dictionary<string, KeyValuePair<string, DefinitionSymbol>[]?>(StringComparer.Ordinal);
            var typing = new EventTyping(set.Options.Events);
            var eventNames = new List<string>();
            foreach (var definition in definitions)
            {
                if (TypeNames.IsGenerated(definition, set.Options.OwnedContracts))
                {
                    if (changed is not null && previous!.Inputs.TryGetValue(definition.Name, out var kept) && Unchanged(kept, changed))
                    {
                        inputs.Add(kept);
                        reused++;
                        continue;
                    }

                    EquatableArray<DefinitionSymbol> dependencies;
                    try
                    {
                        dependencies = Dependencies.Of(set.Model, definition, closures);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        // Bound against itself only: what it misses is reported where binding needs it.
                        dependencies = EquatableArray<DefinitionSymbol>.Empty;
                    }

                    eventNames.Clear();
                    var events = typing.Of(set.Model, definition, eventNames);
                    inputs.Add(new DefinitionInput(definition, WithEvents(set.Model, definition, dependencies, eventNames), events));
                }
            }

            var result = inputs.ToArray();
            memo = new SplitMemo(set.Model, definitions, set.Options.Events, result, reused);
            return result;
        }

        /// <summary>The dependencies with the event interfaces the definition's event handler attributes name (those of the set), still in ordinal name order.</summary>
        private static EquatableArray<DefinitionSymbol> WithEvents(SemanticModel model, DefinitionSymbol definition, EquatableArray<DefinitionSymbol> dependencies, List<string> eventNames)
        {
            if (eventNames.Count == 0)
            {
                return dependencies;
            }

            var all = new SortedDictionary<string, DefinitionSymbol>(StringComparer.Ordinal);
            foreach (var dependency in dependencies)
            {
                all[dependency.Name] = dependency;
            }

            var added = false;
            foreach (var name in eventNames)
            {
                if (name != definition.Name && !all.ContainsKey(name) && model.TryGetDefinition(name, out var symbol))
                {
                    all.Add(name, symbol);
                    added = true;
                }
            }

            if (!added)
            {
                return dependencies;
            }

            var result = new DefinitionSymbol[all.Count];
            all.Values.CopyTo(result, 0);
            return result;
        }

        private static bool Unchanged(DefinitionInput input, HashSet<string> changed)
        {
            if (changed.Count == 0)
            {
                return true;
            }

            if (changed.Contains(input.Symbol.Name))
            {
                return false;
            }

            foreach (var dependency in input.Dependencies)
            {
                if (changed.Contains(dependency.Name))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Binds one definition against a model of just the symbols it reads, with the union names of the set
        /// (<see cref="CatalogUnions(SetModel, BindingIndex)"/>). A failure becomes WIDL0202 on the definition.
        /// </summary>
        public static BoundDefinition BindOne(DefinitionInput input, BindingIndex index, UnionTable unionTable)
        {
            var symbols = new DefinitionSymbol[input.Dependencies.Count + 1];
            var at = 0;
            var placed = false;
            foreach (var dependency in input.Dependencies)
            {
                if (!placed && string.CompareOrdinal(input.Symbol.Name, dependency.Name) < 0)
                {
                    symbols[at++] = input.Symbol;
                    placed = true;
                }

                symbols[at++] = dependency;
            }

            if (!placed)
            {
                symbols[at] = input.Symbol;
            }

            var model = new SemanticModel { Definitions = symbols };
            var names = index.Names.Fork();
            var unions = new UnionRegistry(names, unionTable.ByKey);
            var types = new TypeMap(model, names, unions, index.KnownExternalTypes);
            var context = new BindingContext(model, names, types, unions);
            types.NotMapped = context.NotMapped;
            types.ForwardDeclared.UnionWith(index.ForwardDeclared);
            context.EventsOwner = input.Symbol.Name;
            foreach (var typed in input.Events)
            {
                context.TypedEvents[typed.Attribute] = typed.Interface;
            }

            var definitions = new List<GeneratedDefinition>();
            var definition = input.Symbol;
            try
            {
                switch (definition)
                {
                    case InterfaceSymbol symbol:
                        if (new InterfaceBinder(context).BindDefinition(symbol).Binding is { } binding)
                        {
                            definitions.Add(TypeNames.IsOwnedContract(symbol) ? OwnedContract.Of(binding, symbol) : binding);
                        }

                        break;
                    case DictionarySymbol symbol:
                        definitions.Add(DictionaryBinder.Bind(context, symbol));
                        break;
                    case EnumSymbol symbol:
                        definitions.AddRange(EnumBinder.Bind(context, symbol));
                        break;
                    case CallbackSymbol symbol:
                        definitions.Add(CallbackBinder.Bind(context, symbol));
                        break;
                    case CallbackInterfaceSymbol symbol:
                        definitions.Add(CallbackBinder.Bind(context, symbol));
                        break;
                    case NamespaceSymbol symbol:
                        definitions.Add(NamespaceBinder.Bind(context, symbol));
                        break;
                    case ExceptionSymbol symbol:
                        definitions.Add(ExceptionBinder.Bind(context, symbol));
                        break;
                    default:
                        context.NotMapped(definition.NameSpan, definition.Kind + " '" + definition.Name + "'", "this kind of definition has no C# mapping");
                        break;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                definitions.Clear();
                context.Diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.InternalError, definition.NameSpan,
                    GeneratorPipeline.OneLine(ex.GetType().Name + ": " + ex.Message + " (binding " + definition.Kind + " '" + definition.Name + "')")));
            }

            return new BoundDefinition(definition.Name, definitions.ToArray(), context.Diagnostics.ToArray());
        }

        /// <summary>
        /// The union structs of the whole set, each named once: every type a generated definition declares that holds
        /// a union (directly, or through a typedef) is mapped, definitions in ordinal name order with an interface's
        /// bases first (the order binding meets them), so a union takes its name, or a numeric suffix when a
        /// definition or an earlier union has it. Binding each definition then uses these names.
        /// </summary>
        public static UnionTable CatalogUnions(SetModel set, BindingIndex index)
        {
            var table = CatalogUnions(set, index, SplitMemo.Last, UnionMemo.Last, out var memo);
            UnionMemo.Last = memo;
            return table;
        }

        /// <summary>
        /// As <see cref="CatalogUnions(SetModel, BindingIndex)"/> with the memos passed in and out:
        /// <paramref name="split"/> is used only when it is the split of this model, <paramref name="previous"/> is the
        /// last catalogue's memo, and <paramref name="memo"/> records this one.
        /// </summary>
        public static UnionTable CatalogUnions(SetModel set, BindingIndex index, SplitMemo? split, UnionMemo? previous, out UnionMemo memo)
        {
            // The split of this very model (the pipeline splits before it catalogues) tells which definitions kept
            // their input object, that is, neither they nor anything their types read changed: their calls to the
            // registry are replayed from the previous catalogue instead of mapping their types again.
            var inputs = split is not null && split.IsOf(set.Model) ? split.Inputs : null;
            var replay = inputs is not null && previous?.Calls is not null && previous.Index.Equals(index) ? previous.Calls : null;
            UnionCatalog catalog;
            UnionRegistry registry;
            try
            {
                (catalog, registry) = Catalog(set, index, inputs, replay);
            }
            catch (UnionCatalog.ReplayMismatchException)
            {
                (catalog, registry) = Catalog(set, index, inputs, null);
            }

            var specs = registry.Specs;
            var keys = new string[specs.Count];
            var finalNames = new UnionName[specs.Count];
            var definitions = new GeneratedDefinition[specs.Count];

            // A union struct's record is a pure function of its spec, its name and the namespace: the previous
            // catalogue's record is taken again for an equal triple (an edit rarely touches a union).
            var reusable = previous is not null && string.Equals(previous.Namespace, index.Names.Namespace, StringComparison.Ordinal);
            var bound = new Dictionary<UnionSpec, (UnionName Name, GeneratedDefinition Definition)>(specs.Count);
            for (var i = 0; i < specs.Count; i++)
            {
                keys[i] = specs[i].Key;
                finalNames[i] = new UnionName(specs[i].StructName, specs[i].Hint);
                definitions[i] = reusable && previous!.Bound.TryGetValue(specs[i], out var kept) && kept.Name.Equals(finalNames[i])
                    ? kept.Definition
                    : UnionRegistry.Bind(index.Names, specs[i], finalNames[i]);
                bound[specs[i]] = (finalNames[i], definitions[i]);
            }

            memo = new UnionMemo(index.Names.Namespace, bound, index, inputs is null ? null : catalog.Recorded);
            return new UnionTable(keys, finalNames, definitions);
        }

        private static (UnionCatalog Catalog, UnionRegistry Registry) Catalog(SetModel set, BindingIndex index, IReadOnlyDictionary<string, DefinitionInput>? inputs, IReadOnlyDictionary<string, (DefinitionInput Input, UnionCall[] Calls)>? replay)
        {
            var names = index.Names.Fork();
            var registry = new UnionRegistry(names);
            var types = new TypeMap(set.Model, names, registry, index.KnownExternalTypes);
            types.ForwardDeclared.UnionWith(index.ForwardDeclared);
            var catalog = new UnionCatalog(set.Model, types, registry, inputs, replay) { OwnedContracts = set.Options.OwnedContracts };
            foreach (var definition in set.Model.Definitions)
            {
                catalog.Visit(definition);
            }

            return (catalog, registry);
        }

        private static void CollectForwardDeclarations(EquatableArray<DefinitionNode> definitions, ISet<string> names)
        {
            foreach (var definition in definitions)
            {
                if (definition is ForwardDeclaration)
                {
                    names.Add(definition.Name);
                }
                else if (definition is ModuleDefinition module)
                {
                    CollectForwardDeclarations(module.Definitions, names);
                }
            }
        }

        /// <summary>The generator's diagnostics without repeats, ordered by file, position and id.</summary>
        public static List<IdlDiagnostic> Distinct(IEnumerable<IdlDiagnostic> diagnostics)
        {
            var seen = new HashSet<IdlDiagnostic>();
            var result = new List<IdlDiagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                if (seen.Add(diagnostic))
                {
                    result.Add(diagnostic);
                }
            }

            result.Sort((a, b) =>
            {
                var order = string.CompareOrdinal(a.Span.Path, b.Span.Path);
                if (order == 0)
                {
                    order = a.Span.Start.CompareTo(b.Span.Start);
                }

                if (order == 0)
                {
                    order = string.CompareOrdinal(a.Id, b.Id);
                }

                return order == 0 ? string.CompareOrdinal(a.Message, b.Message) : order;
            });
            return result;
        }
    }
}
