using System;
using System.Collections.Generic;
using System.Text;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Docs
{
    /// <summary>
    /// The page of one definition: title and kind, source file and specification, documentation, C# types,
    /// inheritance, the IDL, and every member (IDL signature with links, C# signatures, documentation, exceptions).
    /// </summary>
    internal static class DefinitionPage
    {
        public static ApiDocsPage Write(DocsSite site, DefinitionSymbol definition)
        {
            var page = new StringBuilder();
            var syntax = definition.Syntax;
            page.Append("# ").Append(Markdown.Text(definition.Name)).Append("\n\n");

            // The line under the title: kind, where it is defined, the specification.
            page.Append(Markdown.Link("API reference", ApiDocs.IndexFileName)).Append(" · **").Append(definition.Kind).Append("**");
            page.Append(" · defined in ").Append(Markdown.Code(site.FileOf(syntax.Span.Path)));
            var spec = site.SpecOf(syntax);
            if (spec is not null)
            {
                page.Append(" · specification: ").Append(Markdown.ExternalLink(Markdown.Text(spec.Title), spec.Url));
            }

            page.Append("\n\n");
            if (definition.Module is not null)
            {
                page.Append("In the legacy module ").Append(Markdown.Code(definition.Module)).Append(".\n\n");
            }

            page.Append(Documentation(definition.Documentation, DocsText.Definition(definition.Kind, definition.Name))).Append("\n\n");
            if (!definition.ExtAttrs.IsEmpty)
            {
                page.Append("Extended attributes: ").Append(Markdown.Code(ExtAttrsText(definition.ExtAttrs))).Append("\n\n");
            }

            WriteCSharpTypes(page, site, definition);
            switch (definition)
            {
                case ContainerSymbol container:
                    WriteRelations(page, site, container);
                    WriteIdl(page, syntax);
                    WriteMembers(page, site, container);
                    WriteInheritedMembers(page, site, container);
                    break;
                case EnumSymbol enumeration:
                    WriteIdl(page, syntax);
                    WriteEnumValues(page, site, enumeration);
                    break;
                case TypedefSymbol typedef:
                    page.Append("## Type\n\n").Append(site.Signatures.Definition(typedef.Syntax)).Append("\n\n");
                    if (typedef.ResolvedType != typedef.Type)
                    {
                        page.Append("Resolves to ").Append(site.Signatures.Type(typedef.ResolvedType)).Append(".\n\n");
                    }

                    break;
                case CallbackSymbol callback:
                    page.Append("## Signature\n\n").Append(site.Signatures.Definition(callback.Syntax)).Append("\n\n");
                    break;
                case ModuleSymbol module:
                    page.Append("## Definitions\n\n");
                    foreach (var name in module.DefinitionNames)
                    {
                        page.Append("- ").Append(site.NameLink(name)).Append('\n');
                    }

                    page.Append('\n');
                    break;
            }

            return new ApiDocsPage(site.PageOf(definition.Name)!, definition.Name, definition.Kind, Finish(page));
        }

        /// <summary>Documentation paragraphs, or the fallback sentence when the IDL has none.</summary>
        internal static string Documentation(string? documentation, string fallback) =>
            string.IsNullOrWhiteSpace(documentation) ? Markdown.Prose(fallback) : Markdown.Prose(documentation!);

        /// <summary>A one-line summary for tables.</summary>
        internal static string Summary(string? documentation, string fallback) =>
            Markdown.Prose(Markdown.FirstSentence(string.IsNullOrWhiteSpace(documentation) ? fallback : documentation!), inTable: true);

        private static void WriteCSharpTypes(StringBuilder page, DocsSite site, DefinitionSymbol definition)
        {
            page.Append("## C#\n\n");
            var types = site.CSharp.TypesOf(definition);
            if (types.Count > 0)
            {
                page.Append("In the namespace ").Append(Markdown.Code(site.CSharp.Namespace)).Append(":\n\n");
                page.Append("| Role | Declaration |\n|---|---|\n");
                foreach (var type in types)
                {
                    page.Append("| ").Append(Markdown.Text(type.Role, inTable: true)).Append(" | ").Append(Markdown.Code(type.Declaration, inTable: true)).Append(" |\n");
                }

                page.Append('\n');
                return;
            }

            var runtime = site.CSharp.RuntimeType(definition.Name, ownedOnly: true);
            if (runtime is not null)
            {
                page.Append("Provided by the runtime as ").Append(Markdown.Code(runtime)).Append("; not generated.\n\n");
                return;
            }

            switch (definition)
            {
                case InterfaceMixinSymbol:
                    var includers = site.IncludersOf(definition.Name);
                    page.Append("No C# type of its own: its members are merged into the C# types of ");
                    page.Append(includers.Count == 0 ? "the interfaces that include it (none in this set)" : Join(includers, site)).Append(".\n\n");
                    return;
                case TypedefSymbol:
                    page.Append("No C# type of its own: every use is generated as the type it stands for.\n\n");
                    return;
                case ModuleSymbol:
                    page.Append("No C# type: its definitions are generated in the namespace ").Append(Markdown.Code(site.CSharp.Namespace)).Append(".\n\n");
                    return;
                default:
                    page.Append(Capitalized(DocsText.NotMapped)).Append(".\n\n");
                    return;
            }
        }

        private static void WriteRelations(StringBuilder page, DocsSite site, ContainerSymbol container)
        {
            var lines = new List<string>();
            if (container.Inheritance is not null)
            {
                var chain = new StringBuilder();
                chain.Append(Markdown.Code(container.Name));
                var last = container.Name;
                foreach (var baseSymbol in site.Model.GetInheritanceChain(container.Name))
                {
                    chain.Append(" → ").Append(site.NameLink(baseSymbol.Name));
                    last = baseSymbol.Name;
                }

                // The chain stops at the first base outside the set (or a broken one); name it, unlinked.
                var next = last == container.Name ? container.Inheritance : (site.Model.TryGetDefinition(last, out var lastSymbol) && lastSymbol is ContainerSymbol lastContainer ? lastContainer.Inheritance : null);
                if (next is not null && site.PageOf(next) is null)
                {
                    chain.Append(" → ").Append(Markdown.Code(next));
                    var runtime = site.CSharp.RuntimeType(next, ownedOnly: false);
                    chain.Append(runtime is not null ? " (from the runtime: " + Markdown.Code(runtime) + ")" : " (outside this set)");
                }

                lines.Add("Inherits: " + chain);
            }

            var derived = site.DerivedFrom(container.Name);
            if (derived.Count > 0)
            {
                lines.Add("Inherited by: " + Join(derived, site));
            }

            if (container is InterfaceSymbol face)
            {
                if (!face.IncludedMixins.IsEmpty)
                {
                    lines.Add("Includes: " + Join(face.IncludedMixins, site));
                }

                if (!face.Implements.IsEmpty)
                {
                    lines.Add("Implements (legacy): " + Join(face.Implements, site));
                }
            }

            if (container is InterfaceMixinSymbol)
            {
                var includers = site.IncludersOf(container.Name);
                if (includers.Count > 0)
                {
                    lines.Add("Included by: " + Join(includers, site));
                }
            }

            if (!container.Partials.IsEmpty)
            {
                var partials = new StringBuilder("Partial declarations: ");
                for (var i = 0; i < container.Partials.Count; i++)
                {
                    partials.Append(i > 0 ? "; " : "").Append(Where(site, container.Partials[i]));
                }

                lines.Add(partials.ToString());
            }

            if (lines.Count == 0)
            {
                return;
            }

            page.Append("## Relations\n\n");
            foreach (var line in lines)
            {
                page.Append("- ").Append(line).Append('\n');
            }

            page.Append('\n');
        }

        private static void WriteIdl(StringBuilder page, DefinitionNode syntax)
        {
            page.Append("## IDL\n\n");
            Markdown.CodeBlock(page, IdlWriter.Write(WithoutDocumentation(syntax)), "webidl");
        }

        private static void WriteMembers(StringBuilder page, DocsSite site, ContainerSymbol container)
        {
            var groups = site.GroupsOf(container);
            if (groups.Count == 0)
            {
                return;
            }

            page.Append("## Members\n\n| Member | Kind | Summary |\n|---|---|---|\n");
            foreach (var group in groups)
            {
                var first = group.Members[0].Syntax;
                page.Append("| ").Append(Markdown.Link(Markdown.Code(group.Title, inTable: true), "", group.Anchor));
                page.Append(" | ").Append(Markdown.Text(DocsText.KindOf(first), inTable: true));
                page.Append(" | ").Append(Summary(FirstDocumentation(group), DocsText.Member(container.Name, first))).Append(" |\n");
            }

            page.Append('\n');
            foreach (var group in groups)
            {
                WriteMemberGroup(page, site, container, group);
            }
        }

        private static void WriteMemberGroup(StringBuilder page, DocsSite site, ContainerSymbol container, MemberGroup group)
        {
            page.Append("### <a id=\"").Append(group.Anchor).Append("\"></a>").Append(Markdown.Text(group.Title)).Append("\n\n");
            page.Append('*').Append(DocsText.KindOf(group.Members[0].Syntax)).Append("*\n\n");
            var documented = FirstDocumentation(group) is not null;
            foreach (var member in group.Members)
            {
                var syntax = member.Syntax;
                page.Append(site.Signatures.Member(syntax)).Append("\n\n");
                var origin = Origin(site, container, member);
                if (origin is not null)
                {
                    page.Append(origin).Append("\n\n");
                }

                if (!string.IsNullOrWhiteSpace(syntax.Documentation))
                {
                    page.Append(Markdown.Prose(syntax.Documentation!)).Append("\n\n");
                }

                WriteRaises(page, site, syntax);
            }

            if (!documented)
            {
                page.Append(Markdown.Prose(DocsText.Member(container.Name, group.Members[0].Syntax))).Append("\n\n");
            }

            var csharp = CSharpMembers(site, container, group);
            if (csharp.Count == 0)
            {
                var runtime = site.CSharp.RuntimeType(container.Name, ownedOnly: true);
                page.Append("C#: ").Append(
                    runtime is not null ? "provided by the runtime's " + Markdown.Code(runtime)
                    : container is InterfaceMixinSymbol && site.IncludersOf(container.Name).Count == 0 ? "none: no interface of this set includes the mixin"
                    : DocsText.NotMapped).Append(".\n\n");
                return;
            }

            page.Append("C#:\n\n");
            foreach (var member in csharp)
            {
                page.Append("- ").Append(Markdown.Code(member.Owner)).Append(": ").Append(Markdown.Code(member.Signature)).Append('\n');
            }

            page.Append('\n');
        }

        /// <summary>The C# members of a group; for a mixin, those of every interface that includes it.</summary>
        private static IReadOnlyList<CSharpMember> CSharpMembers(DocsSite site, ContainerSymbol container, MemberGroup group)
        {
            if (container is not InterfaceMixinSymbol)
            {
                return site.CSharp.MembersOf(container, group.Members);
            }

            var all = new List<CSharpMember>();
            foreach (var name in site.IncludersOf(container.Name))
            {
                if (site.Model.TryGetDefinition(name, out var includer))
                {
                    all.AddRange(site.CSharp.MembersOf(includer, group.Members));
                }
            }

            return all;
        }

        private static void WriteRaises(StringBuilder page, DocsSite site, MemberNode member)
        {
            switch (member)
            {
                case OperationMember operation when !operation.Raises.IsEmpty:
                    page.Append("Raises: ").Append(Raised(site, operation.Raises)).Append("\n\n");
                    break;
                case AttributeMember attribute:
                    if (!attribute.GetRaises.IsEmpty)
                    {
                        page.Append("Getting raises: ").Append(Raised(site, attribute.GetRaises)).Append("\n\n");
                    }

                    if (!attribute.SetRaises.IsEmpty)
                    {
                        page.Append("Setting raises: ").Append(Raised(site, attribute.SetRaises)).Append("\n\n");
                    }

                    break;
            }
        }

        /// <summary>
        /// The exceptions a member raises: links to the exceptions of the set; any other name (legacy constants such as
        /// <c>INVALID_STATE_ERR</c>) is documented against <c>DOMException</c>, as the generated code does.
        /// </summary>
        private static string Raised(DocsSite site, EquatableArray<string> names)
        {
            var parts = new List<string>();
            foreach (var name in names)
            {
                if (site.Model.TryGetDefinition(name, out var raised) && raised is ExceptionSymbol)
                {
                    parts.Add(site.NameLink(name));
                }
                else
                {
                    parts.Add(Markdown.Code(name) + " (not an exception of this set: documented as " + Markdown.Code("DOMException") + ")");
                }
            }

            return string.Join(", ", parts);
        }

        private static void WriteInheritedMembers(StringBuilder page, DocsSite site, ContainerSymbol container)
        {
            var chain = site.Model.GetInheritanceChain(container.Name);
            if (chain.IsEmpty)
            {
                return;
            }

            var wrote = false;
            foreach (var baseSymbol in chain)
            {
                var groups = site.GroupsOf(baseSymbol);
                if (groups.Count == 0)
                {
                    continue;
                }

                if (!wrote)
                {
                    page.Append("## Inherited members\n\n");
                    wrote = true;
                }

                var page2 = site.PageOf(baseSymbol.Name)!;
                page.Append("From ").Append(site.NameLink(baseSymbol.Name)).Append(": ");
                for (var i = 0; i < groups.Count; i++)
                {
                    page.Append(i > 0 ? ", " : "").Append(Markdown.Link(Markdown.Code(groups[i].Title), page2, groups[i].Anchor));
                }

                page.Append("\n\n");
            }
        }

        private static void WriteEnumValues(StringBuilder page, DocsSite site, EnumSymbol enumeration)
        {
            var syntax = enumeration.Syntax as EnumDefinition;
            page.Append("## Values\n\n| IDL value | C# | Summary |\n|---|---|---|\n");
            for (var i = 0; i < enumeration.Values.Count; i++)
            {
                var value = enumeration.Values[i];
                var documentation = syntax is not null && i < syntax.Values.Count ? syntax.Values[i].Documentation : null;
                var csharp = site.CSharp.EnumMember(enumeration, value);
                page.Append("| ").Append(Markdown.Code("\"" + value + "\"", inTable: true));
                page.Append(" | ").Append(csharp is null ? DocsText.NotMapped : Markdown.Code(csharp, inTable: true));
                page.Append(" | ").Append(string.IsNullOrWhiteSpace(documentation) ? Markdown.Prose(DocsText.EnumValue(value), inTable: true) : Markdown.Prose(documentation!, inTable: true)).Append(" |\n");
            }

            page.Append('\n');
        }

        /// <summary>Where a member that is not in the defining declaration comes from, or null.</summary>
        private static string? Origin(DocsSite site, ContainerSymbol container, MemberSymbol member)
        {
            var path = member.Syntax.Span.Path;
            var spec = site.SpecOfFile(path);
            var where = Markdown.Code(site.FileOf(path)) + (spec is null ? "" : " (" + Markdown.ExternalLink(Markdown.Text(spec.Title), spec.Url) + ")");
            return member.Origin switch
            {
                MemberOrigin.Mixin => DocsText.FromMixin + site.NameLink(member.DeclaredIn) + ", in " + where + ".",
                MemberOrigin.Partial => DocsText.FromPartial + Markdown.Code(container.Name) + ", in " + where + ".",
                _ => null,
            };
        }

        private static string Where(DocsSite site, DefinitionNode declaration)
        {
            var spec = site.SpecOf(declaration);
            return Markdown.Code(site.FileOf(declaration.Span.Path)) + (spec is null ? "" : " (" + Markdown.ExternalLink(Markdown.Text(spec.Title), spec.Url) + ")");
        }

        private static string? FirstDocumentation(MemberGroup group)
        {
            foreach (var member in group.Members)
            {
                if (!string.IsNullOrWhiteSpace(member.Syntax.Documentation))
                {
                    return member.Syntax.Documentation;
                }
            }

            return null;
        }

        private static string Join(IEnumerable<string> names, DocsSite site)
        {
            var parts = new List<string>();
            foreach (var name in names)
            {
                parts.Add(site.NameLink(name));
            }

            return string.Join(", ", parts);
        }

        private static string ExtAttrsText(EquatableArray<ExtendedAttribute> attributes)
        {
            // The writer prints a definition's extended attributes on the line before it.
            var text = IdlWriter.Write(new EnumDefinition { Name = "X", ExtAttrs = attributes });
            var line = text.IndexOf('\n');
            return line > 0 ? text.Substring(0, line) : text;
        }

        private static DefinitionNode WithoutDocumentation(DefinitionNode definition)
        {
            switch (definition)
            {
                case ContainerDefinition container:
                    var members = new MemberNode[container.Members.Count];
                    for (var i = 0; i < members.Length; i++)
                    {
                        members[i] = container.Members[i] with { Documentation = null };
                    }

                    return container with { Documentation = null, Members = members };
                case EnumDefinition enumeration:
                    var values = new EnumValue[enumeration.Values.Count];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = enumeration.Values[i] with { Documentation = null };
                    }

                    return enumeration with { Documentation = null, Values = values };
                default:
                    return definition with { Documentation = null };
            }
        }

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>The page text with single blank lines and one final line break.</summary>
        internal static string Finish(StringBuilder page)
        {
            var text = page.ToString();
            while (text.IndexOf("\n\n\n", StringComparison.Ordinal) >= 0)
            {
                text = text.Replace("\n\n\n", "\n\n");
            }

            return text.TrimEnd('\n') + "\n";
        }
    }
}
