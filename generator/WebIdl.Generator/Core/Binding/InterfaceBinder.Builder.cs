using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    internal sealed partial class InterfaceBinder
    {
        /// <summary>Binds one interface; holds the lists of members as they are made.</summary>
        private sealed partial class Builder
        {
            private readonly InterfaceBinder owner;
            private readonly BindingContext context;
            private readonly InterfaceSymbol symbol;
            private readonly DefinitionNames names;
            private readonly NameScope scope = new NameScope();
            private readonly MemberTable baseContract = new MemberTable();
            private readonly MemberTable baseStub = new MemberTable();
            private readonly MemberTable ownContract = new MemberTable();
            private readonly MemberTable ownStub = new MemberTable();
            private readonly HashSet<string> covered = new HashSet<string>(StringComparer.Ordinal);
            private readonly List<string> contractBases = new List<string>();
            private readonly List<MemberSymbol> sources = new List<MemberSymbol>();

            /// <summary>Members of interfaces named by legacy <c>implements</c>: in the stub only (the contract inherits them).</summary>
            private readonly HashSet<MemberNode> stubOnly = new HashSet<MemberNode>(ReferenceComparer<MemberNode>.Instance);
            private bool inContract = true;

            private readonly List<PropertySignature> contractProperties = new List<PropertySignature>();
            private readonly List<EventSignature> contractEvents = new List<EventSignature>();
            private readonly List<MethodSignature> contractMethods = new List<MethodSignature>();
            private readonly List<IndexerSignature> contractIndexers = new List<IndexerSignature>();
            private readonly List<ConstantBinding> constants = new List<ConstantBinding>();
            private readonly List<FieldBinding> fields = new List<FieldBinding>();
            private readonly List<ConstructorImplementation> constructors = new List<ConstructorImplementation>();
            private readonly List<PropertyImplementation> properties = new List<PropertyImplementation>();
            private readonly List<EventImplementation> events = new List<EventImplementation>();
            private readonly List<IndexerImplementation> indexers = new List<IndexerImplementation>();
            private readonly List<MethodImplementation> methods = new List<MethodImplementation>();
            private readonly List<PropertySignature> coreProperties = new List<PropertySignature>();
            private readonly List<MethodSignature> coreMethods = new List<MethodSignature>();
            private readonly List<PropertySignature> staticsProperties = new List<PropertySignature>();
            private readonly List<MethodSignature> staticsMethods = new List<MethodSignature>();
            private readonly List<IndexerSpec> indexerSpecs = new List<IndexerSpec>();
            private readonly Dictionary<string, string> coreNamesByGroup = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly Dictionary<MemberNode, string> memberNames = new Dictionary<MemberNode, string>(ReferenceComparer<MemberNode>.Instance);
            private readonly Dictionary<MemberNode, string> eventNames = new Dictionary<MemberNode, string>(ReferenceComparer<MemberNode>.Instance);
            private readonly Dictionary<string, string> groupNames = new Dictionary<string, string>(StringComparer.Ordinal);

            private string stubBase = "";
            private RuntimeType? root;
            private bool derivesFromEventTarget;
            private bool hasStatics;
            private string staticsProperty = "Statics";
            private string typedListener = "";

            public Builder(InterfaceBinder owner, InterfaceSymbol symbol)
            {
                this.owner = owner;
                context = owner.context;
                this.symbol = symbol;
                names = context.Names.Find(symbol.Name)!;
            }

            private string Idl => symbol.Name;

            private string ContractFull => context.Names.Prefix + names.Primary;

            public BoundInterface Build()
            {
                ResolveBases();
                CollectSources();
                ReserveNames();
                BindMembers();
                BuildIndexers();
                return Assemble();
            }

            private void ResolveBases()
            {
                covered.Add(Idl);
                var baseName = symbol.Inheritance;
                if (baseName is not null)
                {
                    if (context.Model.TryGetDefinition(baseName, out var definition) && definition is InterfaceSymbol baseSymbol && context.Names.Find(baseName) is { } baseNames && !TypeNames.IsOwnedContract(baseSymbol))
                    {
                        var baseBound = owner.Bind(baseSymbol);
                        contractBases.Add(context.Names.Prefix + baseNames.Primary);
                        stubBase = context.Names.Prefix + baseNames.Stub;
                        baseContract.Inherit(baseBound.Contract);
                        baseStub.Inherit(baseBound.Stub);
                        root = baseBound.Root;
                        covered.UnionWith(baseBound.Covered);
                    }
                    else if (RuntimeTypes.Find(baseName) is { CanBeStubBase: true } runtime && (runtime.Owned || !context.Model.TryGetDefinition(baseName, out _)))
                    {
                        stubBase = runtime.CSharp;
                        root = runtime;
                    }
                    else
                    {
                        context.NotMapped(((ContainerDefinition)symbol.Syntax).InheritanceSpan, "Inheritance of '" + Idl + "' from '" + baseName + "'", "only interfaces of the set and the runtime's EventTarget, Event, CloseEvent, MessageEvent, ErrorEvent and Blob can be bases; the stub has no base class");
                    }
                }

                derivesFromEventTarget = root?.IdlName == "EventTarget";

                foreach (var implemented in symbol.Implements)
                {
                    if (context.Model.TryGetDefinition(implemented, out var definition) && definition is InterfaceSymbol && context.Names.Find(implemented) is { } implementedNames)
                    {
                        var full = context.Names.Prefix + implementedNames.Primary;
                        if (!contractBases.Contains(full))
                        {
                            contractBases.Add(full);
                        }
                    }
                }
            }

            private void CollectSources()
            {
                sources.AddRange(symbol.Members);

                // Legacy `A implements B`: the contract inherits IB, so the stub must implement B's members (and those of
                // B's bases and of what B implements) unless its base stubs already do.
                var queue = new Queue<string>(symbol.Implements);
                while (queue.Count > 0)
                {
                    var name = queue.Dequeue();
                    if (covered.Contains(name) || !context.Model.TryGetDefinition(name, out var definition) || definition is not InterfaceSymbol extra)
                    {
                        continue;
                    }

                    covered.Add(name);
                    sources.AddRange(extra.Members);
                    foreach (var member in extra.Members)
                    {
                        stubOnly.Add(member.Syntax);
                    }

                    if (extra.Inheritance is { } inherited)
                    {
                        queue.Enqueue(inherited);
                    }

                    foreach (var next in extra.Implements)
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            private void ReserveNames()
            {
                scope.Reserve(names.Primary);
                scope.Reserve(names.Stub);
                foreach (var name in ObjectMembers)
                {
                    scope.Reserve(name);
                }

                if (root is not null)
                {
                    foreach (var name in root.MemberNames)
                    {
                        scope.Reserve(name);
                    }
                }

                scope.Reserve("s_statics");
                foreach (var member in sources)
                {
                    if (member.Syntax is ConstructorMember || member.Syntax is AttributeMember { Special: "static" } || member.Syntax is OperationMember { Special: "static" })
                    {
                        hasStatics = true;
                    }

                    if (member.Syntax is IterableMember iterable)
                    {
                        foreach (var name in CollectionMemberNames(iterable))
                        {
                            scope.Reserve(name);
                        }
                    }
                }

                foreach (var attribute in symbol.ExtAttrs)
                {
                    if (IsFactoryFunction(attribute))
                    {
                        hasStatics = true;
                    }
                }

                if (hasStatics)
                {
                    staticsProperty = scope.Take("Statics");
                }

                foreach (var member in sources)
                {
                    if (member.Syntax is ConstructorMember)
                    {
                        scope.Reserve("Create");
                        break;
                    }
                }

                // The names the IDL gives come first, in source order; names the generator makes up (C# events for
                // event handlers, then …Core members) take what is left.
                foreach (var member in sources)
                {
                    switch (member.Syntax)
                    {
                        case ConstMember constant:
                            memberNames[constant] = scope.Take(CSharpNames.Verbatim(constant.ConstName));
                            break;
                        case AttributeMember attribute when IsMappedEventHandler(attribute):
                            memberNames[attribute] = scope.Take("On" + CSharpNames.Unescaped(CSharpNames.Pascal(attribute.AttributeName.Substring(2))));
                            break;
                        case AttributeMember attribute:
                            memberNames[attribute] = scope.Take(CSharpNames.Pascal(attribute.AttributeName));
                            break;
                        case OperationMember op when op.OperationName.Length > 0 && op.ReturnType is not null && !IsLegacyOnly(op):
                            var key = GroupKey(op.Special == "static", op.OperationName);
                            if (!groupNames.ContainsKey(key))
                            {
                                groupNames[key] = scope.Take(CSharpNames.Pascal(op.OperationName));
                            }

                            break;
                    }
                }

                foreach (var member in sources)
                {
                    if (member.Syntax is AttributeMember attribute && IsMappedEventHandler(attribute))
                    {
                        var pascal = CSharpNames.Unescaped(CSharpNames.Pascal(attribute.AttributeName.Substring(2)));
                        eventNames[attribute] = scope.IsTaken(pascal) ? scope.Take(pascal + "Event") : scope.Take(pascal);
                    }
                }

                // Typed C# events keep their listeners' adapters in a private list, through a private helper.
                foreach (var member in sources)
                {
                    if (member.Syntax is AttributeMember attribute && IsMappedEventHandler(attribute) && TypedEventOf(attribute) is not null)
                    {
                        scope.Reserve(TypedListenersField);
                        typedListener = scope.Take("TypedListener");
                        break;
                    }
                }
            }

            private static string GroupKey(bool isStatic, string name) => (isStatic ? "static " : "") + name;

            /// <summary>The event interface of a typed event handler attribute of the interface being bound (its own, from a mixin or a partial), or null.</summary>
            private string? TypedEventOf(AttributeMember attribute) =>
                context.EventsOwner == symbol.Name && context.TypedEvents.TryGetValue(attribute.AttributeName, out var name) ? name : null;

                        private bool IsMappedEventHandler(AttributeMember attribute) =>
                attribute.Special != "static" && !attribute.Readonly && derivesFromEventTarget && IsEventHandler(attribute);

            private static bool IsFactoryFunction(ExtendedAttribute attribute) =>
                attribute.Name is "LegacyFactoryFunction" or "NamedConstructor" && attribute.Rhs is { Kind: "identifier", Value: { Length: > 0 } };

            private static IEnumerable<string> CollectionMemberNames(IterableMember iterable)
            {
                switch (iterable.IterableKind)
                {
                    case "iterable":
                        return new[] { "GetEnumerator", "GetEnumeratorCore" };
                    case "async_iterable":
                        return iterable.Arguments.IsEmpty
                            ? new[] { "GetAsyncEnumerator", "GetAsyncEnumeratorCore" }
                            : new[] { "GetAsyncEnumerator", "Values", "ValuesCore" };
                    case "maplike":
                        return new[] { "Count", "ContainsKey", "TryGetValue", "Keys", "Values", "GetEnumerator", "Set", "Delete", "Clear", "CountCore", "TryGetValueCore", "GetEnumeratorCore", "SetCore", "DeleteCore", "ClearCore" };
                    case "setlike":
                        return new[] { "Count", "Has", "Add", "Delete", "Clear", "GetEnumerator", "CountCore", "HasCore", "AddCore", "DeleteCore", "ClearCore", "GetEnumeratorCore" };
                    default:
                        return Array.Empty<string>();
                }
            }

            private void BindMembers()
            {
                // Operations are bound per name (all overloads together) where the first one stands.
                var regular = new Dictionary<string, List<(MemberSymbol, EquatableArray<Argument>, IdlType?)>>(StringComparer.Ordinal);
                var statics = new Dictionary<string, List<(MemberSymbol, EquatableArray<Argument>, IdlType?)>>(StringComparer.Ordinal);
                var ctors = new List<(MemberSymbol, EquatableArray<Argument>, IdlType?)>();
                var order = new List<(bool Static, string Name)>();
                foreach (var member in sources)
                {
                    if (member.Syntax is OperationMember op && op.OperationName.Length > 0 && op.ReturnType is not null && !IsLegacyOnly(op))
                    {
                        var isStatic = op.Special == "static";
                        var groups = isStatic ? statics : regular;
                        if (!groups.TryGetValue(op.OperationName, out var list))
                        {
                            list = new List<(MemberSymbol, EquatableArray<Argument>, IdlType?)>();
                            groups.Add(op.OperationName, list);
                            order.Add((isStatic, op.OperationName));
                        }

                        list.Add((member, op.Arguments, op.ReturnType));
                    }
                    else if (member.Syntax is ConstructorMember ctor)
                    {
                        ctors.Add((member, ctor.Arguments, null));
                    }
                }

                var done = new HashSet<(bool, string)>();
                foreach (var member in sources)
                {
                    inContract = !stubOnly.Contains(member.Syntax);
                    try
                    {
                        switch (member.Syntax)
                        {
                            case ConstMember constant:
                                BindConstant(member, constant);
                                break;
                            case AttributeMember attribute:
                                BindAttribute(member, attribute);
                                break;
                            case OperationMember op:
                                if (op.OperationName.Length > 0 && op.ReturnType is not null && !IsLegacyOnly(op))
                                {
                                    var key = (op.Special == "static", op.OperationName);
                                    if (done.Add(key))
                                    {
                                        BindOperationGroup(op.OperationName, key.Item1 ? statics[op.OperationName] : regular[op.OperationName], key.Item1);
                                    }
                                }

                                BindSpecial(member, op);
                                break;
                            case ConstructorMember:
                                break;
                            case IterableMember iterable:
                                BindCollection(member, iterable);
                                break;
                            default:
                                context.NotMapped(member.Syntax.NameSpan, member.Kind + " '" + member.Name + "' in interface '" + Idl + "'", "this kind of member has no mapping in an interface");
                                break;
                        }
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        context.Diagnostics.Add(WebIdl.Language.Diagnostics.IdlDiagnostic.Create(GeneratorDiagnostics.InternalError, member.Syntax.NameSpan, GeneratorPipeline.OneLine(ex.GetType().Name + ": " + ex.Message + " (binding " + member.Kind + " '" + member.Name + "' of '" + Idl + "')")));
                    }
                }

                if (ctors.Count > 0)
                {
                    BindConstructors(ctors);
                }

                foreach (var attribute in symbol.ExtAttrs)
                {
                    if (IsFactoryFunction(attribute))
                    {
                        BindFactoryFunction(attribute);
                    }
                    else if (attribute.Name is "LegacyFactoryFunction" or "NamedConstructor")
                    {
                        context.NotMapped(attribute.Span, "[" + attribute.Name + "] on '" + Idl + "'", "it names no function");
                    }
                }
            }

            /// <summary>True for legacy specials with no C# mapping (<c>legacycaller</c>, <c>creator</c>, <c>jsonifier</c>, <c>serializer</c>) on an operation that has nothing else.</summary>
            private static bool IsLegacyOnly(OperationMember op)
            {
                foreach (var special in op.LegacySpecials)
                {
                    if (special is "jsonifier" or "serializer")
                    {
                        return true;
                    }
                }

                return false;
            }

            private void BindConstant(MemberSymbol member, ConstMember constant)
            {
                if (ConstantValues.Map(context, constant) is not { } mapped)
                {
                    return;
                }

                var name = memberNames[constant];
                var modifiers = "public " + (baseStub.HidesMember(name) ? "new " : "") + "const ";
                ownStub.AddMember(name);
                constants.Add(new ConstantBinding(ConstantValues.Docs(member, Idl, constant), modifiers, mapped.Type, name, mapped.Value));
            }
        }
    }
}
