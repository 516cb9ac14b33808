using System;
using System.Collections.Generic;
using System.Globalization;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Docs
{
    /// <summary>
    /// What every page needs to know about the whole set: the semantic model, the page file of each definition, the
    /// specification and file name of each source file, the member anchors of each page, who inherits and includes
    /// whom, and the C# side from the binding model.
    /// </summary>
    internal sealed class DocsSite
    {
        private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SpecSource?> specs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> fileNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<MemberGroup>> groups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> derived = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> includers = new(StringComparer.Ordinal);

        public DocsSite(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options, BindingResult binding)
        {
            Options = options;
            var trees = new List<IdlFile>(files.Count);
            foreach (var file in files)
            {
                if (file is null)
                {
                    continue;
                }

                trees.Add(file.File);
                specs[file.Path] = SpecSource.FromHeader(file.File.HeaderComment);
                fileNames[file.Path] = FileNameOf(file.Path);
            }

            // The model the binder builds, with the same options, so names and members agree with the generated code.
            Model = SemanticModel.Build(trees, Binding.Binder.SemanticOptions(options));
            FileCount = trees.Count;

            // Page files in ordinal order of the names; `index` and names equal but for case get a suffix, so no two
            // pages share a file on a case-insensitive file system.
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index" };
            foreach (var definition in Model.Definitions)
            {
                var name = definition.Name;
                for (var i = 2; !taken.Add(name); i++)
                {
                    name = definition.Name + "-" + i.ToString(CultureInfo.InvariantCulture);
                }

                pages.Add(definition.Name, name + ".md");
            }

            foreach (var definition in Model.Definitions)
            {
                if (definition is ContainerSymbol container && container.Inheritance is not null && pages.ContainsKey(container.Inheritance))
                {
                    Add(derived, container.Inheritance, definition.Name);
                }

                if (definition is InterfaceSymbol face)
                {
                    foreach (var mixin in face.IncludedMixins)
                    {
                        Add(includers, mixin, face.Name);
                    }
                }
            }

            Signatures = new IdlSignatures(PageOf);
            CSharp = new CSharpSurface(Model, binding, options);
        }

        public SemanticModel Model { get; }

        public GeneratorOptions Options { get; }

        public int FileCount { get; }

        public IdlSignatures Signatures { get; }

        public CSharpSurface CSharp { get; }

        /// <summary>The page file of a definition of the set, or null for any other name.</summary>
        public string? PageOf(string name) => name is not null && pages.TryGetValue(name, out var page) ? page : null;

        /// <summary>A link to the definition's page, or the name as code when it has none.</summary>
        public string NameLink(string name, bool inTable = false)
        {
            var page = PageOf(name);
            return page is null ? Markdown.Code(name, inTable) : Markdown.Link(Markdown.Code(name, inTable), page);
        }

        /// <summary>The specification of the file at <paramref name="path"/> (its <c>// Source:</c> header), or null.</summary>
        public SpecSource? SpecOfFile(string path) => path is not null && specs.TryGetValue(path, out var spec) ? spec : null;

        /// <summary>
        /// The specification of a declaration: its <c>[SpecLink]</c> extended attribute, else its file's header.
        /// </summary>
        public SpecSource? SpecOf(DefinitionNode declaration)
        {
            var file = SpecOfFile(declaration.Span.Path);
            var own = SpecSource.FromExtAttrs(declaration.ExtAttrs);
            if (own is null)
            {
                return file;
            }

            // The header's title names the link only when both point at the same document.
            return file is not null && own.Url == file.Url ? file : own;
        }

        /// <summary>The file name (no directories, so pages do not depend on where the tool ran) of a source path.</summary>
        public string FileOf(string path) => path is not null && fileNames.TryGetValue(path, out var name) ? name : FileNameOf(path ?? "");

        /// <summary>The definitions that directly inherit from <paramref name="name"/>, in ordinal order.</summary>
        public IReadOnlyList<string> DerivedFrom(string name) => derived.TryGetValue(name, out var list) ? list : Array.Empty<string>();

        /// <summary>The interfaces that include the mixin <paramref name="name"/>, in ordinal order.</summary>
        public IReadOnlyList<string> IncludersOf(string name) => includers.TryGetValue(name, out var list) ? list : Array.Empty<string>();

        /// <summary>
        /// The member groups of a container's page, in member order: the overloads of one operation (static ones
        /// apart), all constructors, the unnamed specials of one kind, and every other member alone. Each group has
        /// an anchor on its page: <c>m-</c> and the name (or the unnamed member's label), with <c>-2</c>, <c>-3</c>, …
        /// where two would be equal ignoring case.
        /// </summary>
        public IReadOnlyList<MemberGroup> GroupsOf(ContainerSymbol container)
        {
            if (groups.TryGetValue(container.Name, out var known))
            {
                return known;
            }

            var byKey = new Dictionary<string, List<MemberSymbol>>(StringComparer.Ordinal);
            var order = new List<string>();
            for (var i = 0; i < container.Members.Count; i++)
            {
                var member = container.Members[i];
                var key = member.Syntax switch
                {
                    OperationMember operation when operation.OperationName.Length > 0 => (operation.Special == "static" ? "static " : "op ") + operation.OperationName,
                    OperationMember operation => "special " + UnnamedLabel(operation),
                    ConstructorMember => "constructor",
                    _ => "#" + i.ToString(CultureInfo.InvariantCulture),
                };
                if (!byKey.TryGetValue(key, out var list))
                {
                    list = new List<MemberSymbol>();
                    byKey.Add(key, list);
                    order.Add(key);
                }

                list.Add(member);
            }

            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var result = new List<MemberGroup>(order.Count);
            foreach (var key in order)
            {
                var members = byKey[key];
                var first = members[0].Syntax;
                var title = first.Name.Length > 0 ? first.Name : UnnamedLabel(first);
                var stem = "m-" + title.Replace(' ', '-');
                var anchor = stem;
                for (var n = 2; !taken.Add(anchor); n++)
                {
                    anchor = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                result.Add(new MemberGroup(anchor, title, members));
            }

            groups.Add(container.Name, result);
            return result;
        }

        /// <summary>How a member without a name is called in headings: <c>constructor</c>, <c>getter</c>, <c>iterable</c>, …</summary>
        public static string UnnamedLabel(MemberNode member) => member switch
        {
            ConstructorMember => "constructor",
            OperationMember operation when operation.Special.Length > 0 => operation.Special,
            OperationMember operation when !operation.LegacySpecials.IsEmpty => operation.LegacySpecials[0],
            IterableMember iterable => iterable.Async ? "async " + iterable.IterableKind : iterable.IterableKind,
            _ => member.Kind,
        };

        private static void Add(Dictionary<string, List<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = new List<string>();
                map.Add(key, list);
            }

            // Callers go through the definitions in ordinal order, so the lists come out sorted.
            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        private static string FileNameOf(string path)
        {
            var cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return cut >= 0 ? path.Substring(cut + 1) : path;
        }
    }

    /// <summary>The members one section of a page describes.</summary>
    /// <param name="Anchor">The section's anchor on the page.</param>
    /// <param name="Title">The IDL name, or for unnamed members their label (<c>constructor</c>, <c>getter</c>, …).</param>
    /// <param name="Members">The members (several for overloads), in declaration order.</param>
    internal sealed record MemberGroup(string Anchor, string Title, IReadOnlyList<MemberSymbol> Members);
}
