using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    internal sealed partial class InterfaceBinder
    {
        private sealed partial class Builder
        {
            private const string Runtime = "global::WebIdl.Runtime.";

            private readonly List<MethodImplementation> factories = new List<MethodImplementation>();
            private readonly Dictionary<string, string> publicNamesByGroup = new Dictionary<string, string>(StringComparer.Ordinal);
            private string? stringifier;
            private bool stringifierCore;

            private string StaticsFull => context.Names.Prefix + names.Secondary;

            private string New(bool hides) => hides ? "new " : "";

            private void BindAttribute(MemberSymbol member, AttributeMember attribute)
            {
                var isStatic = attribute.Special == "static";
                if (IsMappedEventHandler(attribute))
                {
                    BindEventHandler(member, attribute);
                    return;
                }

                var type = context.Types.Map(attribute.Type);
                var publicType = Conversions.PublicType(type);
                var name = memberNames[attribute];
                var hasSetter = !attribute.Readonly;
                var docs = MemberDocs.Start(member, Idl, "The IDL attribute " + DocComments.Code(Idl + "." + attribute.AttributeName) + " (" + DocComments.Code(type.IdlText) + ").")
                    .Raises(context, attribute.GetRaises, "Getting")
                    .Raises(context, attribute.SetRaises, "Setting")
                    .Build();
                string target;
                if (isStatic)
                {
                    target = staticsProperty + "." + name;
                    staticsProperties.Add(new PropertySignature(docs, "", type.CSharp, name, hasSetter));
                    properties.Add(new PropertyImplementation(docs, "public static " + New(baseStub.HidesMember(name)), publicType, name, target, hasSetter, Setter(type, attribute, target)));
                    ownStub.AddMember(name);
                    return;
                }

                var core = CoreName(name, isMethod: false, Array.Empty<string>());
                ownStub.AddMember(core);
                target = core;
                // [LegacyNullToEmptyString]: the getter never returns null, the setter takes it (and stores "").
                var allowNull = type.NullToEmpty && !type.Nullable && hasSetter;
                if (type.NullToEmpty && !type.Nullable)
                {
                    publicType = type.CSharp;
                }

                var allowNullAttribute = "[global::System.Diagnostics.CodeAnalysis.AllowNull]";
                if (inContract)
                {
                    contractProperties.Add(new PropertySignature(docs, New(baseContract.HidesMember(name)), publicType, name, hasSetter) { HasAttribute = allowNull, Attribute = allowNullAttribute });
                    ownContract.AddMember(name);
                }

                properties.Add(new PropertyImplementation(docs, "public " + New(baseStub.HidesMember(name)), publicType, name, core, hasSetter, Setter(type, attribute, target)) { HasAttribute = allowNull, Attribute = allowNullAttribute });
                ownStub.AddMember(name);
                var coreDocs = new DocComments()
                    .SummaryXml("Implements " + DocComments.Code(CSharpNames.Unescaped(name)) + " (the IDL attribute " + DocComments.Code(Idl + "." + attribute.AttributeName) + ")"
                        + (hasSetter ? "; the setter gets values the stub has already checked and converted." : "."))
                    .Build();
                coreProperties.Add(new PropertySignature(coreDocs, "protected abstract ", type.CSharp, core, hasSetter));
                if (attribute.Special == "stringifier")
                {
                    stringifier = type.Nullable ? "return " + name + " ?? \"\";" : "return " + name + ";";
                }
            }

            private EquatableArray<string> Setter(MappedType type, AttributeMember attribute, string target)
            {
                if (attribute.Readonly)
                {
                    return default;
                }

                var checks = new CheckContext(Idl, attribute.AttributeName, "value");
                if (type.Kind == MappedKind.Enum)
                {
                    // Web IDL: assigning a string that is not one of the enum's values is ignored, not an error.
                    var guard = type.Nullable
                        ? "if (value.HasValue && !" + type.EnumHelper + ".IsDefined(value.Value)) return;"
                        : "if (!" + type.EnumHelper + ".IsDefined(value)) return;";
                    return new[] { guard, target + " = value;" };
                }

                return new[] { target + " = " + Conversions.ToCore(type, "value", checks) + ";" };
            }

            private const string TypedListenersField = "_typedListeners";

            private static bool IsEventHandler(AttributeMember attribute) => EventTyping.IsEventHandler(attribute);

            private void BindEventHandler(MemberSymbol member, AttributeMember attribute)
            {
                var eventType = attribute.AttributeName.Substring(2);
                var handler = memberNames[attribute];
                var eventName = eventNames[attribute];
                var literal = CSharpNames.StringLiteral(eventType);
                var handlerType = Runtime + "EventHandlerNonNull?";
                var eventInterface = TypedEventOf(attribute);
                var typed = eventInterface is null ? null : context.Types.Map(new IdlType { Name = eventInterface }).NonNullable;
                var listenerType = typed is null ? Runtime + "EventListener?" : "global::System.Action<" + typed + ">?";
                var docs = MemberDocs.Start(member, Idl, "The event handler IDL attribute " + DocComments.Code(Idl + "." + attribute.AttributeName) + " for " + DocComments.Code(eventType) + " events" + (eventInterface is null ? "." : ", which are " + DocComments.Code(eventInterface) + " objects."))
                    .Build();
                var eventDocs = new DocComments()
                    .SummaryXml("Raised for " + DocComments.Code(eventType) + " events" + (eventInterface is null ? "" : " (" + DocComments.Code(eventInterface) + ")") + ": adds and removes listeners with " + DocComments.Code("addEventListener") + "/" + DocComments.Code("removeEventListener") + ".")
                    .Remarks("The C# form of the event handler " + DocComments.Code(CSharpNames.Unescaped(handler)) + "; both see the same events, each listener in the order it was added."
                        + (eventInterface is null ? "" : " An event of another interface dispatched with this type makes the listener throw an <see cref=\"global::System.InvalidCastException\"/>, which the target reports as it reports any listener's exception."))
                    .Build();
                if (inContract)
                {
                    contractProperties.Add(new PropertySignature(docs, New(baseContract.HidesMember(handler)), handlerType, handler, true));
                    contractEvents.Add(new EventSignature(eventDocs, New(baseContract.HidesMember(eventName)), listenerType, eventName));
                    ownContract.AddMember(handler);
                    ownContract.AddMember(eventName);
                }

                properties.Add(new PropertyImplementation(docs, "public " + New(baseStub.HidesMember(handler)), handlerType, handler, "GetEventHandler(" + literal + ")", true, new[] { "SetEventHandler(" + literal + ", value);" }));
                if (typed is null)
                {
                    events.Add(new EventImplementation(eventDocs, "public " + New(baseStub.HidesMember(eventName)), listenerType, eventName, "AddEventListener(" + literal + ", value)", "RemoveEventListener(" + literal + ", value)"));
                }
                else
                {
                    AddTypedListenerHelper();
                    var adapter = "value is null ? null : new " + Runtime + "EventListener(@event => value((" + typed + ")@event))";
                    events.Add(new EventImplementation(
                        eventDocs,
                        "public " + New(baseStub.HidesMember(eventName)),
                        listenerType,
                        eventName,
                        "AddEventListener(" + literal + ", " + typedListener + "(" + literal + ", value, true, " + adapter + "))",
                        "RemoveEventListener(" + literal + ", " + typedListener + "(" + literal + ", value, false, null))"));
                }

                ownStub.AddMember(handler);
                ownStub.AddMember(eventName);
            }

            /// <summary>
            /// Once per stub with typed events: the list of the adapters registered for typed listeners and the helper
            /// that finds or adds one. A typed listener is added to the target as an <c>EventListener</c> adapter; the
            /// same delegate (by <see cref="Delegate.Equals(object)"/>, as the target compares listeners) finds the same
            /// adapter again, so adding twice adds once and removing removes it.
            /// </summary>
            private void AddTypedListenerHelper()
            {
                foreach (var method in methods)
                {
                    if (method.Name == typedListener)
                    {
                        return;
                    }
                }

                var entry = "(string Type, global::System.Delegate Handler, " + Runtime + "EventListener Listener)";
                fields.Add(new FieldBinding("private readonly ", "global::System.Collections.Generic.List<" + entry + ">", TypedListenersField) { Initializer = " = new()" });
                var docs = new DocComments()
                    .SummaryXml("The listener a typed event adds or removes for <paramref name=\"handler\"/>: the adapter added before for the same event type and an equal delegate, else <paramref name=\"adapter\"/> when adding (remembered until removed); <see langword=\"null\"/> when there is nothing to add or remove.")
                    .Param("type", "The event type.")
                    .Param("handler", "The typed listener.")
                    .Param("add", "True when adding, false when removing.")
                    .Param("adapter", "The adapter to add for a new listener.")
                    .Build();
                methods.Add(new MethodImplementation(
                    docs,
                    "private ",
                    Runtime + "EventListener?",
                    typedListener,
                    "string type, global::System.Delegate? handler, bool add, " + Runtime + "EventListener? adapter",
                    new[]
                    {
                        "if (handler is null)",
                        "{",
                        "    return null;",
                        "}",
                        "",
                        "lock (" + TypedListenersField + ")",
                        "{",
                        "    for (var i = 0; i < " + TypedListenersField + ".Count; i++)",
                        "    {",
                        "        var entry = " + TypedListenersField + "[i];",
                        "        if (entry.Type == type && entry.Handler.Equals(handler))",
                        "        {",
                        "            if (!add)",
                        "            {",
                        "                " + TypedListenersField + ".RemoveAt(i);",
                        "            }",
                        "",
                        "            return entry.Listener;",
                        "        }",
                        "    }",
                        "",
                        "    if (!add || adapter is null)",
                        "    {",
                        "        return null;",
                        "    }",
                        "",
                        "    " + TypedListenersField + ".Add((type, handler, adapter));",
                        "    return adapter;",
                        "}",
                    }));
            }

            /// <summary>A unique name for a core member: not taken here, and not hiding a base stub's member (an abstract member cannot be hidden and still be implemented).</summary>
            private string CoreName(string publicName, bool isMethod, IReadOnlyList<string> signatures)
            {
                var bare = CSharpNames.Unescaped(publicName) + "Core";
                for (var i = 1; ; i++)
                {
                    var candidate = i == 1 ? bare : bare + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (scope.IsTaken(candidate))
                    {
                        continue;
                    }

                    var hides = false;
                    if (isMethod)
                    {
                        foreach (var signature in signatures)
                        {
                            hides |= baseStub.HidesMethod(candidate, signature);
                        }
                    }
                    else
                    {
                        hides = baseStub.HidesMember(candidate);
                    }

                    if (!hides)
                    {
                        scope.Reserve(candidate);
                        return candidate;
                    }
                }
            }

            private void BindOperationGroup(string idlName, List<(MemberSymbol, EquatableArray<Argument>, IdlType?)> items, bool isStatic)
            {
                var overloads = Overloads.Bind(context, Idl, idlName, items);
                if (overloads.Count == 0)
                {
                    return;
                }

                var name = groupNames[GroupKey(isStatic, idlName)];
                publicNamesByGroup[GroupKey(isStatic, idlName)] = name;
                var coreSignatures = new List<string>();
                foreach (var overload in overloads)
                {
                    coreSignatures.Add(overload.CoreIdentity);
                }

                var core = isStatic ? "" : CoreName(name, isMethod: true, coreSignatures);
                if (!isStatic)
                {
                    coreNamesByGroup[idlName] = core;
                }

                var fallback = "The IDL operation " + DocComments.Code(Idl + "." + idlName) + ".";
                foreach (var overload in overloads)
                {
                    var op = (OperationMember)overload.Member.Syntax;
                    var ret = overload.ReturnType.CSharp;
                    var call = (overload.ReturnType.Kind == MappedKind.Void ? "" : "return ") + (isStatic ? staticsProperty + "." + name : core);
                    foreach (var signature in overload.Publics)
                    {
                        var docs = MemberDocs.Start(overload.Member, Idl, fallback).Parameters(overload.Arguments, signature.Names).Raises(context, op.Raises, "").Build();
                        var parameters = signature.ParameterList();
                        var identity = signature.Identity();
                        var statement = call + "(" + signature.CoreArgumentList() + ");";
                        if (isStatic)
                        {
                            methods.Add(new MethodImplementation(docs, "public static " + New(baseStub.HidesMethod(name, identity)), ret, name, parameters, new[] { statement }));
                        }
                        else
                        {
                            if (!stubOnly.Contains(overload.Member.Syntax))
                            {
                                contractMethods.Add(new MethodSignature(docs, New(baseContract.HidesMethod(name, identity)), ret, name, parameters));
                                ownContract.AddMethod(name, identity);
                            }

                            methods.Add(new MethodImplementation(docs, "public " + New(baseStub.HidesMethod(name, identity)), ret, name, parameters, new[] { statement }));
                        }

                        ownStub.AddMethod(name, identity);
                    }

                    var coreDocs = new DocComments()
                        .Summary(op.Documentation, fallback)
                        .Remarks(isStatic
                            ? "Called by the static " + DocComments.Code(CSharpNames.Unescaped(name)) + " of " + DocComments.Code(names.Stub) + " with arguments it has already checked and converted."
                            : "Implements " + DocComments.Code(CSharpNames.Unescaped(name)) + ": called with arguments the stub has already checked and converted.")
                        .Parameters(overload.Arguments)
                        .Build();
                    if (isStatic)
                    {
                        staticsMethods.Add(new MethodSignature(coreDocs, "", ret, name, overload.CoreParameters));
                    }
                    else
                    {
                        coreMethods.Add(new MethodSignature(coreDocs, "protected abstract ", ret, core, overload.CoreParameters));
                        ownStub.AddMethod(core, overload.CoreIdentity);
                    }
                }
            }

            private void BindConstructors(List<(MemberSymbol, EquatableArray<Argument>, IdlType?)> ctors)
            {
                var overloads = Overloads.Bind(context, Idl, "constructor", ctors);
                var construct = "Construct";
                for (var i = 2; StaticsNameTaken(construct); i++)
                {
                    construct = "Construct" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var fallback = "Creates a " + DocComments.Code(Idl) + ": the IDL constructor.";
                foreach (var overload in overloads)
                {
                    foreach (var signature in overload.Publics)
                    {
                        var identity = signature.Identity();
                        var docs = MemberDocs.Start(overload.Member, Idl, fallback)
                            .Parameters(overload.Arguments, signature.Names)
                            .Returns("The new object, made by the registered " + DocComments.Code(names.Secondary) + ".")
                            .Exception("global::System.InvalidOperationException", "No " + DocComments.Code(names.Secondary) + " is registered in " + DocComments.Code(names.Stub + "." + CSharpNames.Unescaped(staticsProperty)) + ".")
                            .Build();
                        factories.Add(new MethodImplementation(docs, "public static " + New(baseStub.HidesMethod("Create", identity)), ContractFull, "Create", signature.ParameterList(),
                            new[] { "return " + staticsProperty + "." + construct + "(" + signature.CoreArgumentList() + ");" }));
                        ownStub.AddMethod("Create", identity);
                    }

                    var coreDocs = new DocComments()
                        .Summary(overload.Member.Syntax.Documentation, fallback)
                        .Remarks("Called by " + DocComments.Code(names.Stub + ".Create") + " with arguments it has already checked and converted.")
                        .Parameters(overload.Arguments)
                        .Returns("The new object.")
                        .Build();
                    staticsMethods.Add(new MethodSignature(coreDocs, "", ContractFull, construct, overload.CoreParameters));
                }
            }

            /// <summary>
            /// Legacy <c>[LegacyFactoryFunction=Image(args)]</c>: a static <c>CreateImage(args)</c> on the stub that calls
            /// <c>ConstructImage</c> of the registered statics, like a constructor.
            /// </summary>
            private void BindFactoryFunction(ExtendedAttribute attribute)
            {
                var function = attribute.Rhs!.Value!;
                var pascal = CSharpNames.Unescaped(CSharpNames.Pascal(function));
                var create = scope.Take("Create" + pascal);
                var construct = "Construct" + pascal;
                for (var i = 2; StaticsNameTaken(construct); i++)
                {
                    construct = "Construct" + pascal + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var member = new MemberSymbol
                {
                    Syntax = new ConstructorMember { Arguments = attribute.Arguments, NameSpan = attribute.Span, Span = attribute.Span },
                    DeclaredIn = Idl,
                };
                var overloads = Overloads.Bind(context, Idl, function, new List<(MemberSymbol, EquatableArray<Argument>, IdlType?)> { (member, attribute.Arguments, null) });
                var fallback = "Creates a " + DocComments.Code(Idl) + " with the legacy factory function " + DocComments.Code(function) + " (IDL " + DocComments.Code("[" + attribute.Name + "]") + ").";
                foreach (var overload in overloads)
                {
                    foreach (var signature in overload.Publics)
                    {
                        var docs = new DocComments().SummaryXml(fallback)
                            .Parameters(overload.Arguments, signature.Names)
                            .Returns("The new object, made by the registered " + DocComments.Code(names.Secondary) + ".")
                            .Exception("global::System.InvalidOperationException", "No " + DocComments.Code(names.Secondary) + " is registered in " + DocComments.Code(names.Stub + "." + CSharpNames.Unescaped(staticsProperty)) + ".")
                            .Build();
                        factories.Add(new MethodImplementation(docs, "public static " + New(baseStub.HidesMethod(create, signature.Identity())), ContractFull, create, signature.ParameterList(),
                            new[] { "return " + staticsProperty + "." + construct + "(" + signature.CoreArgumentList() + ");" }));
                        ownStub.AddMethod(create, signature.Identity());
                    }

                    var coreDocs = new DocComments().SummaryXml(fallback)
                        .Remarks("Called by " + DocComments.Code(names.Stub + "." + CSharpNames.Unescaped(create)) + " with arguments it has already checked and converted.")
                        .Parameters(overload.Arguments)
                        .Returns("The new object.")
                        .Build();
                    staticsMethods.Add(new MethodSignature(coreDocs, "", ContractFull, construct, overload.CoreParameters));
                }
            }

            private bool StaticsNameTaken(string name)
            {
                foreach (var property in staticsProperties)
                {
                    if (CSharpNames.Unescaped(property.Name) == name)
                    {
                        return true;
                    }
                }

                foreach (var method in staticsMethods)
                {
                    if (CSharpNames.Unescaped(method.Name) == name)
                    {
                        return true;
                    }
                }

                return name == names.Secondary;
            }
        }
    }
}
