using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WebIdl.Generator.Binding
{
    /// <summary>Compares by reference: two syntax nodes that are equal by value (the same member declared twice) stay apart.</summary>
    internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new ReferenceComparer<T>();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
