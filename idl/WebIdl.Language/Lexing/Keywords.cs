using System.Collections.Generic;

namespace WebIdl.Language.Lexing
{
    /// <summary>The words and punctuation WebIDL's grammar treats as terminals (the same set as webidl2.js).</summary>
    internal static class Keywords
    {
        /// <summary>Keywords that may also be used as argument names.</summary>
        public static readonly string[] ArgumentNameKeywords =
        {
            "async", "attribute", "callback", "const", "constructor", "deleter", "dictionary", "enum", "getter",
            "includes", "inherit", "interface", "iterable", "maplike", "namespace", "partial", "required", "setlike",
            "setter", "static", "stringifier", "typedef", "unrestricted",
        };

        /// <summary>String types.</summary>
        public static readonly string[] StringTypes = { "ByteString", "DOMString", "USVString" };

        /// <summary>Keywords that name types.</summary>
        public static readonly string[] TypeNameKeywords =
        {
            "ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Int16Array", "Int32Array", "Uint8Array",
            "Uint16Array", "Uint32Array", "Uint8ClampedArray", "BigInt64Array", "BigUint64Array", "Float16Array",
            "Float32Array", "Float64Array", "any", "object", "symbol",
        };

        private static readonly string[] OtherTerminals =
        {
            "-Infinity", "FrozenArray", "Infinity", "NaN", "ObservableArray", "Promise", "async_iterable",
            "async_sequence", "bigint", "boolean", "byte", "double", "false", "float", "long", "mixin", "null",
            "octet", "optional", "or", "readonly", "record", "sequence", "short", "true", "undefined", "unsigned",
            "void",
        };

        /// <summary>Punctuation, longest first where one is a prefix of another.</summary>
        public static readonly string[] Punctuation = { "...", "(", ")", ",", ":", ";", "<", "=", ">", "?", "*", "[", "]", "{", "}" };

        private static readonly Dictionary<string, string> Interned = Build();

        /// <summary>Identifiers that are reserved and rejected.</summary>
        public static readonly HashSet<string> Reserved = new HashSet<string> { "_constructor", "toString", "_toString" };

        // Keywords grouped by length, so the lexer can recognise one in place without allocating a substring.
        private static readonly string[][] ByLength = BuildByLength();

        /// <summary>The interned keyword spelled by <paramref name="text"/>[start..start+length), or null.</summary>
        public static string? Find(string text, int start, int length)
        {
            if (length >= ByLength.Length)
            {
                return null;
            }

            foreach (var keyword in ByLength[length])
            {
                if (keyword[0] == text[start] && string.CompareOrdinal(text, start, keyword, 0, length) == 0)
                {
                    return keyword;
                }
            }

            return null;
        }

        private static string[][] BuildByLength()
        {
            var max = 0;
            foreach (var word in Interned.Keys)
            {
                max = System.Math.Max(max, word.Length);
            }

            var lists = new List<string>[max + 1];
            for (var i = 0; i <= max; i++)
            {
                lists[i] = new List<string>();
            }

            foreach (var word in Interned.Keys)
            {
                lists[word.Length].Add(word);
            }

            var result = new string[max + 1][];
            for (var i = 0; i <= max; i++)
            {
                lists[i].Sort(System.StringComparer.Ordinal);
                result[i] = lists[i].ToArray();
            }

            return result;
        }

        /// <summary>True when <paramref name="word"/> is a keyword (so an identifier spelled that way needs an escape).</summary>
        public static bool IsKeyword(string word) => Interned.ContainsKey(word);

        private static Dictionary<string, string> Build()
        {
            var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var list in new[] { ArgumentNameKeywords, StringTypes, TypeNameKeywords, OtherTerminals })
            {
                foreach (var word in list)
                {
                    map[word] = word;
                }
            }

            return map;
        }
    }
}
