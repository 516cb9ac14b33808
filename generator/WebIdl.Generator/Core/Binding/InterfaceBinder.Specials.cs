using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    internal sealed partial class InterfaceBinder
    {
        /// <summary>A getter, setter or deleter waiting to become an indexer (or <c>Remove</c>) once every member is named.</summary>
        private sealed class IndexerSpec
        {
            public IndexerSpec(string special, MemberSymbol member, OperationMember operation, List<ArgumentModel> arguments, MappedType returnType)
            {
                Special = special;
                Member = member;
                Operation = operation;
                Arguments = arguments;
                ReturnType = returnType;
            }

            public string Special { get; }

            public MemberSymbol Member { get; }

            public OperationMember Operation { get; }

            public List<ArgumentModel> Arguments { get; }

            public MappedType ReturnType { get; }

            public ArgumentModel Key => Arguments[0];
        }

        private sealed partial class Builder
        {
            private void BindSpecial(MemberSymbol member, OperationMember op)
            {
                var specials = new List<string>();
                if (op.Special.Length > 0 && op.Special != "static")
                {
                    specials.Add(op.Special);
                }

                specials.AddRange(op.LegacySpecials);
                foreach (var special in specials)
                {
                    switch (special)
                    {
                        case "getter":
                        case "setter":
                        case "deleter":
                            {
                                var arguments = Signatures.Arguments(op.Arguments, context.Types, "value");
                                var expected = special == "setter" ? 2 : 1;
                                if (arguments.Count != expected || op.ReturnType is null)
                                {
                                    context.NotMapped(op.NameSpan, special + " '" + Signatures.Describe(op.OperationName, op.Arguments) + "' of '" + Idl + "'", "a " + special + " takes " + expected + " argument(s)");
                                    break;
                                }

                                indexerSpecs.Add(new IndexerSpec(special, member, op, arguments, context.Types.Map(op.ReturnType)));
                                break;
                            }

                        case "stringifier":
                            if (op.OperationName.Length > 0 && publicNamesByGroup.TryGetValue(op.OperationName, out var method))
                            {
                                stringifier = "return " + method + "();";
                            }
                            else if (op.OperationName.Length == 0)
                            {
                                stringifier = "return ToStringCore();";
                                stringifierCore = true;
                            }

                            break;
                        default:
                            context.NotMapped(op.NameSpan, special + " '" + (op.OperationName.Length > 0 ? op.OperationName : "(unnamed)") + "' of '" + Idl + "'", "legacy special operations have no C# counterpart" + (op.OperationName.Length > 0 ? "; the operation is mapped as a method" : ""));
                            break;
                    }
                }
            }

            private void BindCollection(MemberSymbol member, IterableMember iterable)
            {
                var types = new List<MappedType>();
                foreach (var type in iterable.Types)
                {
                    types.Add(context.Types.Map(type));
                }

                if (types.Count == 0)
                {
                    return;
                }

                var element = types.Count == 1 ? types[0].CSharp : Generic + "KeyValuePair<" + types[0].CSharp + ", " + types[1].CSharp + ">";
                var described = DocComments.Code(iterable.IterableKind + "<" + string.Join(", ", IdlTexts(types)) + ">");
                switch (iterable.IterableKind)
                {
                    case "iterable":
                        AddContractBase(Generic + "IEnumerable<" + element + ">");
                        Enumerator(element, described);
                        break;
                    case "async_iterable":
                        AsyncIterable(member, iterable, element, described);
                        break;
                    case "maplike":
                        if (types.Count == 2)
                        {
                            Map(types[0], types[1], iterable.Readonly, described);
                        }

                        break;
                    case "setlike":
                        Set(types[0], iterable.Readonly, described);
                        break;
                }
            }

            private void AsyncIterable(MemberSymbol member, IterableMember iterable, string element, string described)
            {
                var enumerable = Generic + "IAsyncEnumerable<" + element + ">";
                var enumerator = Generic + "IAsyncEnumerator<" + element + ">";
                AddContractBase(enumerable);
                var token = "global::System.Threading.CancellationToken cancellationToken";
                if (iterable.Arguments.IsEmpty)
                {
                    var docs = new DocComments().SummaryXml("Iterates asynchronously (IDL " + described + ").")
                        .Param("cancellationToken", "Cancels the iteration.").Returns("The enumerator.").Build();
                    AddMethod(docs, enumerator, "GetAsyncEnumerator", token + " = default", "return GetAsyncEnumeratorCore(cancellationToken);", contract: false);
                    AddCore(enumerator, "GetAsyncEnumeratorCore", token, "Implements " + DocComments.Code("GetAsyncEnumerator") + ".");
                    return;
                }

                // With arguments, JavaScript iterates values(args); for await over the object itself passes the defaults.
                var overloads = Overloads.Bind(context, Idl, "values", new List<(MemberSymbol, EquatableArray<Argument>, IdlType?)> { (member, iterable.Arguments, null) });
                if (overloads.Count == 0)
                {
                    return;
                }

                var arguments = overloads[0].Arguments;
                var omitted = Signatures.OmittedArguments(arguments, argument => new CheckContext(Idl, "values", argument.IdlName));
                var enumeratorDocs = new DocComments().SummaryXml("Iterates asynchronously with the default options (IDL " + described + ").")
                    .Param("cancellationToken", "Cancels the iteration.").Returns("The enumerator.").Build();
                AddMethod(enumeratorDocs, enumerator, "GetAsyncEnumerator", token + " = default", "return ValuesCore(" + omitted + ").GetAsyncEnumerator(cancellationToken);", contract: false);
                foreach (var signature in overloads[0].Publics)
                {
                    var docs = new DocComments().SummaryXml("Iterates asynchronously with options (IDL " + DocComments.Code("values()") + " of " + described + ").")
                        .Parameters(arguments, signature.Names).Returns("The values.").Build();
                    AddMethod(docs, enumerable, "Values", signature.ParameterList(), "return ValuesCore(" + signature.CoreArgumentList() + ");", contract: true, signature.Identity());
                }

                AddCore(enumerable, "ValuesCore", overloads[0].CoreParameters, "Implements " + DocComments.Code("Values") + " and " + DocComments.Code("GetAsyncEnumerator") + ": the values for arguments the stub has already checked and converted.");
            }

            private static IEnumerable<string> IdlTexts(List<MappedType> types)
            {
                foreach (var type in types)
                {
                    yield return type.IdlText;
                }
            }

            private void AddContractBase(string full)
            {
                if (!contractBases.Contains(full))
                {
                    contractBases.Add(full);
                }
            }

            private void AddMethod(EquatableArray<string> docs, string returnType, string name, string parameters, string statement, bool contract, string identity = "")
            {
                methods.Add(new MethodImplementation(docs, "public " + New(baseStub.HidesMethod(name, identity)), returnType, name, parameters, new[] { statement }));
                ownStub.AddMethod(name, identity);
                if (contract && inContract)
                {
                    contractMethods.Add(new MethodSignature(docs, New(baseContract.HidesMethod(name, identity)), returnType, name, parameters.Replace(" = default", "")));
                    ownContract.AddMethod(name, identity);
                }
            }

            private void AddCore(string returnType, string name, string parameters, string summary)
            {
                ownStub.AddMember(name);
                coreMethods.Add(new MethodSignature(new DocComments().SummaryXml(summary).Build(), "protected abstract ", returnType, name, parameters));
            }

            private void Enumerator(string element, string described)
            {
                var enumerator = Generic + "IEnumerator<" + element + ">";
                AddMethod(new DocComments().SummaryXml("Iterates over the entries (IDL " + described + ").").Returns("The enumerator.").Build(), enumerator, "GetEnumerator", "", "return GetEnumeratorCore();", contract: false);
                methods.Add(new MethodImplementation(
                    new DocComments().SummaryXml("Iterates over the entries.").Returns("The enumerator.").Build(),
                    "", "global::System.Collections.IEnumerator", "global::System.Collections.IEnumerable.GetEnumerator", "", new[] { "return GetEnumerator();" }));
                AddCore(enumerator, "GetEnumeratorCore", "", "Implements " + DocComments.Code("GetEnumerator") + ": the entries in iteration order.");
            }

            private void Map(MappedType key, MappedType value, bool readOnly, string described)
            {
                var k = key.CSharp;
                var v = value.CSharp;
                AddContractBase(Generic + "IReadOnlyDictionary<" + k + ", " + v + ">");
                properties.Add(new PropertyImplementation(new DocComments().SummaryXml("The number of entries (IDL " + DocComments.Code("size") + ").").Build(), "public " + New(baseStub.HidesMember("Count")), "int", "Count", "CountCore", false, default));
                properties.Add(new PropertyImplementation(new DocComments().SummaryXml("The keys (IDL " + DocComments.Code("keys()") + ").").Build(), "public " + New(baseStub.HidesMember("Keys")), Generic + "IEnumerable<" + k + ">", "Keys", "global::System.Linq.Enumerable.Select(this, __pair => __pair.Key)", false, default));
                properties.Add(new PropertyImplementation(new DocComments().SummaryXml("The values (IDL " + DocComments.Code("values()") + ").").Build(), "public " + New(baseStub.HidesMember("Values")), Generic + "IEnumerable<" + v + ">", "Values", "global::System.Linq.Enumerable.Select(this, __pair => __pair.Value)", false, default));
                indexers.Add(new IndexerImplementation(
                    new DocComments().SummaryXml("The value for a key (IDL " + DocComments.Code("get()") + ").").Param("key", "The key.")
                        .Exception(Generic + "KeyNotFoundException", "There is no entry for the key.").Build(),
                    false, "", "public " + New(baseStub.HidesMethod("this[]", key.IdentityKey)), v, k + " key", true,
                    "TryGetValueCore(key, out var value) ? value : throw new " + Generic + "KeyNotFoundException(" + CSharpNames.StringLiteral("No entry in this " + Idl + " has the given key.") + ")",
                    false, default));
                AddMethod(new DocComments().SummaryXml("Whether there is an entry for the key (IDL " + DocComments.Code("has()") + ").").Param("key", "The key.").Returns("True when there is one.").Build(),
                    "bool", "ContainsKey", k + " key", "return TryGetValueCore(key, out _);", contract: false, key.IdentityKey);
                AddMethod(new DocComments().SummaryXml("Gets the value for a key (IDL " + DocComments.Code("get()") + ").").Param("key", "The key.").Param("value", "The value, when there is one.").Returns("True when there is an entry.").Build(),
                    "bool", "TryGetValue", k + " key, " + MaybeNullWhenFalse + "out " + v + " value", "return TryGetValueCore(key, out value);", contract: false, key.IdentityKey + ",out");
                Enumerator(Generic + "KeyValuePair<" + k + ", " + v + ">", described);
                coreProperties.Add(new PropertySignature(new DocComments().SummaryXml("Implements " + DocComments.Code("Count") + ".").Build(), "protected abstract ", "int", "CountCore", false));
                AddCore("bool", "TryGetValueCore", k + " key, " + MaybeNullWhenFalse + "out " + v + " value", "Implements " + DocComments.Code("TryGetValue") + ", " + DocComments.Code("ContainsKey") + " and the indexer.");
                if (!readOnly)
                {
                    var setDocs = new DocComments().SummaryXml("Adds or replaces the entry for a key (IDL " + DocComments.Code("set()") + ").").Param("key", "The key.").Param("value", "The value.").Build();
                    AddMethod(setDocs, "void", "Set", k + " key, " + v + " value", "SetCore(key, value);", contract: true, key.IdentityKey + "," + value.IdentityKey);
                    AddMethod(new DocComments().SummaryXml("Removes the entry for a key (IDL " + DocComments.Code("delete()") + ").").Param("key", "The key.").Returns("True when there was one.").Build(),
                        "bool", "Delete", k + " key", "return DeleteCore(key);", contract: true, key.IdentityKey);
                    AddMethod(new DocComments().SummaryXml("Removes every entry (IDL " + DocComments.Code("clear()") + ").").Build(), "void", "Clear", "", "ClearCore();", contract: true);
                    AddCore("void", "SetCore", k + " key, " + v + " value", "Implements " + DocComments.Code("Set") + ".");
                    AddCore("bool", "DeleteCore", k + " key", "Implements " + DocComments.Code("Delete") + ".");
                    AddCore("void", "ClearCore", "", "Implements " + DocComments.Code("Clear") + ".");
                }
            }

            private void Set(MappedType item, bool readOnly, string described)
            {
                var t = item.CSharp;
                AddContractBase(Generic + "IReadOnlyCollection<" + t + ">");
                properties.Add(new PropertyImplementation(new DocComments().SummaryXml("The number of entries (IDL " + DocComments.Code("size") + ").").Build(), "public " + New(baseStub.HidesMember("Count")), "int", "Count", "CountCore", false, default));
                AddMethod(new DocComments().SummaryXml("Whether the set holds the value (IDL " + DocComments.Code("has()") + ").").Param("value", "The value.").Returns("True when it does.").Build(),
                    "bool", "Has", t + " value", "return HasCore(value);", contract: true, item.IdentityKey);
                Enumerator(t, described);
                coreProperties.Add(new PropertySignature(new DocComments().SummaryXml("Implements " + DocComments.Code("Count") + ".").Build(), "protected abstract ", "int", "CountCore", false));
                AddCore("bool", "HasCore", t + " value", "Implements " + DocComments.Code("Has") + ".");
                if (!readOnly)
                {
                    AddMethod(new DocComments().SummaryXml("Adds the value (IDL " + DocComments.Code("add()") + ").").Param("value", "The value.").Build(), "void", "Add", t + " value", "AddCore(value);", contract: true, item.IdentityKey);
                    AddMethod(new DocComments().SummaryXml("Removes the value (IDL " + DocComments.Code("delete()") + ").").Param("value", "The value.").Returns("True when it was there.").Build(),
                        "bool", "Delete", t + " value", "return DeleteCore(value);", contract: true, item.IdentityKey);
                    AddMethod(new DocComments().SummaryXml("Removes every value (IDL " + DocComments.Code("clear()") + ").").Build(), "void", "Clear", "", "ClearCore();", contract: true);
                    AddCore("void", "AddCore", t + " value", "Implements " + DocComments.Code("Add") + ".");
                    AddCore("bool", "DeleteCore", t + " value", "Implements " + DocComments.Code("Delete") + ".");
                    AddCore("void", "ClearCore", "", "Implements " + DocComments.Code("Clear") + ".");
                }
            }

            private void BuildIndexers()
            {
                var keys = new List<string>();
                foreach (var spec in indexerSpecs)
                {
                    if (spec.Special != "deleter" && !keys.Contains(spec.Key.Type.IdentityCore))
                    {
                        keys.Add(spec.Key.Type.IdentityCore);
                    }
                }

                string? indexerName = null;
                if (keys.Count > 0 && scope.IsTaken("Item"))
                {
                    indexerName = scope.Take("Indexer");
                }

                var attribute = indexerName is null ? "" : "[global::System.Runtime.CompilerServices.IndexerName(" + CSharpNames.StringLiteral(indexerName) + ")]";
                foreach (var key in keys)
                {
                    IndexerSpec? getter = null;
                    IndexerSpec? setter = null;
                    foreach (var spec in indexerSpecs)
                    {
                        if (spec.Key.Type.IdentityCore != key)
                        {
                            continue;
                        }

                        if (spec.Special == "getter" && getter is null)
                        {
                            getter = spec;
                        }
                        else if (spec.Special == "setter" && setter is null)
                        {
                            setter = spec;
                        }
                    }

                    if (getter is not null && setter is not null && setter.Arguments[1].Type.IdentityCore != getter.ReturnType.IdentityCore)
                    {
                        context.NotMapped(setter.Operation.NameSpan, "setter of '" + Idl + "'", "its value type " + setter.Arguments[1].Type.IdlText + " differs from the getter's type " + getter.ReturnType.IdlText + ", so the indexer has no setter");
                        setter = null;
                    }

                    var keySpec = (getter ?? setter)!;
                    var keyType = keySpec.Key.Type;
                    var keyName = keySpec.Key.Name;
                    var type = getter is not null ? getter.ReturnType : setter!.Arguments[1].Type;
                    var docs = new DocComments()
                        .Summary((getter ?? setter)!.Operation.Documentation, "The IDL " + (getter is not null && setter is not null ? "getter and setter" : getter is not null ? "getter" : "setter") + " of " + DocComments.Code(Idl) + " by " + (keyType.Kind == MappedKind.String ? "name" : "index") + ".")
                        .Param(keyName, "The IDL argument " + DocComments.Code(keySpec.Key.IdlName) + ".")
                        .Build();
                    var keyIdentity = Conversions.PublicIdentity(keyType);
                    var parameters = Conversions.PublicType(keyType) + " " + keyName;
                    string getterExpression = "";
                    if (getter is not null)
                    {
                        var core = SpecialCore(getter, "Getter");
                        getterExpression = core + "(" + Conversions.ToCore(keyType, keyName, new CheckContext(Idl, Operation(getter, "getter"), getter.Key.IdlName)) + ")";
                    }

                    EquatableArray<string> setterStatements = default;
                    if (setter is not null)
                    {
                        var core = SpecialCore(setter, "Setter");
                        var member = Operation(setter, "setter");
                        setterStatements = new[]
                        {
                            core + "(" + Conversions.ToCore(keyType, keyName, new CheckContext(Idl, member, setter.Key.IdlName)) + ", "
                                + Conversions.ToCore(setter.Arguments[1].Type, "value", new CheckContext(Idl, member, setter.Arguments[1].IdlName)) + ");",
                        };
                    }

                    if (!stubOnly.Contains(keySpec.Operation))
                    {
                        contractIndexers.Add(new IndexerSignature(docs, indexerName is not null, attribute, New(baseContract.HidesMethod("this[]", keyIdentity)), type.CSharp, parameters, getter is not null, setter is not null));
                        ownContract.AddMethod("this[]", keyIdentity);
                    }

                    indexers.Add(new IndexerImplementation(docs, indexerName is not null, attribute, "public " + New(baseStub.HidesMethod("this[]", keyIdentity)), type.CSharp, parameters, getter is not null, getterExpression, setter is not null, setterStatements));
                    ownStub.AddMethod("this[]", keyIdentity);
                }

                foreach (var spec in indexerSpecs)
                {
                    if (spec.Special != "deleter" || spec.Operation.OperationName.Length > 0)
                    {
                        continue; // a named deleter is its method
                    }

                    var name = scope.Take("Remove");
                    var core = SpecialCore(spec, "Deleter");
                    var keyType = spec.Key.Type;
                    var identity = Conversions.PublicIdentity(keyType);
                    var docs = new DocComments().Summary(spec.Operation.Documentation, "The IDL deleter of " + DocComments.Code(Idl) + ".").Parameters(spec.Arguments).Build();
                    var ret = spec.ReturnType.CSharp;
                    var statement = (spec.ReturnType.Kind == MappedKind.Void ? "" : "return ") + core + "(" + Conversions.ToCore(keyType, spec.Key.Name, new CheckContext(Idl, "deleter", spec.Key.IdlName)) + ");";
                    if (!stubOnly.Contains(spec.Operation))
                    {
                        contractMethods.Add(new MethodSignature(docs, New(baseContract.HidesMethod(name, identity)), ret, name, Conversions.PublicType(keyType) + " " + spec.Key.Name));
                        ownContract.AddMethod(name, identity);
                    }

                    methods.Add(new MethodImplementation(docs, "public " + New(baseStub.HidesMethod(name, identity)), ret, name, Conversions.PublicType(keyType) + " " + spec.Key.Name, new[] { statement }));
                    ownStub.AddMethod(name, identity);
                }
            }

            private static string Operation(IndexerSpec spec, string fallback) => spec.Operation.OperationName.Length > 0 ? spec.Operation.OperationName : fallback;

            /// <summary>The core method a special calls: the named operation's, or a new <c>GetterCore</c>/<c>SetterCore</c>/<c>DeleterCore</c>.</summary>
            private string SpecialCore(IndexerSpec spec, string kind)
            {
                if (spec.Operation.OperationName.Length > 0 && spec.Operation.Special != "static" && coreNamesByGroup.TryGetValue(spec.Operation.OperationName, out var named))
                {
                    return named;
                }

                var signature = Signatures.CoreIdentity(spec.Arguments);
                var key = kind + ":" + signature;
                if (coreNamesByGroup.TryGetValue(key, out var existing))
                {
                    return existing;
                }

                var core = coreNamesByGroup.TryGetValue(kind, out var shared) ? shared : CoreName(kind, isMethod: true, new[] { signature });
                coreNamesByGroup[kind] = core;
                coreNamesByGroup[key] = core;
                var docs = new DocComments()
                    .Summary(spec.Operation.Documentation, "Implements the IDL " + spec.Special + " of " + DocComments.Code(Idl) + ".")
                    .Remarks("Called with arguments the stub has already checked and converted.")
                    .Parameters(spec.Arguments)
                    .Build();
                coreMethods.Add(new MethodSignature(docs, "protected abstract ", spec.ReturnType.CSharp, core, Signatures.CoreParameters(spec.Arguments)));
                ownStub.AddMethod(core, signature);
                return core;
            }
        }
    }
}
