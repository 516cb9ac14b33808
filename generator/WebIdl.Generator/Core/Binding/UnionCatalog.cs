using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Meets every union of the set once, before any definition is bound, by mapping each type a generated
    /// definition declares that holds a union: directly, nested in a generic, or through a typedef of one. Types
    /// without a union are not mapped, which keeps this cheap enough to run on every edit.
    /// </summary>
    internal sealed class UnionCatalog
    {
        private readonly SemanticModel model;
        private readonly TypeMap types;
        private readonly HashSet<string> unionTypedefs = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> visited = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<(IdlType Type, EquatableArray<ExtendedAttribute> Extra)> positions = new List<(IdlType, EquatableArray<ExtendedAttribute>)>();

        private readonly UnionRegistry? registry;
        private readonly IReadOnlyDictionary<string, DefinitionInput>? inputs;
        private readonly IReadOnlyDictionary<string, (DefinitionInput Input, UnionCall[] Calls)>? previous;

        /// <summary>True when the contracts of the runtime's own interfaces are generated (<see cref="GeneratorOptions.OwnedContracts"/>).</summary>
        public bool OwnedContracts { get; init; }

        public UnionCatalog(SemanticModel model, TypeMap types)
            : this(model, types, null, null, null)
        {
        }

        /// <param name="model">The set.</param>
        /// <param name="types">The type map the unions are mapped with.</param>
        /// <param name="registry">The registry <paramref name="types"/> maps unions into; with the two below, enables replay.</param>
        /// <param name="inputs">This model's split inputs by name (the memo of the split of this very model), or null.</param>
        /// <param name="previous">The calls each definition made in an earlier catalogue, with the input it had then, or null.</param>
        public UnionCatalog(SemanticModel model, TypeMap types, UnionRegistry? registry, IReadOnlyDictionary<string, DefinitionInput>? inputs, IReadOnlyDictionary<string, (DefinitionInput Input, UnionCall[] Calls)>? previous)
        {
            this.model = model;
            this.types = types;
            this.registry = registry;
            this.inputs = inputs;
            this.previous = previous;

            // The typedefs that stand for a type holding a union, through typedef chains.
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var typedef in model.Typedefs)
                {
                    if (!unionTypedefs.Contains(typedef.Name) && HoldsUnion(typedef.Type))
                    {
                        unionTypedefs.Add(typedef.Name);
                        changed = true;
                    }
                }
            }
        }

        /// <summary>Maps the union-holding types of <paramref name="definition"/> (an interface's bases first), once.</summary>
        public void Visit(DefinitionSymbol definition)
        {
            if (!TypeNames.IsGenerated(definition, OwnedContracts) || !visited.Add(definition.Name))
            {
                return;
            }

            if (definition is InterfaceSymbol { Inheritance: { } baseName } && model.TryGetDefinition(baseName, out var baseDefinition) && baseDefinition is InterfaceSymbol)
            {
                Visit(baseDefinition);
            }

            DefinitionInput? input = null;
            inputs?.TryGetValue(definition.Name, out input);
            if (input is not null && previous is not null && previous.TryGetValue(definition.Name, out var before) && ReferenceEquals(before.Input, input))
            {
                // The same split input object: the definition and everything its types read are unchanged, so mapping
                // them makes the same calls. Replay them; a call that gives another name than before (an earlier
                // union changed) stops the replay, and the catalogue is made again without it.
                foreach (var call in before.Calls)
                {
                    if (registry!.GetOrAdd(call.BaseName, call.Members, call.IdlText).StructName != call.StructName)
                    {
                        throw new ReplayMismatchException();
                    }
                }

                Recorded[definition.Name] = before;
                return;
            }

            var calls = registry is not null && input is not null ? new List<UnionCall>() : null;
            if (calls is not null)
            {
                registry!.Recording = calls;
            }

            positions.Clear();
            Positions(definition.Syntax);
            if (definition is ContainerSymbol container)
            {
                foreach (var member in container.Members)
                {
                    Positions(member.Syntax);
                }
            }

            foreach (var (type, extra) in positions)
            {
                if (HoldsUnion(type))
                {
                    try
                    {
                        types.Map(type, extra);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        // Binding the definition reports it.
                    }
                }
            }

            if (calls is not null)
            {
                registry!.Recording = null;
                Recorded[definition.Name] = (input!, calls.ToArray());
            }
        }

        /// <summary>The calls each visited definition made (or replayed), with its split input, for the next catalogue.</summary>
        public Dictionary<string, (DefinitionInput Input, UnionCall[] Calls)> Recorded { get; } = new Dictionary<string, (DefinitionInput, UnionCall[])>(StringComparer.Ordinal);

        /// <summary>A replayed call gave another struct name than it gave before.</summary>
        public sealed class ReplayMismatchException : Exception
        {
        }

        private bool HoldsUnion(IdlType? type)
        {
            if (type is null)
            {
                return false;
            }

            if (type.Union || (type.Name is { } name && unionTypedefs.Contains(name)))
            {
                return true;
            }

            foreach (var subtype in type.Subtypes)
            {
                if (HoldsUnion(subtype))
                {
                    return true;
                }
            }

            return false;
        }

        private void Positions(SyntaxNode node)
        {
            switch (node)
            {
                case ConstMember constant:
                    Add(constant.Type);
                    break;
                case AttributeMember attribute:
                    Add(attribute.Type);
                    break;
                case OperationMember operation:
                    Add(operation.ReturnType);
                    Arguments(operation.Arguments);
                    break;
                case ConstructorMember constructor:
                    Arguments(constructor.Arguments);
                    break;
                case IterableMember iterable:
                    foreach (var type in iterable.Types)
                    {
                        Add(type);
                    }

                    Arguments(iterable.Arguments);
                    break;
                case FieldMember field:
                    Add(field.Type);
                    break;
                case ExceptionFieldMember field:
                    Add(field.Type);
                    break;
                case CallbackDefinition callback:
                    Add(callback.ReturnType);
                    Arguments(callback.Arguments);
                    break;
            }

            var attributes = node switch
            {
                DefinitionNode definition => definition.ExtAttrs,
                MemberNode member => member.ExtAttrs,
                _ => default,
            };
            foreach (var attribute in attributes)
            {
                Arguments(attribute.Arguments);
            }
        }

        private void Arguments(EquatableArray<Argument> arguments)
        {
            foreach (var argument in arguments)
            {
                positions.Add((argument.Type, argument.ExtAttrs));
            }
        }

        private void Add(IdlType? type)
        {
            if (type is not null)
            {
                positions.Add((type, default));
            }
        }
    }
}
