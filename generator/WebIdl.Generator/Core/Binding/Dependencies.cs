using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// The definitions that binding one definition reads from the semantic model: its bases and what it implements
    /// (whose members it binds too, for the hiding rules), and every definition a type it binds names, with the
    /// typedefs and dictionaries behind those (a typedef is mapped through, a dictionary's required members decide
    /// defaults and checks). Binding one definition against a model of just these gives what binding it against the
    /// whole set gives, so its incremental input can be exactly these symbols.
    /// </summary>
    internal sealed class Dependencies
    {
        /// <summary>The type names each member names (syntax nodes are immutable, and an unchanged file keeps its nodes).</summary>
        private static readonly ConditionalWeakTable<SyntaxNode, string[]> NamesOf = new ConditionalWeakTable<SyntaxNode, string[]>();

        private readonly SemanticModel model;
        private readonly Dictionary<string, KeyValuePair<string, DefinitionSymbol>[]?>? closures;
        private readonly SortedDictionary<string, DefinitionSymbol> found = new SortedDictionary<string, DefinitionSymbol>(StringComparer.Ordinal);
        private readonly HashSet<string> walked = new HashSet<string>(StringComparer.Ordinal);

        private Dependencies(SemanticModel model, Dictionary<string, KeyValuePair<string, DefinitionSymbol>[]?>? closures)
        {
            this.model = model;
            this.closures = closures;
        }

        /// <summary>The definitions binding <paramref name="symbol"/> reads, <paramref name="symbol"/> excluded, in ordinal name order.</summary>
        public static EquatableArray<DefinitionSymbol> Of(SemanticModel model, DefinitionSymbol symbol) => Of(model, symbol, null);

        /// <summary>
        /// As <see cref="Of(SemanticModel, DefinitionSymbol)"/>, sharing <paramref name="closures"/> across calls on one
        /// model: the closure of a base (every HTML element reads HTMLElement, Element, Node, EventTarget and all they
        /// read) is then walked once per model instead of once per derived definition.
        /// </summary>
        public static EquatableArray<DefinitionSymbol> Of(SemanticModel model, DefinitionSymbol symbol, Dictionary<string, KeyValuePair<string, DefinitionSymbol>[]?>? closures)
        {
            var walk = new Dependencies(model, closures);
            walk.Full(symbol);
            walk.found.Remove(symbol.Name);
            var result = new DefinitionSymbol[walk.found.Count];
            walk.found.Values.CopyTo(result, 0);
            return result;
        }

        /// <summary>A definition whose members are bound: every type name in it, and its bases and implemented interfaces, likewise.</summary>
        private void Full(DefinitionSymbol symbol)
        {
            found[symbol.Name] = symbol;
            if (!walked.Add(symbol.Name))
            {
                return;
            }

            if (closures is not null && walked.Count > 1)
            {
                // A definition reached from another one: take (or compute once) its whole closure. A null entry means
                // its closure is being computed further up (a cycle through dictionaries or broken inheritance): walk
                // it plainly instead.
                if (!closures.TryGetValue(symbol.Name, out var closure))
                {
                    closures[symbol.Name] = null;
                    var alone = new Dependencies(model, closures);
                    alone.Full(symbol);
                    closure = new KeyValuePair<string, DefinitionSymbol>[alone.found.Count];
                    ((ICollection<KeyValuePair<string, DefinitionSymbol>>)alone.found).CopyTo(closure, 0);
                    closures[symbol.Name] = closure;
                }

                if (closure is not null)
                {
                    foreach (var pair in closure)
                    {
                        found[pair.Key] = pair.Value;
                        walked.Add(pair.Key);
                    }

                    return;
                }
            }

            Names(symbol.Syntax);
            foreach (var partial in symbol.Partials)
            {
                Names(partial);
            }

            if (symbol is ContainerSymbol container)
            {
                foreach (var member in container.Members)
                {
                    Names(member.Syntax);
                    foreach (var attribute in member.DeclarationExtAttrs)
                    {
                        foreach (var argument in attribute.Arguments)
                        {
                            Type(argument.Type);
                        }
                    }
                }

                if (container.Inheritance is { } direct)
                {
                    Reference(direct, full: true);
                }

                foreach (var name in container.InheritanceChain)
                {
                    Reference(name, full: true);
                }
            }

            if (symbol is InterfaceSymbol face)
            {
                foreach (var name in face.Implements)
                {
                    Reference(name, full: true);
                }
            }
        }

        private void Names(SyntaxNode node)
        {
            var names = NamesOf.GetValue(node, static key =>
            {
                var collected = new List<string>();
                Collect(key, collected);
                return collected.ToArray();
            });
            foreach (var name in names)
            {
                Reference(name, full: false);
            }
        }

        private void Type(IdlType? type)
        {
            if (type is null)
            {
                return;
            }

            var names = new List<string>();
            CollectType(type, names);
            foreach (var name in names)
            {
                Reference(name, full: false);
            }
        }

        private void Reference(string name, bool full)
        {
            if (TypeMap.Aliases.TryGetValue(name, out var alias))
            {
                Reference(alias, full: false);
            }

            if (!model.TryGetDefinition(name, out var definition))
            {
                return;
            }

            if (full || definition is TypedefSymbol or DictionarySymbol)
            {
                Full(definition);
            }
            else if (!found.ContainsKey(name))
            {
                found.Add(name, definition);
            }
        }

        /// <summary>The type names and raised exception names written in a definition's own syntax or in one member (members of a definition are reached through its symbol).</summary>
        private static void Collect(SyntaxNode node, List<string> names)
        {
            switch (node)
            {
                case ConstMember constant:
                    CollectType(constant.Type, names);
                    break;
                case AttributeMember attribute:
                    CollectType(attribute.Type, names);
                    names.AddRange(attribute.GetRaises);
                    names.AddRange(attribute.SetRaises);
                    break;
                case OperationMember operation:
                    CollectType(operation.ReturnType, names);
                    CollectArguments(operation.Arguments, names);
                    names.AddRange(operation.Raises);
                    break;
                case ConstructorMember constructor:
                    CollectArguments(constructor.Arguments, names);
                    break;
                case IterableMember iterable:
                    foreach (var type in iterable.Types)
                    {
                        CollectType(type, names);
                    }

                    CollectArguments(iterable.Arguments, names);
                    break;
                case FieldMember field:
                    CollectType(field.Type, names);
                    break;
                case ExceptionFieldMember field:
                    CollectType(field.Type, names);
                    break;
                case TypedefDefinition typedef:
                    CollectType(typedef.Type, names);
                    break;
                case CallbackDefinition callback:
                    CollectType(callback.ReturnType, names);
                    CollectArguments(callback.Arguments, names);
                    break;
            }

            var attributes = node switch
            {
                DefinitionNode definition => definition.ExtAttrs,
                MemberNode member => member.ExtAttrs,
                _ => default,
            };
            CollectAttributes(attributes, names);
        }

        private static void CollectArguments(EquatableArray<Argument> arguments, List<string> names)
        {
            foreach (var argument in arguments)
            {
                CollectType(argument.Type, names);
                CollectAttributes(argument.ExtAttrs, names);
            }
        }

        private static void CollectAttributes(EquatableArray<ExtendedAttribute> attributes, List<string> names)
        {
            foreach (var attribute in attributes)
            {
                CollectArguments(attribute.Arguments, names);
            }
        }

        private static void CollectType(IdlType? type, List<string> names)
        {
            if (type is null)
            {
                return;
            }

            if (type.Name is { } name)
            {
                names.Add(name);
            }

            foreach (var subtype in type.Subtypes)
            {
                CollectType(subtype, names);
            }

            CollectAttributes(type.ExtAttrs, names);
        }
    }
}
