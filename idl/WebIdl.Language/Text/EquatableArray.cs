using System;
using System.Collections;
using System.Collections.Generic;

namespace WebIdl.Language.Text
{
    /// <summary>
    /// An immutable array with value equality, so records that hold lists compare by content.
    /// The incremental generator relies on this for caching.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        private readonly T[]? items;

        /// <summary>Wraps <paramref name="items"/>; the caller must not change the array afterwards.</summary>
        public EquatableArray(T[] items) => this.items = items;

        /// <summary>An empty array.</summary>
        public static EquatableArray<T> Empty => default;

        /// <summary>Number of items.</summary>
        public int Count => items?.Length ?? 0;

        /// <summary>True when there are no items.</summary>
        public bool IsEmpty => Count == 0;

        /// <summary>The item at <paramref name="index"/>.</summary>
        public T this[int index] => (items ?? Array.Empty<T>())[index];

        /// <summary>Copies a sequence into a new array.</summary>
        public static EquatableArray<T> From(IEnumerable<T> source)
        {
            var list = new List<T>(source);
            return list.Count == 0 ? default : new EquatableArray<T>(list.ToArray());
        }

        /// <inheritdoc />
        public bool Equals(EquatableArray<T> other)
        {
            var a = items ?? Array.Empty<T>();
            var b = other.items ?? Array.Empty<T>();
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < a.Length; i++)
            {
                if (!comparer.Equals(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 17;
            if (items is null)
            {
                return hash;
            }

            var comparer = EqualityComparer<T>.Default;
            foreach (var item in items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }

        /// <summary>Value equality.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <summary>Enumerates the items.</summary>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Wraps an array.</summary>
        public static implicit operator EquatableArray<T>(T[] items) => new EquatableArray<T>(items);
    }

    /// <summary>Helpers to build <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>Copies a sequence into a new equatable array.</summary>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> source) => EquatableArray<T>.From(source);
    }
}
