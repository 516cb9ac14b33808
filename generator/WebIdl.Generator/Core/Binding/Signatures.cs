using System;
using System.Collections.Generic;
using System.Text;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>An IDL argument as the binder sees it.</summary>
    internal sealed class ArgumentModel
    {
        public ArgumentModel(Argument syntax, string name, MappedType type)
        {
            Syntax = syntax;
            Name = name;
            Type = type;
        }

        public Argument Syntax { get; }

        /// <summary>The C# parameter name (escaped, unique in its list).</summary>
        public string Name { get; }

        public string IdlName => Syntax.Name;

        /// <summary>The exact (core) type of one value.</summary>
        public MappedType Type { get; }

        public bool Optional => Syntax.Optional;

        public bool Variadic => Syntax.Variadic;

        /// <summary>
        /// Optional without a default C# can express (none written, or <c>{}</c> for a dictionary with required
        /// members): the core value may be absent, so its type is nullable.
        /// </summary>
        public bool MayBeAbsent => Optional && !Variadic && !HasUsableDefault;

        /// <summary>True when the IDL default has a C# form: a constant, <c>null</c>, or a substitute expression.</summary>
        public bool HasUsableDefault => Syntax.Default is { } value
            && ((value.Kind == "null" && (Type.Nullable || Type.Kind == MappedKind.Any))
                || Signatures.Literal(value, Type, Conversions.PublicType(Type)) is not null
                || Signatures.Substitute(value, Type) is not null);

        /// <summary>The type of the core parameter.</summary>
        public MappedType CoreType => MayBeAbsent ? Type.AsNullable() : Type;

        /// <summary>The core parameter's C# type.</summary>
        public string CoreTypeText => Variadic ? Type.CSharp + "[]" : CoreType.CSharp;

        public string CoreIdentity => Variadic ? Type.IdentityKey + "[]" : CoreType.IdentityKey;
    }

    /// <summary>One public parameter: its declaration and the expression that turns it into the core value.</summary>
    internal sealed class PublicParameter
    {
        public PublicParameter(string declaration, string? defaultValue, bool isParams, string identity, string core)
        {
            Declaration = declaration;
            Default = defaultValue;
            IsParams = isParams;
            Identity = identity;
            Core = core;
        }

        /// <summary><c>long? code</c> (without the default).</summary>
        public string Declaration { get; }

        /// <summary>The C# default (<c>null</c>, <c>1000</c>), or null for none.</summary>
        public string? Default { get; }

        public bool IsParams { get; }

        public string Identity { get; }

        public string Core { get; }
    }

    /// <summary>One C# overload of an IDL operation: the public parameters and the core arguments they produce.</summary>
    internal sealed class PublicSignature
    {
        public PublicSignature(IReadOnlyList<PublicParameter> parameters, IReadOnlyList<string> coreArguments, IReadOnlyList<string> names)
        {
            Parameters = parameters;
            CoreArguments = coreArguments;
            Names = names;
        }

        public IReadOnlyList<PublicParameter> Parameters { get; }

        /// <summary>One expression per IDL argument.</summary>
        public IReadOnlyList<string> CoreArguments { get; }

        /// <summary>The parameter names, parallel to <see cref="Parameters"/>.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The parameter list with defaults where C# allows them (only when every later parameter has one).</summary>
        public string ParameterList()
        {
            var keepDefaults = new bool[Parameters.Count];
            var allow = true;
            for (var i = Parameters.Count - 1; i >= 0; i--)
            {
                var parameter = Parameters[i];
                if (parameter.IsParams)
                {
                    continue;
                }

                if (allow && parameter.Default is not null)
                {
                    keepDefaults[i] = true;
                }
                else
                {
                    allow = false;
                }
            }

            var builder = new StringBuilder();
            for (var i = 0; i < Parameters.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(Parameters[i].Declaration);
                if (keepDefaults[i])
                {
                    builder.Append(" = ").Append(Parameters[i].Default);
                }
            }

            return builder.ToString();
        }

        public string Identity()
        {
            var builder = new StringBuilder();
            foreach (var parameter in Parameters)
            {
                builder.Append(parameter.Identity).Append(',');
            }

            return builder.ToString();
        }

        public string CoreArgumentList() => string.Join(", ", CoreArguments);
    }

    /// <summary>
    /// Argument lists to C# parameter lists. The core list has one parameter per IDL argument with its exact type.
    /// The public lists widen <c>[EnforceRange]</c>/<c>[Clamp]</c> integers, give optional arguments their C#
    /// defaults, and expand every union-typed argument into one overload per member type (when that makes at most
    /// <see cref="MaxExpansion"/> overloads); an optional expanded argument also gets the overload that leaves it out.
    /// </summary>
    internal static class Signatures
    {
        public const int MaxExpansion = 16;

        /// <summary>The argument models of a list, with unique C# names (<paramref name="reserved"/> are taken already).</summary>
        public static List<ArgumentModel> Arguments(EquatableArray<Argument> arguments, TypeMap map, params string[] reserved)
        {
            var scope = new NameScope();
            foreach (var name in reserved)
            {
                scope.Reserve(name);
            }

            var result = new List<ArgumentModel>(arguments.Count);
            foreach (var argument in arguments)
            {
                var name = scope.Take(CSharpNames.Verbatim(argument.Name));
                result.Add(new ArgumentModel(argument, name, map.Map(argument.Type, argument.ExtAttrs)));
            }

            return result;
        }

        /// <summary><c>T a, U b</c> with exact types and no defaults (core members, statics, callbacks).</summary>
        public static string CoreParameters(IReadOnlyList<ArgumentModel> arguments)
        {
            var builder = new StringBuilder();
            foreach (var argument in arguments)
            {
                if (builder.Length > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(argument.CoreTypeText).Append(' ').Append(argument.Name);
            }

            return builder.ToString();
        }

        /// <summary>The identity of the core parameter list.</summary>
        public static string CoreIdentity(IReadOnlyList<ArgumentModel> arguments)
        {
            var builder = new StringBuilder();
            foreach (var argument in arguments)
            {
                builder.Append(argument.CoreIdentity).Append(',');
            }

            return builder.ToString();
        }

        /// <summary>
        /// Parameters for a callback or callback interface method: exact types, optional arguments with their C#
        /// default where there is one (else nullable with <c>= null</c>), variadic as <c>params</c>.
        /// </summary>
        public static string CallbackParameters(IReadOnlyList<ArgumentModel> arguments)
        {
            var parameters = new List<PublicParameter>();
            foreach (var argument in arguments)
            {
                if (argument.Variadic)
                {
                    parameters.Add(new PublicParameter("params " + argument.CoreTypeText + " " + argument.Name, null, true, "", ""));
                }
                else if (argument.Optional)
                {
                    var literal = argument.Syntax.Default is { } value ? Literal(value, argument.Type, argument.Type.CSharp) : null;
                    parameters.Add(literal is not null
                        ? new PublicParameter(argument.Type.CSharp + " " + argument.Name, literal, false, "", "")
                        : new PublicParameter(argument.Type.AsNullable().CSharp + " " + argument.Name, "null", false, "", ""));
                }
                else
                {
                    parameters.Add(new PublicParameter(argument.Type.CSharp + " " + argument.Name, null, false, "", ""));
                }
            }

            return new PublicSignature(parameters, Array.Empty<string>(), Array.Empty<string>()).ParameterList();
        }

        /// <summary>The public overloads of one IDL argument list.</summary>
        public static List<PublicSignature> Expand(IReadOnlyList<ArgumentModel> arguments, Func<ArgumentModel, CheckContext> context)
        {
            var expand = new bool[arguments.Count];
            var product = 1;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (argument.Type.Kind == MappedKind.Union && argument.Type.Union is { } union && !argument.Variadic)
                {
                    expand[i] = true;
                    product = Math.Min(product * union.Members.Count, MaxExpansion + 1);
                }
            }

            if (product > MaxExpansion)
            {
                Array.Clear(expand, 0, expand.Length);
            }

            var results = new List<PublicSignature>();
            Recurse(arguments, expand, context, 0, new List<PublicParameter>(), new List<string>(), new List<string>(), results);
            return results;
        }

        private static void Recurse(
            IReadOnlyList<ArgumentModel> arguments,
            bool[] expand,
            Func<ArgumentModel, CheckContext> context,
            int index,
            List<PublicParameter> parameters,
            List<string> core,
            List<string> names,
            List<PublicSignature> results)
        {
            if (index == arguments.Count)
            {
                results.Add(new PublicSignature(parameters.ToArray(), core.ToArray(), names.ToArray()));
                return;
            }

            var argument = arguments[index];
            if (!expand[index])
            {
                parameters.Add(Parameter(argument, context(argument)));
                core.Add(parameters[parameters.Count - 1].Core);
                names.Add(argument.Name);
                Recurse(arguments, expand, context, index + 1, parameters, core, names, results);
                parameters.RemoveAt(parameters.Count - 1);
                core.RemoveAt(core.Count - 1);
                names.RemoveAt(names.Count - 1);
                return;
            }

            if (argument.Optional)
            {
                var omitted = new List<string>(core);
                for (var i = index; i < arguments.Count; i++)
                {
                    omitted.Add(Omitted(arguments[i], context(arguments[i])));
                }

                results.Add(new PublicSignature(parameters.ToArray(), omitted.ToArray(), names.ToArray()));
            }

            var union = argument.Type.Union!;
            for (var m = 0; m < union.Members.Count; m++)
            {
                var written = argument.Type.UnionMemberType(m);
                var memberType = argument.Type.Nullable ? written.AsNullable() : written;
                var checks = context(argument);
                var publicType = Conversions.PublicType(memberType);
                string converted;
                if (memberType.Nullable && memberType.Kind != MappedKind.Any)
                {
                    var value = memberType.IsValueType ? argument.Name + ".Value" : argument.Name;
                    converted = "(" + argument.Name + " is null ? (" + argument.Type.AsNullable().CSharp + ")null : " + union.FullName + ".From(" + Conversions.ToCore(memberType.AsNonNullable(), value, checks) + "))";
                }
                else
                {
                    converted = union.FullName + ".From(" + Conversions.ToCore(memberType, argument.Name, checks) + ")";
                }

                parameters.Add(new PublicParameter(publicType + " " + argument.Name, null, false, Conversions.PublicIdentity(memberType), converted));
                core.Add(converted);
                names.Add(argument.Name);
                Recurse(arguments, expand, context, index + 1, parameters, core, names, results);
                parameters.RemoveAt(parameters.Count - 1);
                core.RemoveAt(core.Count - 1);
                names.RemoveAt(names.Count - 1);
            }
        }

        /// <summary>The public parameter for an argument that is not expanded.</summary>
        public static PublicParameter Parameter(ArgumentModel argument, CheckContext checks)
        {
            var type = argument.Type;
            if (argument.Variadic)
            {
                var element = Conversions.ToCoreExact(type, "__item0", checks, 1);
                var core = element == "__item0"
                    ? Conversions.NotNullCheck(argument.Name, checks)
                    : "global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(" + Conversions.NotNullCheck(argument.Name, checks) + ", __item0 => " + element + "))";
                return new PublicParameter("params " + type.CSharp + "[] " + argument.Name, null, true, type.IdentityKey + "[]", core);
            }

            if (!argument.Optional)
            {
                return new PublicParameter(Conversions.PublicType(type) + " " + argument.Name, null, false, Conversions.PublicIdentity(type), Conversions.ToCore(type, argument.Name, checks));
            }

            if (argument.Syntax.Default is { } value && argument.HasUsableDefault)
            {
                var publicType = Conversions.PublicType(type);
                if (value.Kind == "null" && (type.Nullable || type.Kind == MappedKind.Any))
                {
                    return new PublicParameter(publicType + " " + argument.Name, "null", false, Conversions.PublicIdentity(type), Conversions.ToCore(type, argument.Name, checks));
                }

                var literal = Literal(value, type, publicType);
                if (literal is not null)
                {
                    return new PublicParameter(publicType + " " + argument.Name, literal, false, Conversions.PublicIdentity(type), Conversions.ToCore(type, argument.Name, checks));
                }

                var substitute = Substitute(value, type);
                if (substitute is not null)
                {
                    var nullable = type.AsNullable();
                    var inner = Conversions.ToCore(type.AsNonNullable(), type.IsValueType ? argument.Name + ".Value" : argument.Name, checks);
                    var core = "(" + argument.Name + " is null ? " + substitute + " : " + inner + ")";
                    return new PublicParameter(Conversions.PublicType(nullable) + " " + argument.Name, "null", false, Conversions.PublicIdentity(nullable), core);
                }
            }

            var absent = type.AsNullable();
            return new PublicParameter(Conversions.PublicType(absent) + " " + argument.Name, "null", false, Conversions.PublicIdentity(absent), Conversions.ToCore(absent, argument.Name, checks));
        }

        /// <summary>The core values of arguments that are all left out (every one optional or variadic).</summary>
        public static string OmittedArguments(IReadOnlyList<ArgumentModel> arguments, Func<ArgumentModel, CheckContext> context)
        {
            var values = new List<string>();
            foreach (var argument in arguments)
            {
                values.Add(Omitted(argument, context(argument)));
            }

            return string.Join(", ", values);
        }

        /// <summary>The core value of an argument an overload leaves out.</summary>
        private static string Omitted(ArgumentModel argument, CheckContext checks)
        {
            if (argument.Variadic)
            {
                return "global::System.Array.Empty<" + argument.Type.CSharp + ">()";
            }

            if (argument.Syntax.Default is { } value && argument.HasUsableDefault)
            {
                if (value.Kind == "null")
                {
                    return "default(" + argument.Type.AsNullable().CSharp + ")";
                }

                var literal = Literal(value, argument.Type, Conversions.PublicType(argument.Type));
                if (literal is not null)
                {
                    return Conversions.ToCore(argument.Type, literal, checks);
                }

                var substitute = Substitute(value, argument.Type);
                if (substitute is not null)
                {
                    return substitute;
                }
            }

            return "default(" + argument.CoreType.AsNullable().CSharp + ")";
        }

        /// <summary>A C# constant for a default, or null (see <see cref="Conversions.Literal"/>); <c>null</c> for nullable types.</summary>
        public static string? Literal(DefaultValue value, MappedType type, string cs)
        {
            if (value.Kind == "null")
            {
                return type.Nullable || type.Kind == MappedKind.Any ? "null" : null;
            }

            return Conversions.Literal(value, type, cs);
        }

        /// <summary>
        /// A core-typed expression for a default that is not a C# constant: <c>[]</c>, <c>{}</c>, and values of union,
        /// <c>any</c> and <c>bigint</c> types. Null when there is none.
        /// </summary>
        public static string? Substitute(DefaultValue value, MappedType type)
        {
            switch (type.Kind)
            {
                case MappedKind.Sequence when value.Kind == "sequence":
                    return "global::System.Array.Empty<" + type.Element!.CSharp + ">()";
                case MappedKind.ObservableArray when value.Kind == "sequence":
                    return "new global::System.Collections.Generic.List<" + type.Element!.CSharp + ">()";
                case MappedKind.Dictionary when value.Kind == "dictionary" && !type.HasRequiredMembers:
                    return "new " + type.NonNullable + "()";
                case MappedKind.Record when value.Kind == "dictionary":
                    return "new global::System.Collections.Generic.Dictionary<string, " + type.Element!.CSharp + ">()";
                case MappedKind.BigInt when value.Kind == "number" && Conversions.TryParseInteger(value.Value ?? "", out var big):
                    return "global::System.Numerics.BigInteger.Parse(" + CSharpNames.StringLiteral(big.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ", global::System.Globalization.CultureInfo.InvariantCulture)";
                case MappedKind.Any:
                    return value.Kind switch
                    {
                        "string" => "(object)" + CSharpNames.StringLiteral(value.Value ?? ""),
                        "boolean" => value.Value == "true" ? "(object)true" : "(object)false",
                        "number" => Conversions.Literal(value, new MappedType(MappedKind.Float, "double", true, false) { Primitive = "unrestricted double" }, "double") is { } number ? "(object)" + number : null,
                        "sequence" => "global::System.Array.Empty<object?>()",
                        _ => null,
                    };
                case MappedKind.Union:
                    foreach (var member in type.Union!.Members)
                    {
                        var literal = value.Kind == "null" ? null : Conversions.Literal(value, member.Type, member.Type.CSharp);
                        if (literal is not null)
                        {
                            return type.Union.FullName + ".From((" + member.Type.CSharp + ")" + literal + ")";
                        }

                        var inner = Substitute(value, member.Type);
                        if (inner is not null)
                        {
                            return type.Union.FullName + ".From(" + inner + ")";
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The IDL signature as text, for messages: <c>close(unsigned short code, USVString reason)</c>.</summary>
        public static string Describe(string name, EquatableArray<Argument> arguments)
        {
            var builder = new StringBuilder(name).Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(TypeMap.Text(arguments[i].Type)).Append(arguments[i].Variadic ? "... " : " ").Append(arguments[i].Name);
            }

            return builder.Append(')').ToString();
        }
    }
}
