using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace WebIdl.Tool
{
    /// <summary>An input that cannot be used: a path that does not exist or a file that cannot be read.</summary>
    public sealed class InputException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, naming the path.</param>
        /// <param name="inner">The underlying I/O error, if any.</param>
        public InputException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }

    /// <summary>Turns command-line paths into the list of WebIDL files to read, and reads them.</summary>
    public static class InputFiles
    {
        /// <summary>
        /// Expands <paramref name="paths"/>: a file is taken as given (whatever its extension); a directory
        /// contributes its <c>*.webidl</c> and <c>*.idl</c> files, recursively, sorted ordinally. A file named
        /// twice is kept once, at its first place.
        /// </summary>
        /// <param name="paths">Files and directories, as typed.</param>
        /// <returns>The files, in order.</returns>
        /// <exception cref="InputException">A path does not exist.</exception>
        public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
        {
            var files = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (File.Exists(path))
                {
                    Add(path);
                }
                else if (Directory.Exists(path))
                {
                    var found = new List<string>();
                    foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                    {
                        if (IsIdl(file))
                        {
                            found.Add(file);
                        }
                    }

                    found.Sort(StringComparer.Ordinal);
                    foreach (var file in found)
                    {
                        Add(file);
                    }
                }
                else
                {
                    throw new InputException("no such file or directory: " + path);
                }
            }

            return files;

            void Add(string file)
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        /// <summary>True for a <c>.webidl</c> or <c>.idl</c> file name (any case).</summary>
        /// <param name="path">A file path.</param>
        /// <returns>Whether a directory scan includes it.</returns>
        public static bool IsIdl(string path)
        {
            var extension = Path.GetExtension(path);
            return extension.Equals(".webidl", StringComparison.OrdinalIgnoreCase)
                || extension.Equals(".idl", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Reads a file as UTF-8; a UTF-8, UTF-16 or UTF-32 byte order mark is honoured and dropped.</summary>
        /// <param name="path">The file.</param>
        /// <returns>Its text.</returns>
        /// <exception cref="InputException">The file cannot be read.</exception>
        public static string Read(string path)
        {
            try
            {
                return File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new InputException("cannot read " + path + ": " + ex.Message, ex);
            }
        }
    }
}
