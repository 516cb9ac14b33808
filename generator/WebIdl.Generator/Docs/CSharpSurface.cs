using System;
using System.Collections.Generic;
using WebIdl.Generator.Binding;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Docs
{
    /// <summary>A C# type generated for a definition.</summary>
    /// <param name="Role">What it is for: <c>contract</c>, <c>validation stub</c>, <c>record</c>, …</param>
    /// <param name="Declaration">Its declaration line, such as <c>public partial interface IWebSocket</c>.</param>
    internal sealed record CSharpType(string Role, string Declaration);

    /// <summary>A C# member generated for an IDL member.</summary>
    /// <param name="Owner">The C# type that declares it.</param>
    /// <param name="Signature">Its declaration without body or documentation.</param>
    internal sealed record CSharpMember(string Owner, string Signature);

    /// <summary>
    /// The C# side of the pages, read from the binding records <see cref="GeneratorPipeline.Bind"/> produced for the
    /// same set: the types each definition becomes, and the members each IDL member becomes. This is the only file
    /// of the docs writer that knows the binding records.
    /// </summary>
    /// <remarks>
    /// The member records carry C# names, not IDL ones, so an IDL member is matched by the names the binder derives
    /// from it (<see cref="CSharpNames"/>): <c>bufferedAmount</c> is <c>BufferedAmount</c> and
    /// <c>BufferedAmountCore</c>, <c>onmessage</c> also the event <c>Message</c>, a constructor <c>Create</c>/<c>Construct</c>,
    /// unnamed getters and setters the indexers. A member found under none of them is reported as not mapped yet.
    /// </remarks>
    internal sealed class CSharpSurface
    {
        private readonly Dictionary<string, List<GeneratedDefinition>> byIdlName = new(StringComparer.Ordinal);
        private readonly string namespacePrefix;
        private readonly Dictionary<string, Dictionary<string, HashSet<string>>> claimsByDefinition = new(StringComparer.Ordinal);

        public CSharpSurface(SemanticModel model, BindingResult binding, GeneratorOptions options)
        {
            Namespace = CSharpNames.Namespace(options.Namespace);
            namespacePrefix = "global::" + Namespace + ".";
            foreach (var definition in binding.Definitions)
            {
                if (definition is UnionBinding)
                {
                    continue;
                }

                if (!byIdlName.TryGetValue(definition.IdlName, out var list))
                {
                    list = new List<GeneratedDefinition>();
                    byIdlName.Add(definition.IdlName, list);
                }

                list.Add(definition);
            }
        }

        /// <summary>The C# namespace of the generated code.</summary>
        public string Namespace { get; }

        /// <summary>The C# types generated for <paramref name="definition"/>; empty when none is (yet).</summary>
        public IReadOnlyList<CSharpType> TypesOf(DefinitionSymbol definition)
        {
            var types = new List<CSharpType>();
            foreach (var generated in Generated(definition.Name))
            {
                switch (generated)
                {
                    case InterfaceBinding face:
                        types.Add(Declared("contract", face.Contract));
                        types.Add(Declared("validation stub", face.Stub));
                        if (face.HasStatics)
                        {
                            types.Add(Declared("statics (constructors and static members)", face.Statics));
                        }

                        break;
                    case DictionaryBinding dictionary:
                        types.Add(Declared("record", dictionary.Record));
                        break;
                    case EnumBinding enumeration:
                        types.Add(new CSharpType("enum", "public enum " + enumeration.Name));
                        break;
                    case EnumHelperBinding helper:
                        types.Add(Declared("conversions to and from the IDL strings", helper.Class));
                        break;
                    case CallbackBinding callback:
                        types.Add(new CSharpType("delegate", Clean("public delegate " + callback.ReturnType + " " + callback.Name + "(" + callback.Parameters + ");")));
                        break;
                    case CallbackInterfaceBinding callbackInterface:
                        types.Add(Declared("interface", callbackInterface.Interface));
                        break;
                    case NamespaceBinding ns:
                        types.Add(Declared("static class", ns.Class));
                        types.Add(Declared("implementation interface", ns.Implementation));
                        break;
                    case ExceptionBinding exception:
                        types.Add(Declared("exception", exception.Class));
                        break;
                }
            }

            return types;
        }

        /// <summary>
        /// The fully qualified C# type the runtime provides for <paramref name="idlName"/> (<c>WebIdl.Runtime.EventTarget</c>),
        /// or null. <paramref name="ownedOnly"/> limits it to the names the runtime keeps even when the set defines them.
        /// </summary>
        public string? RuntimeType(string idlName, bool ownedOnly)
        {
            var runtime = RuntimeTypes.Find(idlName);
            return runtime is null || (ownedOnly && !runtime.Owned) ? null : Clean(runtime.CSharp);
        }

        /// <summary>The C# members generated for a group of IDL members (overloads of one operation, or one member).</summary>
        public IReadOnlyList<CSharpMember> MembersOf(DefinitionSymbol definition, IReadOnlyList<MemberSymbol> group)
        {
            var found = new List<CSharpMember>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var member = group[0].Syntax;
            var generated = Generated(definition.Name);
            if (generated.Count == 0)
            {
                return found;
            }

            // The exact names of the other members: a numeric suffix (`Cancel2`, given when the event of `oncancel`
            // took `Cancel`) only matches a name no other member of the definition claims outright.
            var claims = ClaimsOf(definition);
            var key = MemberKey(member);
            Func<string, bool> claimedByOther = name => claims.TryGetValue(name, out var owners) && (owners.Count > 1 || !owners.Contains(key));

            foreach (var type in generated)
            {
                foreach (var declaration in Declarations(type))
                {
                    Collect(declaration, member, claimedByOther, found, seen);
                }
            }

            return found;
        }

        /// <summary>The C# enum member of an IDL enum value, or null.</summary>
        public string? EnumMember(DefinitionSymbol definition, string value)
        {
            var literal = CSharpNames.StringLiteral(value);
            foreach (var generated in Generated(definition.Name))
            {
                if (generated is EnumBinding enumeration)
                {
                    foreach (var member in enumeration.Members)
                    {
                        if (member.Literal == literal)
                        {
                            return enumeration.Name + "." + member.Name;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>True when the binder produced anything for <paramref name="name"/>.</summary>
        public bool IsGenerated(string name) => byIdlName.ContainsKey(name);

        private IReadOnlyList<GeneratedDefinition> Generated(string name) =>
            byIdlName.TryGetValue(name, out var list) ? list : (IReadOnlyList<GeneratedDefinition>)Array.Empty<GeneratedDefinition>();

        private static IEnumerable<TypeDeclaration> Declarations(GeneratedDefinition generated)
        {
            switch (generated)
            {
                case InterfaceBinding face:
                    yield return face.Contract;
                    yield return face.Stub;
                    if (face.HasStatics)
                    {
                        yield return face.Statics;
                    }

                    break;
                case DictionaryBinding dictionary:
                    yield return dictionary.Record;
                    break;
                case CallbackInterfaceBinding callbackInterface:
                    yield return callbackInterface.Interface;
                    break;
                case NamespaceBinding ns:
                    yield return ns.Class;
                    yield return ns.Implementation;
                    break;
                case ExceptionBinding exception:
                    yield return exception.Class;
                    break;
            }
        }

        private CSharpType Declared(string role, TypeDeclaration declaration) =>
            new(role, Clean((declaration.Modifiers + declaration.Name + declaration.Bases).Trim()));

        private void Collect(TypeDeclaration declaration, MemberNode member, Func<string, bool> others, List<CSharpMember> found, HashSet<string> seen)
        {
            var owner = CSharpNames.Unescaped(declaration.Name);
            var names = CandidateNames(member);
            bool Matches(string csharpName) => MatchesName(csharpName, names, others);
            // An event handler attribute `onfoo` is the handler property `OnFoo` and the event `Foo` (or `FooEvent`
            // when `Foo` is taken).
            var eventName = member is AttributeMember handler && DocsText.IsEventHandler(handler)
                ? CSharpNames.Unescaped(CSharpNames.Pascal(member.Name.Substring(2)))
                : null;
            if (eventName is not null)
            {
                names.Add("On" + eventName);
            }

            var indexer = member is OperationMember { OperationName.Length: 0 } operation && operation.Special is "getter" or "setter" or "deleter";

            var isProperty = member is AttributeMember or FieldMember or ExceptionFieldMember;
            var isMethod = !isProperty && member is not ConstMember;

            // In the order the type declares them: members with bodies, then signatures (contract members and the
            // stub's abstract …Core members).
            foreach (var constant in declaration.Constants)
            {
                if (member is ConstMember && Matches(constant.Name))
                {
                    Add(constant.Modifiers + constant.Type + " " + constant.Name + " = " + constant.Value + ";");
                }
            }

            foreach (var property in declaration.DataProperties)
            {
                if (isProperty && Matches(property.Name))
                {
                    Add(property.Modifiers + property.Type + " " + property.Name + " { " + property.Accessors + " }" + property.Initializer);
                }
            }

            foreach (var property in declaration.Properties)
            {
                if (isProperty && Matches(property.Name))
                {
                    Add(property.Modifiers + property.Type + " " + property.Name + Accessors(true, property.HasSetter));
                }
            }

            foreach (var e in declaration.Events)
            {
                if (eventName is not null && IsEventName(e.Name, eventName))
                {
                    Add(e.Modifiers + "event " + e.Type + " " + e.Name);
                }
            }

            foreach (var implementation in declaration.Indexers)
            {
                if (indexer)
                {
                    Add(implementation.Modifiers + implementation.Type + " this[" + implementation.Parameters + "]" + Accessors(implementation.HasGetter, implementation.HasSetter));
                }
            }

            foreach (var method in declaration.Methods)
            {
                if (isMethod && Matches(method.Name))
                {
                    Add(method.Modifiers + method.ReturnType + " " + method.Name + "(" + method.Parameters + ")");
                }
            }

            foreach (var property in declaration.PropertySignatures)
            {
                if (isProperty && Matches(property.Name))
                {
                    Add(property.Modifiers + property.Type + " " + property.Name + Accessors(true, property.HasSetter));
                }
            }

            foreach (var e in declaration.EventSignatures)
            {
                if (eventName is not null && IsEventName(e.Name, eventName))
                {
                    Add(e.Modifiers + "event " + e.Type + " " + e.Name + ";");
                }
            }

            foreach (var signature in declaration.IndexerSignatures)
            {
                if (indexer)
                {
                    Add(signature.Modifiers + signature.Type + " this[" + signature.Parameters + "]" + Accessors(signature.HasGetter, signature.HasSetter));
                }
            }

            foreach (var method in declaration.MethodSignatures)
            {
                if (isMethod && Matches(method.Name))
                {
                    Add(method.Modifiers + method.ReturnType + " " + method.Name + "(" + method.Parameters + ");");
                }
            }

            void Add(string signature)
            {
                signature = Clean(signature.Trim());
                if (seen.Add(owner + "\n" + signature))
                {
                    found.Add(new CSharpMember(owner, signature));
                }
            }
        }

        private static string Accessors(bool getter, bool setter) =>
            getter && setter ? " { get; set; }" : setter ? " { set; }" : " { get; }";

        /// <summary>For each C# name, the members (<see cref="MemberKey"/>) whose exact candidate names include it; cached per definition.</summary>
        private Dictionary<string, HashSet<string>> ClaimsOf(DefinitionSymbol definition)
        {
            if (claimsByDefinition.TryGetValue(definition.Name, out var known))
            {
                return known;
            }

            var claims = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (definition is ContainerSymbol container)
            {
                foreach (var member in container.Members)
                {
                    var key = MemberKey(member.Syntax);
                    foreach (var name in CandidateNames(member.Syntax))
                    {
                        if (!claims.TryGetValue(name, out var owners))
                        {
                            owners = new HashSet<string>(StringComparer.Ordinal);
                            claims.Add(name, owners);
                        }

                        owners.Add(key);
                    }
                }
            }

            claimsByDefinition.Add(definition.Name, claims);
            return claims;
        }

        /// <summary>Overloads share a key: kind and name.</summary>
        private static string MemberKey(MemberNode member) => member.Kind + "\n" + member.Name;

        /// <summary>The C# names the binder gives the IDL member (without <c>@</c>).</summary>
        private static HashSet<string> CandidateNames(MemberNode member)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            switch (member)
            {
                case ConstructorMember:
                    names.Add("Create");
                    names.Add("Construct");
                    return names;
                case OperationMember operation when operation.OperationName.Length == 0:
                    if (operation.Special == "stringifier" || System.Linq.Enumerable.Contains(operation.LegacySpecials, "stringifier"))
                    {
                        names.Add("ToString");
                        names.Add("ToStringCore");
                    }

                    return names;
                case IterableMember iterable:
                    var stem = iterable.IterableKind == "async_iterable" || iterable.Async ? "GetAsyncEnumerator" : "GetEnumerator";
                    names.Add(stem);
                    names.Add(stem + "Core");
                    return names;
            }

            if (member.Name.Length == 0)
            {
                return names;
            }

            var pascal = CSharpNames.Unescaped(CSharpNames.Pascal(member.Name));
            names.Add(pascal);
            names.Add(pascal + "Core");
            names.Add(CSharpNames.Unescaped(CSharpNames.Verbatim(member.Name)));
            if (member is AttributeMember { Special: "stringifier" })
            {
                names.Add("ToString");
                names.Add("ToStringCore");
            }

            return names;
        }

        private static bool IsEventName(string csharpName, string eventName)
        {
            var bare = CSharpNames.Unescaped(csharpName);
            return bare == eventName || bare == eventName + "Event";
        }

        /// <summary>
        /// True when <paramref name="csharpName"/> is one of <paramref name="names"/>, or one of them with the numeric
        /// suffix a name clash gives (<c>Cancel2</c>, <c>Cancel2Core</c>) and not a name another member claims.
        /// </summary>
        private static bool MatchesName(string csharpName, HashSet<string> names, Func<string, bool> others)
        {
            var bare = CSharpNames.Unescaped(csharpName);
            if (names.Contains(bare))
            {
                return true;
            }

            if (others(bare))
            {
                return false;
            }

            var core = bare.EndsWith("Core", StringComparison.Ordinal);
            var stem = core ? bare.Substring(0, bare.Length - 4) : bare;
            var digits = stem.Length;
            while (digits > 0 && char.IsDigit(stem[digits - 1]))
            {
                digits--;
            }

            if (digits == stem.Length || digits == 0)
            {
                return false;
            }

            var unsuffixed = stem.Substring(0, digits) + (core ? "Core" : "");
            return names.Contains(unsuffixed) && !others(stem);
        }

        /// <summary>Drops <c>global::</c> and the generated namespace from type names: the page says which namespace once.</summary>
        private string Clean(string text) => text.Replace(namespacePrefix, "").Replace("global::", "");
    }
}
