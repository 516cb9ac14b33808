using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Docs
{
    /// <summary>One Markdown page of the API reference.</summary>
    /// <param name="FileName">The page's file name: <c>index.md</c>, or <c>&lt;Name&gt;.md</c> for a definition.</param>
    /// <param name="Title">The definition's IDL name, or <c>API reference</c> for the index.</param>
    /// <param name="Kind">The definition's kind (<c>interface</c>, <c>dictionary</c>, …), or <c>index</c>.</param>
    /// <param name="Text">The Markdown, with <c>\n</c> line ends.</param>
    public sealed record ApiDocsPage(string FileName, string Title, string Kind, string Text);

    /// <summary>The outcome of <see cref="ApiDocs.Write"/>.</summary>
    /// <param name="Pages">The index page first, then one page per definition, in ordinal order of file name.</param>
    /// <param name="Diagnostics">The diagnostics of binding the set (parse, semantic model, generator), as <see cref="GeneratorPipeline.Bind"/> reports them.</param>
    /// <param name="UnlinkedSignatures">Signatures printed without links because the exact IDL text could not be
    /// split around the type names (expected: zero).</param>
    public sealed record ApiDocsResult(EquatableArray<ApiDocsPage> Pages, EquatableArray<IdlDiagnostic> Diagnostics, int UnlinkedSignatures);

    /// <summary>
    /// The API reference of a WebIDL set as Markdown: an index of every definition grouped by kind, and one page per
    /// top-level definition with its kind, C# types, documentation, specification link, inheritance, and every member
    /// with its IDL signature (exact <see cref="WebIdl.Language.Syntax.IdlWriter"/> text, type names linked to their
    /// pages), its C# signature from the binding model, documentation and legacy exceptions.
    /// </summary>
    /// <remarks>
    /// The pages describe what <see cref="GeneratorPipeline"/> generates from the same files and options; the C#
    /// side is read from its binding records, so the pages cannot disagree with the code. Output is deterministic:
    /// ordinal order everywhere, no times or absolute paths (files are named by their file name).
    /// </remarks>
    public static class ApiDocs
    {
        /// <summary>The index page's file name.</summary>
        public const string IndexFileName = "index.md";

        /// <summary>Writes the reference pages of <paramref name="files"/> bound with <paramref name="options"/>. Never throws.</summary>
        /// <param name="files">Every parsed file of the set (<see cref="GeneratorPipeline.Parse"/>).</param>
        /// <param name="options">The options the code is generated with (namespace, known types).</param>
        /// <returns>The pages and the binding diagnostics. An internal failure is reported as a WIDL0202 error, with the pages written so far.</returns>
        public static ApiDocsResult Write(IReadOnlyList<ParsedIdlFile> files, GeneratorOptions options)
        {
            options ??= new GeneratorOptions();
            files ??= Array.Empty<ParsedIdlFile>();
            var binding = GeneratorPipeline.Bind(files, options);
            var pages = new List<ApiDocsPage>();
            var diagnostics = new List<IdlDiagnostic>(binding.Diagnostics);
            var unlinked = 0;
            try
            {
                var site = new DocsSite(files, options, binding);
                pages.Add(IndexPage.Write(site));
                foreach (var definition in site.Model.Definitions)
                {
                    pages.Add(DefinitionPage.Write(site, definition));
                }

                unlinked = site.Signatures.Fallbacks;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Add(GeneratorPipeline.InternalError(ex, ""));
            }

            pages.Sort((a, b) => a.FileName == IndexFileName ? -1 : b.FileName == IndexFileName ? 1 : string.CompareOrdinal(a.FileName, b.FileName));
            return new ApiDocsResult(pages.ToArray(), diagnostics.ToArray(), unlinked);
        }
    }
}
