using System.Collections.Generic;
using WebIdl.Language.Semantics.Building;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>Where a type is written.</summary>
    internal enum TypePosition
    {
        Typedef,
        CallbackReturn,
        Return,
        Attribute,
        Const,
        Field,
        ExceptionField,
        Iterable,
        Argument,
    }

    /// <summary>What owns an argument list.</summary>
    internal enum ArgumentOwner
    {
        Operation,
        Constructor,
        Callback,
        AsyncIterable,
        ExtendedAttribute,
    }

    /// <summary>A type written at the top of a type position (its subtypes are reached through it).</summary>
    /// <param name="Type">The written type.</param>
    /// <param name="Position">The kind of position.</param>
    /// <param name="Definition">The declaration it is written in.</param>
    /// <param name="Member">The member, when inside one.</param>
    /// <param name="Argument">The argument, when it is an argument's type.</param>
    /// <param name="Owner">The callback, when it is a callback's argument (for positions that care where values flow).</param>
    /// <param name="OwnerExtAttrs">The extended attributes of the argument, attribute, field or typedef the type belongs to.</param>
    internal readonly record struct TypeSite(
        IdlType Type,
        TypePosition Position,
        DefinitionNode Definition,
        MemberNode? Member,
        Argument? Argument,
        ArgumentOwner? Owner,
        EquatableArray<ExtendedAttribute> OwnerExtAttrs);

    /// <summary>One node of a type tree written at a <see cref="TypeSite"/>.</summary>
    /// <param name="Node">The node.</param>
    /// <param name="Parent">The enclosing generic or union, or null at the top.</param>
    /// <param name="Site">Index of the site in <see cref="SyntaxSites.Types"/>.</param>
    internal readonly record struct TypeNode(IdlType Node, IdlType? Parent, int Site);

    /// <summary>An argument list and what owns it.</summary>
    internal readonly record struct ArgumentListSite(EquatableArray<Argument> Arguments, ArgumentOwner Owner, DefinitionNode Definition, MemberNode? Member);

    /// <summary>An extended attribute and where it is written.</summary>
    internal readonly record struct ExtendedAttributeSite(ExtendedAttribute Attribute, DefinitionNode Definition, MemberNode? Member);

    /// <summary>
    /// One walk over every declaration of the file set, collecting the places rules look at: every type position,
    /// every argument list and every extended attribute, including those nested in extended-attribute arguments
    /// and in types.
    /// </summary>
    internal sealed class SyntaxSites
    {
        public List<TypeSite> Types { get; } = new List<TypeSite>();

        /// <summary>Every node of every type in <see cref="Types"/>, each tree in pre-order.</summary>
        public List<TypeNode> TypeNodes { get; } = new List<TypeNode>();

        public List<ArgumentListSite> ArgumentLists { get; } = new List<ArgumentListSite>();

        public List<ExtendedAttributeSite> ExtendedAttributes { get; } = new List<ExtendedAttributeSite>();

        public static SyntaxSites Collect(IReadOnlyList<Declaration> declarations)
        {
            var sites = new SyntaxSites();
            foreach (var declaration in declarations)
            {
                sites.Definition(declaration.Node);
            }

            return sites;
        }

        private void Definition(DefinitionNode definition)
        {
            Attributes(definition.ExtAttrs, definition, null);
            switch (definition)
            {
                case TypedefDefinition typedef:
                    Type(typedef.Type, TypePosition.Typedef, definition, null, null, null, definition.ExtAttrs);
                    break;
                case CallbackDefinition callback:
                    Type(callback.ReturnType, TypePosition.CallbackReturn, definition, null, null, null, definition.ExtAttrs);
                    Arguments(callback.Arguments, ArgumentOwner.Callback, definition, null);
                    break;
                case ContainerDefinition container:
                    foreach (var member in container.Members)
                    {
                        if (member is not null)
                        {
                            Member(member, definition);
                        }
                    }

                    break;
            }
        }

        private void Member(MemberNode member, DefinitionNode definition)
        {
            Attributes(member.ExtAttrs, definition, member);
            switch (member)
            {
                case ConstMember constant:
                    Type(constant.Type, TypePosition.Const, definition, member, null, null, member.ExtAttrs);
                    break;
                case AttributeMember attribute:
                    Type(attribute.Type, TypePosition.Attribute, definition, member, null, null, member.ExtAttrs);
                    break;
                case OperationMember operation:
                    Type(operation.ReturnType, TypePosition.Return, definition, member, null, null, member.ExtAttrs);
                    Arguments(operation.Arguments, ArgumentOwner.Operation, definition, member);
                    break;
                case ConstructorMember constructor:
                    Arguments(constructor.Arguments, ArgumentOwner.Constructor, definition, member);
                    break;
                case IterableMember iterable:
                    foreach (var type in iterable.Types)
                    {
                        Type(type, TypePosition.Iterable, definition, member, null, null, member.ExtAttrs);
                    }

                    if (iterable.HasArgumentList || !iterable.Arguments.IsEmpty)
                    {
                        Arguments(iterable.Arguments, ArgumentOwner.AsyncIterable, definition, member);
                    }

                    break;
                case FieldMember field:
                    Type(field.Type, TypePosition.Field, definition, member, null, null, member.ExtAttrs);
                    break;
                case ExceptionFieldMember field:
                    Type(field.Type, TypePosition.ExceptionField, definition, member, null, null, member.ExtAttrs);
                    break;
            }
        }

        private void Arguments(EquatableArray<Argument> arguments, ArgumentOwner owner, DefinitionNode definition, MemberNode? member)
        {
            ArgumentLists.Add(new ArgumentListSite(arguments, owner, definition, member));
            foreach (var argument in arguments)
            {
                if (argument is null)
                {
                    continue;
                }

                Attributes(argument.ExtAttrs, definition, member);
                Type(argument.Type, TypePosition.Argument, definition, member, argument, owner, argument.ExtAttrs);
            }
        }

        private void Type(IdlType? type, TypePosition position, DefinitionNode definition, MemberNode? member, Argument? argument, ArgumentOwner? owner, EquatableArray<ExtendedAttribute> ownerExtAttrs)
        {
            if (type is null)
            {
                return;
            }

            Types.Add(new TypeSite(type, position, definition, member, argument, owner, ownerExtAttrs));
            Node(type, null, Types.Count - 1, definition, member);
        }

        private void Node(IdlType type, IdlType? parent, int site, DefinitionNode definition, MemberNode? member)
        {
            TypeNodes.Add(new TypeNode(type, parent, site));
            Attributes(type.ExtAttrs, definition, member);
            foreach (var subtype in type.Subtypes)
            {
                if (subtype is not null)
                {
                    Node(subtype, type, site, definition, member);
                }
            }
        }

        private void Attributes(EquatableArray<ExtendedAttribute> attributes, DefinitionNode definition, MemberNode? member)
        {
            foreach (var attribute in attributes)
            {
                if (attribute is null)
                {
                    continue;
                }

                ExtendedAttributes.Add(new ExtendedAttributeSite(attribute, definition, member));
                if (attribute.HasArgumentList || !attribute.Arguments.IsEmpty)
                {
                    Arguments(attribute.Arguments, ArgumentOwner.ExtendedAttribute, definition, member);
                }
            }
        }

        /// <summary>Every node of a type tree, the type first, with its parent (null for the root).</summary>
        public static IEnumerable<(IdlType Node, IdlType? Parent)> Nodes(IdlType type)
        {
            var stack = new Stack<(IdlType, IdlType?)>();
            stack.Push((type, null));
            while (stack.Count > 0)
            {
                var (node, parent) = stack.Pop();
                yield return (node, parent);
                for (var i = node.Subtypes.Count - 1; i >= 0; i--)
                {
                    if (node.Subtypes[i] is { } subtype)
                    {
                        stack.Push((subtype, node));
                    }
                }
            }
        }
    }
}
