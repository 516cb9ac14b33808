using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using WebIdl.Generator;
using WebIdl.Generator.Docs;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace WebIdl.Tool.Tests
{
    public class DocsTests
    {
        private const string DomFile =
            "// Source: Test DOM Standard (https://dom.example.org/)\n" +
            "\n" +
            "/** The root of everything. Has a | pipe and <b>bold</b> HTML & an entity. */\n" +
            "[Exposed=Window]\n" +
            "interface Node : EventTarget {\n" +
            "  /** The node's name. */\n" +
            "  readonly attribute DOMString nodeName;\n" +
            "  /** Appends [a child](javascript:alert(1)) to this node. */\n" +
            "  Node appendChild(Node node);\n" +
            "  /** Appends a copy when `deep` is true. */\n" +
            "  Node appendChild(Node node, boolean deep);\n" +
            "  const unsigned short ELEMENT_NODE = 1;\n" +
            "};\n" +
            "\n" +
            "/** # Not a heading\n" +
            " * - not a list\n" +
            " * <script>alert(1)</script>\n" +
            " */\n" +
            "[Exposed=Window]\n" +
            "interface Element : Node {\n" +
            "  attribute DOMString id;\n" +
            "  sequence<Node> children();\n" +
            "  Promise<NodeOrString?> find(optional FindOptions options = {});\n" +
            "};\n" +
            "\n" +
            "interface mixin ParentNode {\n" +
            "  readonly attribute Element? firstElementChild;\n" +
            "  undefined append((Node or DOMString)... nodes);\n" +
            "};\n" +
            "Element includes ParentNode;\n" +
            "\n" +
            "typedef (Node or DOMString) NodeOrString;\n";

        private const string ExtrasFile =
            "// Source: Test Extras (https://extras.example.org/#spec)\n" +
            "\n" +
            "enum Mode { \"open\", \"closed\", \"\" };\n" +
            "dictionary BaseOptions { boolean subtree = false; };\n" +
            "/** Options | for find. */\n" +
            "dictionary FindOptions : BaseOptions {\n" +
            "  required Mode mode;\n" +
            "  record<DOMString, Node> extra;\n" +
            "};\n" +
            "callback FindCallback = undefined (sequence<Element> found, Mode mode);\n" +
            "callback interface NodeFilter { unsigned short acceptNode(Node node); };\n" +
            "[Exposed=Window] namespace Finder { Element? findIn(Node root, FindCallback callback); };\n" +
            "partial interface Element { attribute Mode mode; };\n" +
            "[SpecLink=\"https://speclink.example.org/thing\"] enum Thing { \"x\" };\n";

        private const string LegacyFile =
            "exception FindError { const unsigned short NOT_FOUND = 1; DOMString detail; };\n" +
            "[Exposed=Window] interface Legacy {\n" +
            "  Node lookup(DOMString name) raises(FindError, INVALID_STATE_ERR);\n" +
            "  attribute DOMString value getraises(FindError) setraises(FindError);\n" +
            "};\n" +
            "module dom { [Exposed=Window] interface Inner { attribute Legacy legacy; }; };\n";

        private static readonly string[] SetNames =
        {
            "BaseOptions", "Element", "FindCallback", "FindError", "FindOptions", "Finder", "Inner", "Legacy", "Mode",
            "Node", "NodeFilter", "NodeOrString", "ParentNode", "Thing", "dom",
        };

        private readonly ITestOutputHelper output;

        public DocsTests(ITestOutputHelper output) => this.output = output;

        private static string Page(string directory, string name) => File.ReadAllText(Path.Combine(directory, name + ".md"));

        /// <summary>A Markdown line with links, code spans and escapes taken out: the text a reader sees.</summary>
        private static string Plain(string markdown)
        {
            var text = Regex.Replace(markdown, @"\[(`+)(.*?)\1\]\([^)]*\)", "$2");
            return text.Replace("`", "");
        }

        private static string WriteSet(TempDir dir)
        {
            dir.Write("set/dom.webidl", DomFile);
            dir.Write("set/extras.webidl", ExtrasFile);
            dir.Write("set/legacy.idl", LegacyFile);
            return Path.Combine(dir.Path, "set");
        }

        private void AssertNoBrokenLinks(string directory)
        {
            var (broken, checkedLinks, external) = MarkdownLinks.Check(directory);
            output.WriteLine($"{directory}: {checkedLinks} relative links, {external} external links, {broken.Count} broken");
            Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Take(50)));
            Assert.True(checkedLinks > 0, "no links were checked");
        }

        [Fact]
        public void WebSocketSampleHasAPagePerDefinitionAndNoBrokenLink()
        {
            using var dir = new TempDir();
            var docs = Path.Combine(dir.Path, "docs");

            var run = ToolRun.Of("docs", ToolTestPaths.Samples, "--out", docs);

            Assert.True(run.ExitCode == 0, run.ToString());
            var names = Directory.GetFiles(docs, "*.md").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "BinaryType.md", "CloseEvent.md", "CloseEventInit.md", "WebSocket.md", "index.md" }, names);
            AssertNoBrokenLinks(docs);

            var index = File.ReadAllText(Path.Combine(docs, "index.md"));
            Assert.Contains("| [`WebSocket`](WebSocket.md) | A two-way connection to a server speaking the WebSocket protocol. |", index);
            Assert.Contains("## Enums", index);

            var socket = Page(docs, "WebSocket");
            Assert.StartsWith("# WebSocket\n\n[API reference](index.md) · **interface** · defined in `websocket.webidl`", socket);
            Assert.Contains("`attribute` [`BinaryType`](BinaryType.md) `binaryType;`", socket);
            Assert.Contains("`undefined close(optional [Clamp] unsigned short code, optional USVString reason);`", socket);
            Assert.Contains("Opens a connection to `url`, offering one or more subprotocols.", socket);
            Assert.Contains("`EventTarget` (from the runtime: `WebIdl.Runtime.EventTarget`)", socket);
            Assert.Contains("| [`bufferedAmount`](#m-bufferedAmount) | readonly attribute | Bytes queued by send() that have not been sent yet. |", socket);
            Assert.Contains("<a id=\"m-bufferedAmount\"></a>", socket);
            Assert.Contains("C#", socket);
        }

        [Fact]
        public void MultiFileSetLinksEveryTypeAndRelation()
        {
            using var dir = new TempDir();
            var set = WriteSet(dir);
            var docs = Path.Combine(dir.Path, "docs");

            var run = ToolRun.Of("docs", set, "--out", docs, "--namespace", "Test.Dom");

            Assert.True(run.ExitCode == 0, run.ToString());
            var expected = SetNames.Select(n => n + ".md").Append("index.md").OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var names = Directory.GetFiles(docs, "*.md").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, names);
            AssertNoBrokenLinks(docs);

            var index = File.ReadAllText(Path.Combine(docs, "index.md"));
            Assert.Contains("The C# code is generated in the namespace `Test.Dom`.", index);
            var sections = Regex.Matches(index, "^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
            Assert.Equal(new[] { "Interfaces", "Interface mixins", "Callback interfaces", "Namespaces", "Dictionaries", "Enums", "Callbacks", "Typedefs", "Exceptions (legacy)", "Modules (legacy)" }, sections);
            Assert.Contains("| [`Node`](Node.md) | The root of everything. |", index);
            Assert.Contains("| [`FindOptions`](FindOptions.md) | Options \\| for find. |", index);

            // Inheritance, mixins, partials, spec links.
            var element = Page(docs, "Element");
            Assert.Contains("- Inherits: `Element` → [`Node`](Node.md) → `EventTarget` (from the runtime: `WebIdl.Runtime.EventTarget`)", element);
            Assert.Contains("- Includes: [`ParentNode`](ParentNode.md)", element);
            Assert.Contains("- Partial declarations: `extras.webidl` ([Test Extras](<https://extras.example.org/#spec>))", element);
            Assert.Contains("specification: [Test DOM Standard](<https://dom.example.org/>)", element);
            Assert.Contains("Included from the interface mixin [`ParentNode`](ParentNode.md), in `dom.webidl` ([Test DOM Standard](<https://dom.example.org/>)).", element);
            Assert.Contains("Declared in a partial definition of `Element`, in `extras.webidl` ([Test Extras](<https://extras.example.org/#spec>)).", element);
            Assert.Contains("From [`Node`](Node.md): [`nodeName`](Node.md#m-nodeName), [`appendChild`](Node.md#m-appendChild), [`ELEMENT_NODE`](Node.md#m-ELEMENT_NODE)", element);
            Assert.Contains("- Inherited by: [`Element`](Element.md)", Page(docs, "Node"));
            Assert.Contains("- Included by: [`Element`](Element.md)", Page(docs, "ParentNode"));
            Assert.Contains("- Inherits: `FindOptions` → [`BaseOptions`](BaseOptions.md)", Page(docs, "FindOptions"));
            Assert.Contains("specification: [https://speclink.example.org/thing](<https://speclink.example.org/thing>)", Page(docs, "Thing"));
            Assert.DoesNotContain("specification:", Page(docs, "Legacy"));

            // Signatures: exact IDL text, every type of the set linked, built-in and external types not.
            var find = element.Split('\n').Single(line => line.StartsWith("`Promise<", StringComparison.Ordinal));
            Assert.Equal("`Promise<`[`NodeOrString`](NodeOrString.md)`?> find(optional` [`FindOptions`](FindOptions.md) `options = {});`", find);
            Assert.Equal("Promise<NodeOrString?> find(optional FindOptions options = {});", Plain(find));
            Assert.Contains("`sequence<`[`Node`](Node.md)`> children();`", element);
            Assert.Contains("`undefined append((`[`Node`](Node.md) `or DOMString)... nodes);`", element);
            Assert.Contains("`typedef (`[`Node`](Node.md) `or DOMString) NodeOrString;`", Page(docs, "NodeOrString"));
            Assert.Contains("`callback FindCallback = undefined (sequence<`[`Element`](Element.md)`> found,` [`Mode`](Mode.md) `mode);`", Page(docs, "FindCallback"));
            Assert.Contains("`record<DOMString,` [`Node`](Node.md)`> extra;`", Page(docs, "FindOptions"));
            Assert.Contains("`required` [`Mode`](Mode.md) `mode;`", Page(docs, "FindOptions"));

            // Overloads share one section; each keeps its signature and documentation.
            var node = Page(docs, "Node");
            Assert.Single(Regex.Matches(node, "<a id=\"m-appendChild"));
            Assert.Contains("[`Node`](Node.md) `appendChild(`[`Node`](Node.md) `node, boolean deep);`", node);
            Assert.Contains("Appends a copy when `deep` is true.", node);

            // Legacy exceptions: linked when they are exceptions of the set, else documented as DOMException.
            var legacy = Page(docs, "Legacy");
            Assert.Contains("Raises: [`FindError`](FindError.md), `INVALID_STATE_ERR` (not an exception of this set: documented as `DOMException`)", legacy);
            Assert.Contains("Getting raises: [`FindError`](FindError.md)", legacy);
            Assert.Contains("Setting raises: [`FindError`](FindError.md)", legacy);
            Assert.Contains("raises(`[`FindError`](FindError.md)`, INVALID_STATE_ERR);`", legacy);
            Assert.Contains("- [`Inner`](Inner.md)", Page(docs, "dom"));
            Assert.Contains("In the legacy module `dom`.", Page(docs, "Inner"));

            // Enums: every value, the empty string included.
            var mode = Page(docs, "Mode");
            Assert.Contains("| `\"open\"` |", mode);
            Assert.Contains("| `\"\"` |", mode);
        }

        [Fact]
        public void CommentTextCannotBreakThePage()
        {
            using var dir = new TempDir();
            var set = WriteSet(dir);
            var docs = Path.Combine(dir.Path, "docs");

            Assert.Equal(0, ToolRun.Of("docs", set, "--out", docs).ExitCode);

            var node = Page(docs, "Node");
            Assert.Contains("The root of everything. Has a \\| pipe and &lt;b&gt;bold&lt;/b&gt; HTML &amp; an entity.", node);
            Assert.DoesNotContain("<b>", node);
            Assert.Contains("Appends \\[a child\\](javascript:alert(1)) to this node.", node);
            Assert.DoesNotContain("](javascript", MarkdownLinks.Targets(node).Aggregate("", (all, t) => all + "](" + t));

            var element = Page(docs, "Element");
            Assert.Contains("\n\\# Not a heading - not a list &lt;script&gt;alert(1)&lt;/script&gt;\n", element);
            Assert.DoesNotContain("<script>", element);
            Assert.DoesNotContain("\n# Not", element);

            // In tables the pipe is escaped too, so the row keeps its cells.
            var index = File.ReadAllText(Path.Combine(docs, "index.md"));
            var row = index.Split('\n').Single(line => line.Contains("[`Node`](Node.md)"));
            Assert.Equal(3, Regex.Matches(row, @"(?<!\\)\|").Count);
        }

        [Fact]
        public void OutputIsDeterministicAndSignaturesAreExact()
        {
            using var dir = new TempDir();
            var set = WriteSet(dir);
            var files = InputFiles.Expand(new[] { set });
            var parsed = files.Select(file => GeneratorPipeline.Parse(file, File.ReadAllText(file))).ToList();
            var options = GeneratorInputs.Options(null, null, false);

            var first = ApiDocs.Write(parsed, options);
            var reversed = Enumerable.Reverse(parsed).ToList();
            var second = ApiDocs.Write(reversed, options);

            Assert.Equal(first.Pages, second.Pages);
            Assert.Equal(0, first.UnlinkedSignatures);
            Assert.Equal("index.md", first.Pages[0].FileName);
            var names = first.Pages.Skip(1).Select(page => page.FileName).ToArray();
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);

            // Every member's signature, read as plain text, is what IdlWriter prints for it.
            var model = SemanticModel.Build(parsed.Select(p => p.File), new IdlSemanticOptions { KnownExternalTypes = options.KnownExternalTypes });
            var checkedSignatures = 0;
            foreach (var definition in model.Definitions.OfType<ContainerSymbol>())
            {
                var text = first.Pages.Single(page => page.Title == definition.Name).Text;
                var lines = new HashSet<string>(text.Split('\n').Select(Plain), StringComparer.Ordinal);
                foreach (var member in definition.Members)
                {
                    var exact = IdlWriter.Write(new InterfaceDefinition { Name = "X", Members = new[] { member.Syntax with { Documentation = null } } })
                        .Split('\n')[1].Trim();
                    Assert.True(lines.Contains(exact), $"{definition.Name}: no line reads `{exact}`");
                    checkedSignatures++;
                }
            }

            Assert.True(checkedSignatures >= 20, checkedSignatures + " signatures checked");
        }

        /// <summary>
        /// Where the IDL has no comment, a page says what the generated XML doc comment says: every fallback sentence
        /// of the pages, with its code spans as <c>&lt;c&gt;</c>, is in the generated C#.
        /// </summary>
        [Fact]
        public void FallbackSentencesAreTheGeneratedDocComments()
        {
            const string idl =
                "[Exposed=Window] interface Thing : EventTarget {\n" +
                "  constructor(DOMString name);\n" +
                "  const unsigned short ONE = 1;\n" +
                "  readonly attribute DOMString name;\n" +
                "  attribute [LegacyNullToEmptyString] DOMString label;\n" +
                "  attribute EventHandler onchange;\n" +
                "  undefined rename(DOMString name);\n" +
                "};\n" +
                "dictionary ThingInit { required DOMString name; long size = 1; };\n" +
                "enum ThingKind { \"small\", \"big-one\" };\n" +
                "callback ThingCallback = undefined (Thing thing);\n" +
                "callback interface ThingListener { undefined handle(Thing thing); };\n" +
                "[Exposed=Window] namespace Things { Thing find(DOMString name); };\n" +
                "exception ThingError { const unsigned short BAD = 1; DOMString detail; };\n";
            var parsed = new[] { GeneratorPipeline.Parse("things.webidl", idl) };
            var options = GeneratorInputs.Options(null, null, false);
            var binding = GeneratorPipeline.Bind(parsed, options);
            Assert.DoesNotContain(binding.Diagnostics, d => d.Severity == WebIdl.Language.Diagnostics.DiagnosticSeverity.Error);
            var code = string.Concat(binding.Definitions.Select(GeneratorPipeline.Render));

            var sentences = ApiDocs.Write(parsed, options).Pages
                .SelectMany(page => page.Text.Split('\n'))
                .Where(line => Regex.IsMatch(line, "^(The (Web IDL|IDL|legacy Web IDL|event handler IDL) |Creates a )"))
                .Distinct()
                .ToArray();
            Assert.True(sentences.Length >= 15, sentences.Length + " fallback sentences");
            foreach (var sentence in sentences)
            {
                var xml = Regex.Replace(sentence, "`([^`]*)`", m => "<c>" + System.Security.SecurityElement.Escape(m.Groups[1].Value).Replace("&apos;", "'").Replace("&quot;", "\"") + "</c>");
                xml = Regex.Replace(xml, @"\\(.)", "$1");
                Assert.True(code.Contains(xml, StringComparison.Ordinal), "not in the generated C#: " + xml);
            }
        }

        [Fact]
        public void PageNamesNeverCollide()
        {
            using var dir = new TempDir();
            dir.Write("a.webidl", "enum index { \"a\" };\nenum Foo { \"a\" };\nenum foo { \"b\" };\n[Exposed=Window] interface User { attribute index i; attribute Foo f; attribute foo g; };\n");
            var docs = Path.Combine(dir.Path, "docs");

            var run = ToolRun.Of("docs", dir.Path, "--out", docs);

            Assert.True(run.ExitCode == 0, run.ToString());
            var names = Directory.GetFiles(docs, "*.md").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "Foo.md", "User.md", "foo-2.md", "index-2.md", "index.md" }, names);
            Assert.StartsWith("# API reference", File.ReadAllText(Path.Combine(docs, "index.md")));
            Assert.Contains("[`index`](index-2.md)", File.ReadAllText(Path.Combine(docs, "User.md")));
            AssertNoBrokenLinks(docs);
        }

        [Fact]
        public void StalePagesAreRemoved()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.webidl", "enum A { \"a\" };\nenum B { \"b\" };\n");
            var docs = Path.Combine(dir.Path, "docs");
            Assert.Equal(0, ToolRun.Of("docs", file, "--out", docs).ExitCode);
            File.WriteAllText(Path.Combine(docs, "README.md"), "mine\n");

            File.WriteAllText(file, "enum A { \"a\" };\n");
            var run = ToolRun.Of("docs", file, "--out", docs);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.False(File.Exists(Path.Combine(docs, "B.md")));
            Assert.True(File.Exists(Path.Combine(docs, "README.md")));
            Assert.Contains("1 removed", run.Stdout);
        }

        [Fact]
        public void BrokenInputStillGetsPagesAndExitsOne()
        {
            using var dir = new TempDir();
            var file = dir.Write("a.webidl", "enum Good { \"a\" };\ninterface Broken {\n  attribute long x;\n    = 3;\n};\n[Exposed=Window] interface User { attribute Missing m; attribute Good g; };\n");
            var docs = Path.Combine(dir.Path, "docs");

            var run = ToolRun.Of("docs", file, "--out", docs);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains(file + "(4,5): error WIDL0007: ", run.Stderr);
            Assert.Contains("error WIDL0100", run.Stderr);
            Assert.True(File.Exists(Path.Combine(docs, "Good.md")));
            Assert.Contains("`attribute Missing m;`", Page(docs, "User"));
            AssertNoBrokenLinks(docs);
        }

        /// <summary>
        /// Every syntax and invalid case of webidl2.js's test suite, alone: pages for whatever parsed, no internal
        /// error, every signature split exactly, no broken link.
        /// </summary>
        [Fact]
        public void EveryWebIdl2TestCaseGivesSoundPages()
        {
            var cases = Directory.GetFiles(Path.Combine(ToolTestPaths.RepoRoot, "tests", "WebIdl.Language.Tests", "Cases"), "*.webidl", SearchOption.AllDirectories);
            Array.Sort(cases, StringComparer.Ordinal);
            Assert.True(cases.Length > 100, cases.Length + " cases");
            var options = GeneratorInputs.Options(null, null, false);
            var pages = 0;
            foreach (var path in cases)
            {
                var parsed = new[] { GeneratorPipeline.Parse(path, File.ReadAllText(path)) };
                var result = ApiDocs.Write(parsed, options);
                Assert.DoesNotContain(result.Diagnostics, d => d.Id == "WIDL0202");
                Assert.Equal(0, result.UnlinkedSignatures);
                Assert.Equal("index.md", result.Pages[0].FileName);
                using var dir = new TempDir();
                foreach (var page in result.Pages)
                {
                    File.WriteAllText(Path.Combine(dir.Path, page.FileName), page.Text);
                    Assert.EndsWith("\n", page.Text);
                    Assert.DoesNotContain("\r", page.Text);
                }

                var (broken, _, _) = MarkdownLinks.Check(dir.Path);
                Assert.True(broken.Count == 0, Path.GetFileName(path) + ": " + string.Join("\n", broken));
                pages += result.Pages.Count;
            }

            output.WriteLine($"{cases.Length} cases, {pages} pages");
        }

        [Fact]
        public void WholeCorpusHasEveryPageEverySpecLinkAndNoBrokenLink()
        {
            using var dir = new TempDir();
            var docs = Path.Combine(dir.Path, "docs");
            var clock = Stopwatch.StartNew();

            var run = ToolRun.Of("docs", ToolTestPaths.Corpus, "--out", docs);

            var elapsed = clock.Elapsed;
            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr.Substring(0, Math.Min(run.Stderr.Length, 4000)));

            var files = InputFiles.Expand(new[] { ToolTestPaths.Corpus });
            var parsed = files.Select(file => GeneratorPipeline.Parse(file, File.ReadAllText(file))).ToList();
            var options = GeneratorInputs.Options(null, null, false);
            var model = SemanticModel.Build(parsed.Select(p => p.File), new IdlSemanticOptions { KnownExternalTypes = options.KnownExternalTypes });
            var headers = parsed.ToDictionary(p => p.Path, p => SpecSource.FromHeader(p.File.HeaderComment), StringComparer.Ordinal);

            var pages = Directory.GetFiles(docs, "*.md").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(model.Definitions.Count + 1, pages.Count);
            var withSpec = 0;
            foreach (var definition in model.Definitions)
            {
                var page = definition.Name + ".md";
                Assert.True(pages.Contains(page), "no page for " + definition.Name);
                var spec = headers[definition.Syntax.Span.Path];
                if (spec is not null)
                {
                    var text = File.ReadAllText(Path.Combine(docs, page));
                    var line = text.Split('\n')[2];
                    Assert.Contains("specification: [", line);
                    Assert.EndsWith("](<" + spec.Url + ">)", line);
                    withSpec++;
                }
            }

            AssertNoBrokenLinks(docs);
            Assert.Equal(0, ApiDocs.Write(parsed, options).UnlinkedSignatures);
            var bytes = Directory.GetFiles(docs, "*.md").Sum(f => new FileInfo(f).Length);
            output.WriteLine($"corpus: {files.Count} files, {model.Definitions.Count} definitions, {pages.Count} pages ({withSpec} with a spec link), {bytes / 1024} KiB, webidl docs in {elapsed.TotalMilliseconds:F0} ms");
            output.WriteLine(run.Stdout);
            Assert.Equal(files.Count, headers.Values.Count(h => h is not null));
        }
    }
}
