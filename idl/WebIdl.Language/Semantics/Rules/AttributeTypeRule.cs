using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// webidl2.js <c>attr-invalid-type</c>: an attribute's type, after typedefs, is not a sequence, record,
    /// async_sequence or dictionary, nor a union with one of those as a member (webidl2.js leaves unions unchecked;
    /// Web IDL forbids them); and a readonly attribute's type has no <c>[EnforceRange]</c>. A nullable dictionary
    /// is let through, as webidl2.js does, although Web IDL forbids it too: the web platform's IDL has one
    /// (<c>XRDOMOverlayState? domOverlayState</c>).
    /// </summary>
    internal sealed class AttributeTypeRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            new[] { DiagnosticCatalogue.AttributeInvalidType, DiagnosticCatalogue.ReadonlyAttributeEnforceRange };

        public override void Check(RuleContext context)
        {
            foreach (var site in context.Sites.Types)
            {
                if (site.Position != TypePosition.Attribute || site.Member is not AttributeMember attribute)
                {
                    continue;
                }

                CheckType(context, attribute, site.Type);
                if (attribute.Readonly)
                {
                    var resolved = context.Resolve(site.Type);
                    if (!resolved.Union && RuleContext.HasAttribute(resolved.ExtAttrs, "EnforceRange"))
                    {
                        context.Report(DiagnosticCatalogue.ReadonlyAttributeEnforceRange, site.Type.Span, attribute.Name);
                    }
                }
            }
        }

        /// <summary>Reports each written node (a union member, or a typedef name) that is or leads to a forbidden type.</summary>
        private static void CheckType(RuleContext context, AttributeMember attribute, IdlType type)
        {
            if (type.Union)
            {
                foreach (var member in type.Subtypes)
                {
                    CheckType(context, attribute, member);
                }

                return;
            }

            var forbidden = Forbidden(context, type);
            if (forbidden is not null)
            {
                context.Report(DiagnosticCatalogue.AttributeInvalidType, type.Span, attribute.Name, forbidden);
            }
        }

        private static string? Forbidden(RuleContext context, IdlType type)
        {
            if (type.Union)
            {
                foreach (var member in type.Subtypes)
                {
                    if (Forbidden(context, member) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (type.Generic is "sequence" or "record" or "async_sequence")
            {
                return type.Generic;
            }

            return context.Find(type.Name) switch
            {
                DictionarySymbol when !type.Nullable => "dictionary",
                TypedefSymbol typedef => Forbidden(context, typedef.ResolvedType),
                _ => null,
            };
        }
    }
}
