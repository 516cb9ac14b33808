using System.Collections.Generic;
using System.Threading.Tasks;
using WebIdl.Language;

namespace WebIdl.Tool
{
    /// <summary>Reads and parses a list of files, in parallel, keeping results in input order.</summary>
    public static class ParsedSet
    {
        /// <summary>Reads and parses every file of <paramref name="files"/>.</summary>
        /// <param name="files">The files, as expanded by <see cref="InputFiles.Expand"/>.</param>
        /// <param name="options">Parser options.</param>
        /// <returns>One result per file, in the same order.</returns>
        /// <exception cref="InputException">A file cannot be read.</exception>
        public static ParseResult[] Parse(IReadOnlyList<string> files, IdlParserOptions options)
        {
            var texts = new string[files.Count];
            for (var i = 0; i < files.Count; i++)
            {
                texts[i] = InputFiles.Read(files[i]);
            }

            var results = new ParseResult[files.Count];
            if (files.Count < 4)
            {
                for (var i = 0; i < files.Count; i++)
                {
                    results[i] = IdlParser.Parse(texts[i], files[i], options);
                }
            }
            else
            {
                Parallel.For(0, files.Count, i => results[i] = IdlParser.Parse(texts[i], files[i], options));
            }

            return results;
        }
    }
}
