using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace WebIdl.Tool
{
    /// <summary>What <see cref="OutputDirectory.Write"/> did.</summary>
    /// <param name="Written">Files written because they were new or their text changed.</param>
    /// <param name="Unchanged">Files left alone because they already held the same bytes.</param>
    /// <param name="Removed">Files of an earlier run that this run did not produce, deleted.</param>
    public sealed record OutputSummary(int Written, int Unchanged, int Removed);

    /// <summary>
    /// An output directory that the tool owns only in part: it writes its files there, remembers their names in a
    /// manifest file, and on the next run deletes the ones it wrote before and does not write again. It never
    /// deletes a file it did not list, nor one outside the directory, nor one without the expected extension.
    /// </summary>
    public sealed class OutputDirectory
    {
        private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Creates the writer for one directory.</summary>
        /// <param name="path">The directory (created when needed).</param>
        /// <param name="manifestName">The manifest's file name inside the directory, such as <c>.webidl-generated</c>.</param>
        /// <param name="ownedSuffix">The only file-name ending the tool deletes, such as <c>.g.cs</c>.</param>
        public OutputDirectory(string path, string manifestName, string ownedSuffix)
        {
            Path = path;
            ManifestName = manifestName;
            OwnedSuffix = ownedSuffix;
        }

        /// <summary>The directory.</summary>
        public string Path { get; }

        /// <summary>The manifest's file name inside <see cref="Path"/>.</summary>
        public string ManifestName { get; }

        /// <summary>The file-name ending of the files the tool writes and may delete.</summary>
        public string OwnedSuffix { get; }

        /// <summary>
        /// Checks that <paramref name="name"/> can be written by this directory: a plain file name (no directory
        /// part, not <c>.</c> or <c>..</c>) ending with <see cref="OwnedSuffix"/>.
        /// </summary>
        /// <param name="name">A file name.</param>
        /// <returns>Whether it is acceptable.</returns>
        public bool IsOwnedName(string name) =>
            name.Length > OwnedSuffix.Length
            && name.EndsWith(OwnedSuffix, StringComparison.Ordinal)
            && name.IndexOfAny(new[] { '/', '\\', ':', '\0' }) < 0
            && name != "." && name != ".."
            && System.IO.Path.GetFileName(name) == name;

        /// <summary>
        /// Writes every file of <paramref name="files"/> (UTF-8 without a byte order mark, the text exactly as
        /// given), skipping files whose bytes are already equal, deletes the files the previous manifest lists that
        /// are not in <paramref name="files"/>, and writes the new manifest.
        /// </summary>
        /// <param name="files">File name (see <see cref="IsOwnedName"/>) and text, in the order to write them.</param>
        /// <returns>How many files were written, left unchanged and removed.</returns>
        /// <exception cref="InputException">A file name is not acceptable, two names differ only in case, or the
        /// directory or a file cannot be written.</exception>
        public OutputSummary Write(IReadOnlyList<KeyValuePair<string, string>> files)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                if (!IsOwnedName(file.Key))
                {
                    throw new InputException("refusing to write '" + file.Key + "': not a plain file name ending with " + OwnedSuffix);
                }

                if (!names.Add(file.Key))
                {
                    // Case-insensitive file systems would merge the two files.
                    throw new InputException("two outputs would be written to the same file '" + file.Key + "' in " + Path);
                }
            }

            Guard("create " + Path, () => Directory.CreateDirectory(Path));
            var previous = ReadManifest();
            var written = 0;
            var unchanged = 0;
            foreach (var file in files)
            {
                var target = System.IO.Path.Combine(Path, file.Key);
                var bytes = Utf8NoBom.GetBytes(file.Value);
                if (SameBytes(target, bytes))
                {
                    unchanged++;
                    continue;
                }

                Guard("write " + target, () => File.WriteAllBytes(target, bytes));
                written++;
            }

            var removed = 0;
            foreach (var name in previous)
            {
                // Compared ignoring case: on a case-insensitive file system `A.g.cs` of the last run is the
                // `a.g.cs` just written, and deleting it would delete the new file.
                if (names.Contains(name))
                {
                    continue;
                }

                var target = System.IO.Path.Combine(Path, name);
                if (File.Exists(target))
                {
                    Guard("delete " + target, () => File.Delete(target));
                    removed++;
                }
            }

            var manifest = new StringBuilder();
            manifest.Append("# Files written by the webidl tool; the next run deletes the ones it no longer writes.\n");
            var sorted = new List<string>(files.Count);
            foreach (var file in files)
            {
                sorted.Add(file.Key);
            }

            sorted.Sort(StringComparer.Ordinal);
            foreach (var name in sorted)
            {
                manifest.Append(name).Append('\n');
            }

            var manifestPath = System.IO.Path.Combine(Path, ManifestName);
            var manifestBytes = Utf8NoBom.GetBytes(manifest.ToString());
            if (!SameBytes(manifestPath, manifestBytes))
            {
                Guard("write " + manifestPath, () => File.WriteAllBytes(manifestPath, manifestBytes));
            }

            return new OutputSummary(written, unchanged, removed);
        }

        /// <summary>The names the manifest lists that this directory may delete (a tampered line is ignored).</summary>
        private List<string> ReadManifest()
        {
            var names = new List<string>();
            var manifestPath = System.IO.Path.Combine(Path, ManifestName);
            if (!File.Exists(manifestPath))
            {
                return names;
            }

            string text = "";
            Guard("read " + manifestPath, () => text = File.ReadAllText(manifestPath, Utf8NoBom));
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.Length > 0 && line[0] != '#' && IsOwnedName(line))
                {
                    names.Add(line);
                }
            }

            return names;
        }

        private static bool SameBytes(string path, byte[] bytes)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length != bytes.Length)
                {
                    return false;
                }

                return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static void Guard(string what, Action action)
        {
            try
            {
                action();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new InputException("cannot " + what + ": " + ex.Message, ex);
            }
        }
    }
}
