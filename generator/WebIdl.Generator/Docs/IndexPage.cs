using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WebIdl.Language.Semantics;

namespace WebIdl.Generator.Docs
{
    /// <summary>The index page: every definition, grouped by kind, each with a link and a one-line summary.</summary>
    internal static class IndexPage
    {
        /// <summary>The kinds in the order the index lists them, with their section titles.</summary>
        private static readonly KeyValuePair<string, string>[] Sections =
        {
            new("interface", "Interfaces"),
            new("interface mixin", "Interface mixins"),
            new("callback interface", "Callback interfaces"),
            new("namespace", "Namespaces"),
            new("dictionary", "Dictionaries"),
            new("enum", "Enums"),
            new("callback", "Callbacks"),
            new("typedef", "Typedefs"),
            new("exception", "Exceptions (legacy)"),
            new("module", "Modules (legacy)"),
        };

        public static ApiDocsPage Write(DocsSite site)
        {
            var byKind = new Dictionary<string, List<DefinitionSymbol>>(StringComparer.Ordinal);
            foreach (var definition in site.Model.Definitions)
            {
                if (!byKind.TryGetValue(definition.Kind, out var list))
                {
                    list = new List<DefinitionSymbol>();
                    byKind.Add(definition.Kind, list);
                }

                list.Add(definition);
            }

            var page = new StringBuilder();
            page.Append("# API reference\n\n");
            page.Append(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1} from {2} IDL {3}. The C# code is generated in the namespace {4}.\n\n",
                site.Model.Definitions.Count,
                site.Model.Definitions.Count == 1 ? "definition" : "definitions",
                site.FileCount,
                site.FileCount == 1 ? "file" : "files",
                Markdown.Code(site.CSharp.Namespace)));

            var kinds = new List<KeyValuePair<string, string>>(Sections);
            var extra = new List<string>();
            foreach (var kind in byKind.Keys)
            {
                if (Array.FindIndex(Sections, section => section.Key == kind) < 0)
                {
                    extra.Add(kind);
                }
            }

            extra.Sort(StringComparer.Ordinal);
            foreach (var kind in extra)
            {
                kinds.Add(new KeyValuePair<string, string>(kind, kind));
            }

            foreach (var section in kinds)
            {
                if (!byKind.TryGetValue(section.Key, out var definitions))
                {
                    continue;
                }

                page.Append("## ").Append(Markdown.Text(section.Value)).Append("\n\n| Name | Summary |\n|---|---|\n");
                foreach (var definition in definitions)
                {
                    page.Append("| ").Append(site.NameLink(definition.Name, inTable: true));
                    page.Append(" | ").Append(DefinitionPage.Summary(definition.Documentation, DocsText.Definition(definition.Kind, definition.Name))).Append(" |\n");
                }

                page.Append('\n');
            }

            return new ApiDocsPage(ApiDocs.IndexFileName, "API reference", "index", DefinitionPage.Finish(page));
        }
    }
}
