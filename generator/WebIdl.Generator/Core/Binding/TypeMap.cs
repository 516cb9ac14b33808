using System;
using System.Collections.Generic;
using System.Text;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// IDL types to C# types, fully qualified with <c>global::</c>, following docs/generator-mapping.md. Typedefs are
    /// resolved here rather than with <see cref="SemanticModel.ResolveType"/> so that a typedef of a union keeps its
    /// name as the union struct's name.
    /// </summary>
    internal sealed class TypeMap
    {
        private const string Generic = "global::System.Collections.Generic.";

        private static readonly Dictionary<string, (string CSharp, MappedKind Kind, bool Value, string Display)> Primitives =
            new Dictionary<string, (string, MappedKind, bool, string)>(StringComparer.Ordinal)
            {
                ["boolean"] = ("bool", MappedKind.Boolean, true, "Boolean"),
                ["byte"] = ("sbyte", MappedKind.Integer, true, "Byte"),
                ["octet"] = ("byte", MappedKind.Integer, true, "Octet"),
                ["short"] = ("short", MappedKind.Integer, true, "Short"),
                ["unsigned short"] = ("ushort", MappedKind.Integer, true, "UnsignedShort"),
                ["long"] = ("int", MappedKind.Integer, true, "Long"),
                ["unsigned long"] = ("uint", MappedKind.Integer, true, "UnsignedLong"),
                ["long long"] = ("long", MappedKind.Integer, true, "LongLong"),
                ["unsigned long long"] = ("ulong", MappedKind.Integer, true, "UnsignedLongLong"),
                ["float"] = ("float", MappedKind.Float, true, "Float"),
                ["unrestricted float"] = ("float", MappedKind.Float, true, "UnrestrictedFloat"),
                ["double"] = ("double", MappedKind.Float, true, "Double"),
                ["unrestricted double"] = ("double", MappedKind.Float, true, "UnrestrictedDouble"),
                ["bigint"] = ("global::System.Numerics.BigInteger", MappedKind.BigInt, true, "BigInt"),
                ["DOMString"] = ("string", MappedKind.String, false, "DOMString"),
                ["USVString"] = ("string", MappedKind.String, false, "USVString"),
                ["ByteString"] = ("string", MappedKind.String, false, "ByteString"),
                ["object"] = ("object", MappedKind.Object, false, "Object"),
                ["symbol"] = ("object", MappedKind.Object, false, "Symbol"),
            };

        private static readonly Dictionary<string, string> TypedArrays = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Int8Array"] = "sbyte",
            ["Uint8Array"] = "byte",
            ["Uint8ClampedArray"] = "byte",
            ["Int16Array"] = "short",
            ["Uint16Array"] = "ushort",
            ["Int32Array"] = "int",
            ["Uint32Array"] = "uint",
            ["BigInt64Array"] = "long",
            ["BigUint64Array"] = "ulong",
            ["Float16Array"] = "global::System.Half",
            ["Float32Array"] = "float",
            ["Float64Array"] = "double",
        };

        /// <summary>Buffer names that are <c>ReadOnlyMemory&lt;byte&gt;</c> even where the set defines them as typedefs of unions.</summary>
        private static readonly HashSet<string> ByteBuffers = new HashSet<string>(StringComparer.Ordinal)
        {
            "ArrayBuffer", "SharedArrayBuffer", "DataView", "ArrayBufferView", "BufferSource", "AllowSharedBufferSource",
        };

        /// <summary>The buffer names that are not built in but that the generator maps without a definition.</summary>
        public static IEnumerable<string> BufferNames => new[] { "ArrayBufferView", "BufferSource", "AllowSharedBufferSource" };

        /// <summary>Legacy names the web platform uses for interfaces it defines under another name.</summary>
        internal static readonly Dictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["WindowProxy"] = "Window",
            ["SVGMatrix"] = "DOMMatrix",
            ["SVGPoint"] = "DOMPoint",
            ["SVGRect"] = "DOMRect",
        };

        private readonly SemanticModel model;
        private readonly TypeNames names;
        private readonly UnionRegistry unions;
        private readonly HashSet<string> externals;
        private readonly HashSet<string> resolving = new HashSet<string>(StringComparer.Ordinal);

        public TypeMap(SemanticModel model, TypeNames names, UnionRegistry unions, IEnumerable<string> externals)
        {
            this.model = model;
            this.names = names;
            this.unions = unions;
            this.externals = new HashSet<string>(externals, StringComparer.Ordinal);
        }

        /// <summary>The names legacy forward declarations (<c>interface Node;</c>) declare; set by the binder.</summary>
        public HashSet<string> ForwardDeclared { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Reports WIDL0200 (span, construct, reason); set by the binder.</summary>
        public Action<SourceSpan, string, string>? NotMapped { get; set; }

        /// <summary>Maps <paramref name="type"/>; <paramref name="extra"/> are extended attributes written on the argument rather than the type.</summary>
        public MappedType Map(IdlType type, EquatableArray<ExtendedAttribute> extra = default) => Map(type, extra, 0);

        /// <summary>A type as <c>void</c> (for <c>undefined</c> returns).</summary>
        public static MappedType Void { get; } = new MappedType(MappedKind.Void, "void", false, false) { IdlText = "undefined", DisplayName = "Undefined", IdentityCore = "void" };

        private static MappedType Any { get; } = new MappedType(MappedKind.Any, "object", false, true) { IdlText = "any", DisplayName = "Any", IdentityCore = "object", AllowsUserConversion = false };

        private MappedType Map(IdlType type, EquatableArray<ExtendedAttribute> extra, int depth)
        {
            if (depth > 64)
            {
                return Any;
            }

            if (type.Union)
            {
                return MapUnion(type, null, depth);
            }

            if (type.Generic.Length > 0)
            {
                return MapGeneric(type, depth);
            }

            var name = type.Name ?? "any";
            var enforce = HasAttribute(type.ExtAttrs, extra, "EnforceRange");
            var clamp = HasAttribute(type.ExtAttrs, extra, "Clamp");
            if (Primitives.TryGetValue(name, out var primitive))
            {
                var valueType = primitive.Value;
                return new MappedType(primitive.Kind, primitive.CSharp, valueType, type.Nullable)
                {
                    Primitive = name,
                    EnforceRange = enforce && primitive.Kind == MappedKind.Integer,
                    Clamp = clamp && !enforce && primitive.Kind == MappedKind.Integer,
                    NullToEmpty = primitive.Kind == MappedKind.String && HasAttribute(type.ExtAttrs, extra, "LegacyNullToEmptyString"),
                    IdlText = Text(type),
                    DisplayName = primitive.Display,
                    IdentityCore = primitive.CSharp,
                    AllowsUserConversion = primitive.Kind != MappedKind.Object,
                };
            }

            switch (name)
            {
                case "any":
                    return Any;
                case "undefined":
                case "void":
                    return Void;
            }

            if (ByteBuffers.Contains(name))
            {
                return Simple(MappedKind.Buffer, "global::System.ReadOnlyMemory<byte>", true, type, name);
            }

            if (TypedArrays.TryGetValue(name, out var element))
            {
                return Simple(MappedKind.Buffer, "global::System.Memory<" + element + ">", true, type, name);
            }

            var runtime = RuntimeTypes.Find(name);
            if (runtime is not null && runtime.Owned)
            {
                return FromRuntime(runtime, type);
            }

            if (model.TryGetDefinition(name, out var definition) && TypeNames.IsGenerated(definition) || definition is TypedefSymbol)
            {
                return MapDefinition(definition!, type, extra, depth);
            }

            if (runtime is not null)
            {
                return FromRuntime(runtime, type);
            }

            if (Aliases.TryGetValue(name, out var alias) && names.Find(alias) is { } aliased && model.TryGetDefinition(alias, out var aliasDefinition) && aliasDefinition is InterfaceSymbol)
            {
                return Simple(MappedKind.Interface, names.Prefix + aliased.Primary, false, type, CSharpNames.Unescaped(CSharpNames.Pascal(name))) is var mapped
                    ? WithConversion(mapped, false)
                    : mapped;
            }

            if (externals.Contains(name) && !Aliases.ContainsKey(name))
            {
                return Simple(MappedKind.External, names.Prefix + CSharpNames.Pascal(name), false, type, CSharpNames.Unescaped(CSharpNames.Pascal(name)));
            }

            // Unknown (reported by the model as WIDL0100), forward-declared only, or an alias without its target.
            if (Aliases.TryGetValue(name, out var missing))
            {
                NotMapped?.Invoke(type.Span, "Type '" + name + "'", "the interface " + missing + " it stands for is not in the set; it is mapped to object");
            }
            else if (ForwardDeclared.Contains(name))
            {
                NotMapped?.Invoke(type.Span, "Type '" + name + "'", "it is only forward-declared (legacy 'interface " + name + ";'); it is mapped to object");
            }

            return WithConversion(Simple(MappedKind.Object, "object", false, type, CSharpNames.Unescaped(CSharpNames.Pascal(name))), false);
        }

        private MappedType MapDefinition(DefinitionSymbol definition, IdlType type, EquatableArray<ExtendedAttribute> extra, int depth)
        {
            var display = CSharpNames.Unescaped(CSharpNames.Pascal(definition.Name));
            if (definition is TypedefSymbol typedef)
            {
                if (!resolving.Add(typedef.Name))
                {
                    return Any; // a typedef cycle, reported by the model (WIDL0112)
                }

                try
                {
                    var target = typedef.Type;
                    var merged = target with
                    {
                        Nullable = type.Nullable || target.Nullable,
                        ExtAttrs = Concat(type.ExtAttrs, target.ExtAttrs),
                    };
                    var mapped = merged.Union ? MapUnion(merged, typedef.Name, depth + 1) : Map(merged, extra, depth + 1);
                    return mapped;
                }
                finally
                {
                    resolving.Remove(typedef.Name);
                }
            }

            var entry = names.Find(definition.Name)!;
            var full = names.Prefix + entry.Primary;
            switch (definition)
            {
                case InterfaceSymbol:
                    return WithConversion(Simple(MappedKind.Interface, full, false, type, display), false);
                case CallbackInterfaceSymbol:
                    return WithConversion(Simple(MappedKind.CallbackInterface, full, false, type, display), false);
                case DictionarySymbol:
                    return new MappedType(MappedKind.Dictionary, full, false, type.Nullable)
                    {
                        DictionaryName = definition.Name,
                        EnsureRequired = HasRequiredChecks(definition.Name) ? full + ".EnsureRequired" : null,
                        HasRequiredMembers = HasRequiredMembers(definition.Name),
                        IdlText = Text(type),
                        DisplayName = display,
                        IdentityCore = full,
                    };
                case EnumSymbol enumSymbol:
                    return new MappedType(MappedKind.Enum, full, true, type.Nullable)
                    {
                        EnumHelper = names.Prefix + entry.Helper,
                        EnumValues = EnumValues(enumSymbol).Values,
                        EnumMembers = EnumValues(enumSymbol).Members,
                        IdlText = Text(type),
                        DisplayName = display,
                        IdentityCore = full,
                    };
                case CallbackSymbol:
                    return Simple(MappedKind.Callback, full, false, type, display);
                case ExceptionSymbol:
                    return Simple(MappedKind.Exception, full, false, type, display);
                default:
                    return WithConversion(Simple(MappedKind.Object, "object", false, type, display), false);
            }
        }

        private readonly Dictionary<string, (IReadOnlyList<string> Values, IReadOnlyList<string> Members)> enums =
            new Dictionary<string, (IReadOnlyList<string>, IReadOnlyList<string>)>(StringComparer.Ordinal);

        private readonly Dictionary<string, bool> requiredMembers = new Dictionary<string, bool>(StringComparer.Ordinal);

        private (IReadOnlyList<string> Values, IReadOnlyList<string> Members) EnumValues(EnumSymbol symbol)
        {
            if (!enums.TryGetValue(symbol.Name, out var entry))
            {
                entry = (EnumNames.Values(symbol), EnumNames.Members(symbol));
                enums.Add(symbol.Name, entry);
            }

            return entry;
        }

        /// <summary>True when the dictionary or one it inherits from has a required member.</summary>
        public bool HasRequiredMembers(string dictionary)
        {
            if (!requiredMembers.TryGetValue(dictionary, out var known))
            {
                known = FindRequiredMembers(dictionary);
                requiredMembers.Add(dictionary, known);
            }

            return known;
        }

        private bool FindRequiredMembers(string dictionary)
        {
            var chain = new List<string> { dictionary };
            foreach (var symbol in model.GetInheritanceChain(dictionary))
            {
                chain.Add(symbol.Name);
            }

            foreach (var name in chain)
            {
                foreach (var member in model.GetEffectiveMembers(name))
                {
                    if (member.Syntax is FieldMember { Required: true })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private readonly Dictionary<string, bool> requiredChecks = new Dictionary<string, bool>(StringComparer.Ordinal);

        /// <summary>
        /// True when the dictionary (or a dictionary it inherits from) has a required member whose C# type can hold a
        /// missing value: a reference type, or a union struct (whose default holds nothing).
        /// </summary>
        public bool HasRequiredChecks(string dictionary)
        {
            if (requiredChecks.TryGetValue(dictionary, out var known))
            {
                return known;
            }

            requiredChecks[dictionary] = false; // a cycle through member types ends here
            var result = false;
            var chain = new List<string> { dictionary };
            foreach (var symbol in model.GetInheritanceChain(dictionary))
            {
                chain.Add(symbol.Name);
            }

            foreach (var name in chain)
            {
                foreach (var member in model.GetEffectiveMembers(name))
                {
                    if (member.Syntax is FieldMember { Required: true } field)
                    {
                        var mapped = Map(field.Type);
                        if (!mapped.IsValueType || mapped.Kind == MappedKind.Union)
                        {
                            result = true;
                        }
                    }
                }
            }

            requiredChecks[dictionary] = result;
            return result;
        }

        private MappedType MapGeneric(IdlType type, int depth)
        {
            var first = type.Subtypes.Count > 0 ? Map(type.Subtypes[0], default, depth + 1) : Any;
            switch (type.Generic)
            {
                case "sequence":
                case "FrozenArray":
                    return Collection(MappedKind.Sequence, Generic + "IReadOnlyList<" + first.CSharp + ">", first, type, type.Generic == "sequence" ? "Sequence" : "FrozenArray");
                case "ObservableArray":
                    return Collection(MappedKind.ObservableArray, Generic + "IList<" + first.CSharp + ">", first, type, "ObservableArray");
                case "async_sequence":
                    return Collection(MappedKind.AsyncSequence, Generic + "IAsyncEnumerable<" + first.CSharp + ">", first, type, "AsyncSequence");
                case "record":
                    {
                        var value = type.Subtypes.Count > 1 ? Map(type.Subtypes[1], default, depth + 1) : Any;
                        var key = first.Kind == MappedKind.String ? first : first;
                        var cs = Generic + "IReadOnlyDictionary<string, " + value.CSharp + ">";
                        return new MappedType(MappedKind.Record, cs, false, type.Nullable)
                        {
                            Element = value,
                            Key = key,
                            IdlText = Text(type),
                            DisplayName = key.DisplayName + value.DisplayName + "Record",
                            IdentityCore = Generic + "IReadOnlyDictionary<string, " + value.IdentityKey + ">",
                            AllowsUserConversion = false,
                        };
                    }

                case "Promise":
                    {
                        var cs = first.Kind == MappedKind.Void ? "global::System.Threading.Tasks.Task" : "global::System.Threading.Tasks.Task<" + first.CSharp + ">";
                        var identity = first.Kind == MappedKind.Void ? cs : "global::System.Threading.Tasks.Task<" + first.IdentityKey + ">";
                        return new MappedType(MappedKind.Promise, cs, false, type.Nullable)
                        {
                            Element = first,
                            IdlText = Text(type),
                            DisplayName = first.DisplayName + "Promise",
                            IdentityCore = identity,
                        };
                    }

                default:
                    return Any;
            }
        }

        private static MappedType Collection(MappedKind kind, string cs, MappedType element, IdlType type, string suffix)
        {
            var open = cs.Substring(0, cs.IndexOf('<') + 1);
            return new MappedType(kind, cs, false, type.Nullable)
            {
                Element = element,
                IdlText = Text(type),
                DisplayName = element.DisplayName + suffix,
                IdentityCore = open + element.IdentityKey + ">",
                AllowsUserConversion = false,
            };
        }

        private MappedType MapUnion(IdlType type, string? typedefName, int depth)
        {
            var members = new List<MappedType>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var nullable = type.Nullable;
            var display = new List<string>();
            foreach (var subtype in type.Subtypes)
            {
                var mapped = Map(subtype, default, depth + 1);
                display.Add(mapped.DisplayName);
                Flatten(mapped, members, seen, ref nullable);
            }

            if (members.Count == 0)
            {
                return Any;
            }

            if (members.Count == 1)
            {
                return nullable ? members[0].AsNullable() : members[0];
            }

            var baseName = typedefName is not null ? CSharpNames.Unescaped(CSharpNames.Pascal(typedefName)) : string.Join("Or", display);
            var shape = unions.GetOrAdd(baseName, members, Text(type with { Nullable = false, ExtAttrs = default }));
            return new MappedType(MappedKind.Union, shape.FullName, true, nullable)
            {
                Union = shape,
                UnionMembers = members,
                IdlText = Text(type),
                DisplayName = baseName,
                IdentityCore = shape.FullName,
            };
        }

        private static void Flatten(MappedType mapped, List<MappedType> members, HashSet<string> seen, ref bool nullable)
        {
            if (mapped.Kind == MappedKind.Void)
            {
                nullable = true;
                return;
            }

            if (mapped.Nullable && mapped.Kind != MappedKind.Any)
            {
                nullable = true;
            }

            if (mapped.Kind == MappedKind.Union && mapped.Union is not null)
            {
                for (var i = 0; i < mapped.Union.Members.Count; i++)
                {
                    Flatten(mapped.UnionMemberType(i), members, seen, ref nullable);
                }

                return;
            }

            var exact = mapped.AsNonNullable();
            if (seen.Add(exact.IdentityCore))
            {
                members.Add(exact);
            }
        }

        private static MappedType FromRuntime(RuntimeType runtime, IdlType type)
        {
            var kind = runtime.Kind switch
            {
                RuntimeTypeKind.Dictionary => MappedKind.Dictionary,
                RuntimeTypeKind.Alias when runtime.CSharp == "string" => MappedKind.String,
                RuntimeTypeKind.Alias when runtime.CSharp == "double" => MappedKind.Float,
                RuntimeTypeKind.Alias when runtime.CSharp == "ulong" => MappedKind.Integer,
                _ => MappedKind.Runtime,
            };
            var primitive = runtime.CSharp switch
            {
                "string" => "DOMString",
                "double" => "unrestricted double",
                "ulong" => "unsigned long long",
                _ => "",
            };
            return new MappedType(kind, runtime.CSharp, runtime.IsValueType, type.Nullable || runtime.Nullable)
            {
                Primitive = primitive,
                IdlText = Text(type),
                DisplayName = runtime.IdlName,
                IdentityCore = runtime.CSharp,
            };
        }

        private static MappedType Simple(MappedKind kind, string cs, bool valueType, IdlType type, string display) =>
            new MappedType(kind, cs, valueType, type.Nullable)
            {
                IdlText = Text(type),
                DisplayName = display,
                IdentityCore = cs,
            };

        private static MappedType WithConversion(MappedType type, bool allows) => new MappedType(type.Kind, type.NonNullable, type.IsValueType, type.Nullable)
        {
            IdlText = type.IdlText,
            DisplayName = type.DisplayName,
            IdentityCore = type.IdentityCore,
            AllowsUserConversion = allows,
        };

        private static bool HasAttribute(EquatableArray<ExtendedAttribute> first, EquatableArray<ExtendedAttribute> second, string name)
        {
            foreach (var attribute in first)
            {
                if (attribute.Name == name)
                {
                    return true;
                }
            }

            foreach (var attribute in second)
            {
                if (attribute.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static EquatableArray<ExtendedAttribute> Concat(EquatableArray<ExtendedAttribute> first, EquatableArray<ExtendedAttribute> second)
        {
            if (first.IsEmpty)
            {
                return second;
            }

            if (second.IsEmpty)
            {
                return first;
            }

            var all = new List<ExtendedAttribute>(first);
            all.AddRange(second);
            return all.ToArray();
        }

        /// <summary>The type as IDL text, extended attributes included (for documentation).</summary>
        public static string Text(IdlType type)
        {
            try
            {
                return WebIdl.Language.Syntax.IdlWriter.WriteType(type, includeExtAttrs: true);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return type.Name ?? "";
            }
        }
    }

    /// <summary>The C# member names of an enum's values, shared by the enum, its helper and every default that names a value.</summary>
    internal static class EnumNames
    {
        /// <summary>The IDL values without duplicates, in order.</summary>
        public static IReadOnlyList<string> Values(EnumSymbol symbol)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var values = new List<string>();
            foreach (var value in symbol.Values)
            {
                if (seen.Add(value))
                {
                    values.Add(value);
                }
            }

            return values;
        }

        /// <summary>The C# member names, parallel to <see cref="Values"/>: PascalCase words, <c>Empty</c> for <c>""</c>, clashes suffixed.</summary>
        public static IReadOnlyList<string> Members(EnumSymbol symbol)
        {
            var scope = new NameScope();
            scope.Reserve("value__");
            var members = new List<string>();
            foreach (var value in Values(symbol))
            {
                var name = value.Length == 0 ? "Empty" : CSharpNames.PascalWords(value);
                if (name.Length == 0)
                {
                    name = "Value";
                }

                members.Add(scope.Take(name));
            }

            return members;
        }
    }
}
