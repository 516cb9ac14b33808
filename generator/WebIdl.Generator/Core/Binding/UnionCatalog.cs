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

        /// <summary>True when the contracts of the runtime's own interfaces are generated (<see cref="GeneratorOptions.OwnedContracts"/>).</summary>
        public bool OwnedContracts { get; init; }

        public UnionCatalog(SemanticModel model, TypeMap types)
        {
            this.model = model;
            this.types = types;

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
