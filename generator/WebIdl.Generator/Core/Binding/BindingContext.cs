using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>What every part of the binder shares: the model, the names, the type map, the unions and the diagnostics.</summary>
    internal sealed class BindingContext
    {
        public BindingContext(SemanticModel model, TypeNames names, TypeMap types, UnionRegistry unions)
        {
            Model = model;
            Names = names;
            Types = types;
            Unions = unions;
        }

        public SemanticModel Model { get; }

        public TypeNames Names { get; }

        public TypeMap Types { get; }

        public UnionRegistry Unions { get; }

        /// <summary>The generator's own diagnostics.</summary>
        public List<IdlDiagnostic> Diagnostics { get; } = new List<IdlDiagnostic>();

        /// <summary>The definition <see cref="TypedEvents"/> belong to (the one being bound; its bases are bound untyped, as only their names matter there).</summary>
        public string EventsOwner { get; set; } = "";

        /// <summary>The event interface of each typed event handler attribute of <see cref="EventsOwner"/>, by IDL attribute name.</summary>
        public Dictionary<string, string> TypedEvents { get; } = new Dictionary<string, string>(System.StringComparer.Ordinal);

        /// <summary>WIDL0200: <paramref name="construct"/> is not mapped yet.</summary>
        public void NotMapped(SourceSpan span, string construct, string reason) =>
            Diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.NotMapped, span, construct, reason));

        /// <summary>WIDL0201: an overload dropped.</summary>
        public void OverloadDropped(SourceSpan span, string dropped, string kept) =>
            Diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.OverloadDropped, span, dropped, kept));

        /// <summary>The remark saying where a merged member was declared, or empty for the definition's own members.</summary>
        public static string OriginRemark(MemberSymbol member, string definitionName)
        {
            switch (member.Origin)
            {
                case MemberOrigin.Mixin:
                    return "Included from the interface mixin " + DocComments.Code(member.DeclaredIn) + ".";
                case MemberOrigin.Partial:
                    return "Declared in a partial definition of " + DocComments.Code(definitionName) + ".";
                default:
                    return member.DeclaredIn.Length > 0 && member.DeclaredIn != definitionName
                        ? "Declared in " + DocComments.Code(member.DeclaredIn) + "."
                        : "";
            }
        }

        /// <summary>True when <paramref name="attributes"/> has one named <paramref name="name"/>.</summary>
        public static bool Has(EquatableArray<ExtendedAttribute> attributes, string name)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
