using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics.Rules;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>Builds a <see cref="SemanticModel"/> in visible steps; data flows one way, from trees to the model.</summary>
    internal static class ModelBuilder
    {
        public static SemanticModel Build(IEnumerable<IdlFile>? files, IdlSemanticOptions options)
        {
            try
            {
                var declarations = DefinitionIndexer.Collect(files);         // 1. index every definition, file order
                var entries = PartialMerger.Merge(declarations);             // 2. one entry per name, partials merged
                MixinIncluder.Include(entries, declarations);                // 3. includes (and legacy implements)
                TypedefResolver.Resolve(entries);                            // 4. typedefs through their chains
                InheritanceResolver.Resolve(entries);                        // 5. chains of bases
                var model = Freeze(entries, declarations, options);
                var diagnostics = SemanticRules.Run(new RuleContext(model, declarations)); // 6. rules
                return model with { Diagnostics = diagnostics };
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Nothing may escape the model builder; an internal failure is one more diagnostic.
                var diagnostic = IdlDiagnostic.Create(DiagnosticCatalogue.InternalSemanticError, new SourceSpan("", 0, 0, 1, 1), ex.GetType().Name + ": " + ex.Message);
                return new SemanticModel { Options = options, Diagnostics = new[] { diagnostic } };
            }
        }

        private static SemanticModel Freeze(Dictionary<string, DefinitionEntry> entries, List<Declaration> declarations, IdlSemanticOptions options)
        {
            var names = new List<string>(entries.Keys);
            names.Sort(StringComparer.Ordinal);

            var all = new List<DefinitionSymbol>(names.Count);
            var interfaces = new List<InterfaceSymbol>();
            var mixins = new List<InterfaceMixinSymbol>();
            var callbackInterfaces = new List<CallbackInterfaceSymbol>();
            var dictionaries = new List<DictionarySymbol>();
            var enums = new List<EnumSymbol>();
            var typedefs = new List<TypedefSymbol>();
            var callbacks = new List<CallbackSymbol>();
            var namespaces = new List<NamespaceSymbol>();
            var exceptions = new List<ExceptionSymbol>();
            var moduleSymbols = new List<ModuleSymbol>();
            foreach (var name in names)
            {
                var entry = entries[name];
                DefinitionSymbol symbol;
                switch (entry.Primary.Node)
                {
                    case InterfaceDefinition:
                        symbol = Add(interfaces, Container(new InterfaceSymbol
                        {
                            IncludedMixins = entry.Includes.ToArray(),
                            Implements = entry.Implements.ToArray(),
                        }, entry));
                        break;
                    case InterfaceMixinDefinition:
                        symbol = Add(mixins, Container(new InterfaceMixinSymbol(), entry));
                        break;
                    case CallbackInterfaceDefinition:
                        symbol = Add(callbackInterfaces, Container(new CallbackInterfaceSymbol(), entry));
                        break;
                    case DictionaryDefinition:
                        symbol = Add(dictionaries, Container(new DictionarySymbol(), entry));
                        break;
                    case NamespaceDefinition:
                        symbol = Add(namespaces, Container(new NamespaceSymbol(), entry));
                        break;
                    case ExceptionDefinition:
                        symbol = Add(exceptions, Container(new ExceptionSymbol(), entry));
                        break;
                    case EnumDefinition enumeration:
                        var values = new string[enumeration.Values.Count];
                        for (var i = 0; i < values.Length; i++)
                        {
                            values[i] = enumeration.Values[i]?.Value ?? "";
                        }

                        symbol = Add(enums, Common(new EnumSymbol { Values = values }, entry));
                        break;
                    case TypedefDefinition typedef:
                        symbol = Add(typedefs, Common(new TypedefSymbol { Type = typedef.Type, ResolvedType = entry.ResolvedType ?? typedef.Type }, entry));
                        break;
                    case CallbackDefinition callback:
                        symbol = Add(callbacks, Common(new CallbackSymbol { ReturnType = callback.ReturnType, Arguments = callback.Arguments }, entry));
                        break;
                    case ModuleDefinition module:
                        symbol = Add(moduleSymbols, Common(new ModuleSymbol { DefinitionNames = ModuleContents(module) }, entry));
                        break;
                    default:
                        continue;
                }

                all.Add(symbol);
            }

            var includes = new List<IncludesStatement>();
            var implements = new List<ImplementsStatement>();
            foreach (var declaration in declarations)
            {
                if (declaration.Node is IncludesStatement include)
                {
                    includes.Add(include);
                }
                else if (declaration.Node is ImplementsStatement implement)
                {
                    implements.Add(implement);
                }
            }

            return new SemanticModel
            {
                Options = options,
                Definitions = all.ToArray(),
                Interfaces = interfaces.ToArray(),
                InterfaceMixins = mixins.ToArray(),
                CallbackInterfaces = callbackInterfaces.ToArray(),
                Dictionaries = dictionaries.ToArray(),
                Enums = enums.ToArray(),
                Typedefs = typedefs.ToArray(),
                Callbacks = callbacks.ToArray(),
                Namespaces = namespaces.ToArray(),
                Exceptions = exceptions.ToArray(),
                Modules = moduleSymbols.ToArray(),
                IncludesStatements = includes.ToArray(),
                ImplementsStatements = implements.ToArray(),
            };
        }

        private static T Add<T>(List<T> list, T symbol)
        {
            list.Add(symbol);
            return symbol;
        }

        private static T Common<T>(T symbol, DefinitionEntry entry)
            where T : DefinitionSymbol
        {
            var partials = new DefinitionNode[entry.Partials.Count];
            for (var i = 0; i < partials.Length; i++)
            {
                partials[i] = entry.Partials[i].Node;
            }

            // `with` on the base record clones the derived one.
            return (T)((DefinitionSymbol)symbol with { Name = entry.Name, Syntax = entry.Primary.Node, Partials = partials, Module = entry.Primary.Module });
        }

        private static T Container<T>(T symbol, DefinitionEntry entry)
            where T : ContainerSymbol =>
            (T)((ContainerSymbol)Common(symbol, entry) with
            {
                Inheritance = ((ContainerDefinition)entry.Primary.Node).Inheritance,
                InheritanceChain = entry.InheritanceChain.ToArray(),
                Members = entry.Members.ToArray(),
            });

        private static string[] ModuleContents(ModuleDefinition module)
        {
            var names = new List<string>();
            foreach (var nested in module.Definitions)
            {
                if (nested is not null && nested is not (IncludesStatement or ImplementsStatement or ForwardDeclaration) && nested.Name.Length > 0)
                {
                    names.Add(nested.Name);
                }
            }

            return names.ToArray();
        }
    }
}
