using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// From parsed files to binding records: builds the semantic model, names every C# type once, then binds each
    /// definition (in ordinal name order, so the result never depends on the order of the files) and finally the
    /// union structs met on the way. A failure inside one definition becomes WIDL0202 on that definition; the others
    /// are still generated.
    /// </summary>
    internal static class Binder
    {
        public static EquatableArray<GeneratedDefinition> Bind(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options, List<IdlDiagnostic> diagnostics)
        {
            var trees = new List<IdlFile>(files.Count);
            foreach (var file in files)
            {
                trees.Add(file.File);
            }

            var externals = new SortedSet<string>(StringComparer.Ordinal);
            externals.UnionWith(RuntimeTypes.Names);
            externals.UnionWith(IdlSemanticOptions.WebPlatform.KnownExternalTypes);
            externals.UnionWith(TypeMap.BufferNames);
            foreach (var name in options.KnownExternalTypes)
            {
                if (!string.IsNullOrEmpty(name))
                {
                    externals.Add(name);
                }
            }

            var model = SemanticModel.Build(trees, new IdlSemanticOptions { KnownExternalTypes = new List<string>(externals).ToArray() });
            diagnostics.AddRange(model.Diagnostics);

            var ns = CSharpNames.Namespace(options.Namespace);
            var names = new TypeNames(model, ns);
            var unions = new UnionRegistry(names);
            var types = new TypeMap(model, names, unions, options.KnownExternalTypes);
            var context = new BindingContext(model, names, types, unions);
            types.NotMapped = context.NotMapped;
            foreach (var tree in trees)
            {
                CollectForwardDeclarations(tree.Definitions, types.ForwardDeclared);
            }

            var interfaces = new InterfaceBinder(context);
            var definitions = new List<GeneratedDefinition>();
            foreach (var definition in model.Definitions)
            {
                if (!TypeNames.IsGenerated(definition))
                {
                    continue;
                }

                try
                {
                    switch (definition)
                    {
                        case InterfaceSymbol symbol:
                            if (interfaces.Bind(symbol).Binding is { } binding)
                            {
                                definitions.Add(binding);
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
                    context.Diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.InternalError, definition.NameSpan,
                        GeneratorPipeline.OneLine(ex.GetType().Name + ": " + ex.Message + " (binding " + definition.Kind + " '" + definition.Name + "')")));
                }
            }

            definitions.AddRange(unions.Build());
            definitions.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
            diagnostics.AddRange(Distinct(context.Diagnostics));
            return definitions.ToArray();
        }

        private static void CollectForwardDeclarations(EquatableArray<DefinitionNode> definitions, HashSet<string> names)
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
        private static List<IdlDiagnostic> Distinct(List<IdlDiagnostic> diagnostics)
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
