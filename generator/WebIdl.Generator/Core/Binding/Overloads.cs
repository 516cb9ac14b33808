using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>One IDL overload (or constructor) with its core parameters and the public C# overloads it gets.</summary>
    internal sealed class BoundOverload
    {
        public BoundOverload(MemberSymbol member, List<ArgumentModel> arguments, MappedType returnType, List<PublicSignature> publics)
        {
            Member = member;
            Arguments = arguments;
            ReturnType = returnType;
            Publics = publics;
        }

        public MemberSymbol Member { get; }

        public List<ArgumentModel> Arguments { get; }

        public MappedType ReturnType { get; }

        /// <summary>The public overloads left after dropping the ones an earlier overload already has.</summary>
        public List<PublicSignature> Publics { get; }

        public string CoreParameters => Signatures.CoreParameters(Arguments);

        public string CoreIdentity => Signatures.CoreIdentity(Arguments);
    }

    /// <summary>
    /// Binds the overloads of one IDL operation (or the constructors of one interface) together: an overload whose
    /// core parameter types equal an earlier one's is dropped, and so is a public C# overload that an earlier IDL
    /// overload already produced; both report WIDL0201 naming the two.
    /// </summary>
    internal static class Overloads
    {
        public static List<BoundOverload> Bind(
            BindingContext context,
            string definitionName,
            string memberName,
            IReadOnlyList<(MemberSymbol Member, EquatableArray<Argument> Arguments, IdlType? ReturnType)> items,
            params string[] reservedParameterNames)
        {
            var result = new List<BoundOverload>();
            var cores = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var publics = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var item in items)
            {
                var description = Signatures.Describe(memberName, item.Arguments);
                var arguments = Signatures.Arguments(item.Arguments, context.Types, reservedParameterNames);
                foreach (var argument in arguments)
                {
                    if (argument.Syntax.Default is { } value && !argument.HasUsableDefault)
                    {
                        var reason = argument.Type.Kind == MappedKind.Dictionary && argument.Type.HasRequiredMembers
                            ? "{} cannot stand for a dictionary with required members"
                            : "it has no C# form for the type";
                        context.NotMapped(value.Span, "The default of argument '" + argument.IdlName + "' of '" + definitionName + "." + memberName + "' (" + argument.Type.IdlText + ")",
                            reason + "; the argument is nullable and the implementation gets null when it is left out");
                    }
                }
                var returnType = item.ReturnType is null ? TypeMap.Void : context.Types.Map(item.ReturnType);
                var coreKey = Signatures.CoreIdentity(arguments);
                if (cores.TryGetValue(coreKey, out var earlier))
                {
                    context.OverloadDropped(item.Member.Syntax.NameSpan, description, earlier);
                    continue;
                }

                cores.Add(coreKey, description);
                var expanded = Signatures.Expand(arguments, argument => new CheckContext(definitionName, memberName, argument.IdlName));
                var kept = new List<PublicSignature>();
                var reported = false;
                foreach (var signature in expanded)
                {
                    var key = signature.Identity();
                    if (publics.TryGetValue(key, out var owner))
                    {
                        if (owner != description && !reported)
                        {
                            context.OverloadDropped(item.Member.Syntax.NameSpan, description + " as (" + signature.ParameterList() + ")", owner);
                            reported = true;
                        }

                        continue;
                    }

                    publics.Add(key, description);
                    kept.Add(signature);
                }

                result.Add(new BoundOverload(item.Member, arguments, returnType, kept));
            }

            return result;
        }
    }
}
