using System;
using System.Collections.Generic;

namespace WebIdl.Language.Semantics
{
    /// <summary>The type names Web IDL defines itself: they are never definitions and never unknown.</summary>
    public static class BuiltinTypes
    {
        private static readonly HashSet<string> Integers = new HashSet<string>(StringComparer.Ordinal)
        {
            "byte", "octet", "short", "unsigned short", "long", "unsigned long", "long long", "unsigned long long",
        };

        private static readonly HashSet<string> Floats = new HashSet<string>(StringComparer.Ordinal)
        {
            "float", "unrestricted float", "double", "unrestricted double",
        };

        private static readonly HashSet<string> Strings = new HashSet<string>(StringComparer.Ordinal)
        {
            "DOMString", "ByteString", "USVString",
        };

        private static readonly HashSet<string> Buffers = new HashSet<string>(StringComparer.Ordinal)
        {
            "ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Int16Array", "Int32Array", "Uint8Array",
            "Uint16Array", "Uint32Array", "Uint8ClampedArray", "BigInt64Array", "BigUint64Array", "Float16Array",
            "Float32Array", "Float64Array",
        };

        private static readonly HashSet<string> Others = new HashSet<string>(StringComparer.Ordinal)
        {
            "bigint", "boolean", "any", "object", "symbol", "undefined", "void",
        };

        /// <summary>True for every built-in type name: primitives, strings, buffer types, <c>any</c>, <c>object</c>, <c>symbol</c>, <c>undefined</c> and <c>void</c>.</summary>
        public static bool IsBuiltin(string name) =>
            Integers.Contains(name) || Floats.Contains(name) || Strings.Contains(name) || Buffers.Contains(name) || Others.Contains(name);

        /// <summary>True for the integer and floating-point types (not <c>bigint</c>).</summary>
        public static bool IsNumeric(string name) => Integers.Contains(name) || Floats.Contains(name);

        /// <summary>True for <c>DOMString</c>, <c>ByteString</c> and <c>USVString</c>.</summary>
        public static bool IsString(string name) => Strings.Contains(name);

        /// <summary>True for <c>ArrayBuffer</c>, <c>SharedArrayBuffer</c>, <c>DataView</c> and the typed array types.</summary>
        public static bool IsBufferType(string name) => Buffers.Contains(name);
    }
}
