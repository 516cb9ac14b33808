using System;
using System.Collections.Generic;
using System.Linq;

namespace WebIdl.Generator.Corpus.Tests.Infrastructure
{
    /// <summary>
    /// The warnings a build of the corpus may report, each documented in the README's diagnostics table. Any other
    /// warning, and any error, fails the tests.
    /// </summary>
    public static class Notices
    {
        /// <summary>The generator's "not mapped" notices: a construct it leaves out or maps partly, and says so.</summary>
        public static readonly IReadOnlyList<string> NotMapped = new[]
        {
            "WIDL0200", // a construct not mapped (yet)
            "WIDL0201", // an overload dropped because C# cannot tell it apart from an earlier one
            "WIDL0203", // a constant whose value does not fit its C# type, left out
        };

        /// <summary>
        /// Warnings about the IDL itself (webidl2.js lint rules and the semantic model), reported through the generator
        /// because it checks what it reads; the corpus as published breaks some of them.
        /// </summary>
        public static readonly IReadOnlyList<string> IdlLint = new[]
        {
            "WIDL0113", // interface or namespace without [Exposed]
            "WIDL0125", // void instead of undefined
            "WIDL0126", // renamed legacy extended attribute
            "WIDL0127", // [LegacyNoInterfaceObject]
            "WIDL0131", // the same overload declared twice
        };

        /// <summary>Every warning id allowed.</summary>
        public static IEnumerable<string> Allowed => NotMapped.Concat(IdlLint);

        /// <summary>Whether a warning with <paramref name="id"/> is allowed.</summary>
        public static bool IsAllowed(string id) => Allowed.Contains(id, StringComparer.Ordinal);

        /// <summary>"WIDL0127=46, WIDL0200=12" for the ids in ordinal order; "none" when empty.</summary>
        public static string Counts(IEnumerable<string> ids)
        {
            var groups = ids.GroupBy(id => id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            return groups.Count == 0 ? "none" : string.Join(", ", groups.Select(g => g.Key + "=" + g.Count()));
        }
    }
}
