using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;

namespace WebIdl.Generator.Binding
{
    /// <summary>The C# names given to one IDL definition.</summary>
    internal sealed class DefinitionNames
    {
        public DefinitionNames(string idlName, string primary, string hint)
        {
            IdlName = idlName;
            Primary = primary;
            Hint = hint;
        }

        public string IdlName { get; }

        /// <summary>The type other code refers to: <c>IFoo</c> for interfaces and callback interfaces, else the PascalCase name.</summary>
        public string Primary { get; }

        /// <summary>The file name part of the hint name (<c>WebSocket</c> for <c>Ns.WebSocket.g.cs</c>).</summary>
        public string Hint { get; }

        /// <summary>Interfaces: the validation stub (<c>FooBase</c>).</summary>
        public string Stub { get; set; } = "";

        /// <summary>Interfaces: the statics interface (<c>IFooStatics</c>); namespaces: the implementation interface (<c>IFooNamespace</c>).</summary>
        public string Secondary { get; set; } = "";

        /// <summary>Enums: the helper class (<c>FooIdl</c>).</summary>
        public string Helper { get; set; } = "";

        /// <summary>Enums: the helper's file name part.</summary>
        public string HelperHint { get; set; } = "";
    }

    /// <summary>
    /// Gives every definition of the set its C# type names, once, in ordinal order of the IDL names: first the names
    /// other code refers to, then the derived ones (stubs, statics, helpers), then union structs as they are met.
    /// A clash (two names equal after casing, <c>FooBase</c> defined in IDL next to interface <c>Foo</c>) gets a
    /// numeric suffix, so generated types never collide.
    /// </summary>
    internal sealed class TypeNames
    {
        private readonly Dictionary<string, DefinitionNames> names = new Dictionary<string, DefinitionNames>(StringComparer.Ordinal);

        private TypeNames(TypeNames shared)
        {
            names = shared.names;
            Namespace = shared.Namespace;
            Prefix = shared.Prefix;
            Types = new NameScope(shared.Types);
            Hints = new NameScope(shared.Hints);
        }

        public TypeNames(SemanticModel model, string ns, bool ownedContracts = false)
        {
            Namespace = ns;
            Prefix = "global::" + ns + ".";
            Types = new NameScope();
            Hints = new NameScope(ignoreCase: true);
            var generated = new List<DefinitionSymbol>();
            foreach (var definition in model.Definitions)
            {
                if (IsGenerated(definition, ownedContracts))
                {
                    generated.Add(definition);
                }
            }

            foreach (var definition in generated)
            {
                var pascal = CSharpNames.Pascal(definition.Name);
                var primary = definition is InterfaceSymbol or CallbackInterfaceSymbol ? "I" + CSharpNames.Unescaped(pascal) : pascal;
                primary = Types.Take(primary);
                var hint = Hints.Take(CSharpNames.Unescaped(pascal));
                names.Add(definition.Name, new DefinitionNames(definition.Name, primary, hint));
            }

            foreach (var definition in generated)
            {
                var entry = names[definition.Name];
                if (IsOwnedContract(definition))
                {
                    continue; // the contract only: no stub, no statics
                }

                var bare = CSharpNames.Unescaped(CSharpNames.Pascal(definition.Name));
                switch (definition)
                {
                    case InterfaceSymbol:
                        entry.Stub = Types.Take(bare + "Base");
                        entry.Secondary = Types.Take("I" + bare + "Statics");
                        break;
                    case NamespaceSymbol:
                        entry.Secondary = Types.Take("I" + bare + "Namespace");
                        break;
                    case EnumSymbol:
                        entry.Helper = Types.Take(bare + "Idl");
                        entry.HelperHint = Hints.Take(bare + "Idl");
                        break;
                }
            }
        }

        /// <summary>
        /// The names of the set for binding one definition: the same definition names, and scopes that see every name
        /// taken so far but keep the names taken from now on (union structs) to themselves.
        /// </summary>
        public TypeNames Fork() => new TypeNames(this);

        /// <summary>Every generated definition's names, in ordinal order of the IDL names.</summary>
        public IEnumerable<DefinitionNames> All
        {
            get
            {
                var list = new List<DefinitionNames>(names.Values);
                list.Sort((a, b) => string.CompareOrdinal(a.IdlName, b.IdlName));
                return list;
            }
        }

        /// <summary>The C# namespace (escaped).</summary>
        public string Namespace { get; }

        /// <summary><c>global::Namespace.</c></summary>
        public string Prefix { get; }

        /// <summary>Every type name taken in the namespace.</summary>
        public NameScope Types { get; }

        /// <summary>Every hint name taken (case-insensitive, as file names are).</summary>
        public NameScope Hints { get; }

        /// <summary>The names of a generated definition, or null (typedefs, mixins, runtime-owned names).</summary>
        public DefinitionNames? Find(string idlName) => names.TryGetValue(idlName, out var entry) ? entry : null;

        /// <summary><c>Ns.Name.g.cs</c>.</summary>
        public string HintName(string hint) => CSharpNames.Unescaped(Namespace).Replace("@", "") + "." + hint + ".g.cs";

        /// <summary>True for the definitions that become C# types: not typedefs, mixins, modules, and not names the runtime owns.</summary>
        public static bool IsGenerated(DefinitionSymbol definition)
        {
            if (definition is TypedefSymbol or InterfaceMixinSymbol or ModuleSymbol)
            {
                return false;
            }

            var runtime = RuntimeTypes.Find(definition.Name);
            return runtime is null || !runtime.Owned;
        }

        /// <summary>As <see cref="IsGenerated(DefinitionSymbol)"/>, and with <paramref name="ownedContracts"/> also the interfaces the runtime owns (<see cref="IsOwnedContract"/>).</summary>
        public static bool IsGenerated(DefinitionSymbol definition, bool ownedContracts) =>
            IsGenerated(definition) || ownedContracts && IsOwnedContract(definition);

        /// <summary>
        /// True for an interface whose name the runtime owns as a class (<c>Event</c>, <c>EventTarget</c>, …): with
        /// <see cref="GeneratorOptions.OwnedContracts"/> only its contract is generated, which the runtime's class implements.
        /// </summary>
        public static bool IsOwnedContract(DefinitionSymbol definition) =>
            definition is InterfaceSymbol && RuntimeTypes.Find(definition.Name) is { Owned: true, Kind: RuntimeTypeKind.Class };
    }
}
