using System;
using System.Collections;
using System.Collections.Generic;

namespace ProbeGen.Core.Model
{
    /// <summary>
    /// An immutable array with structural equality. Every collection in the model is one of these:
    /// incremental generator caching compares models by value, and a plain array compares by reference.
    /// A default instance means "not set" (distinct from an empty array, which the user wrote).
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        private readonly T[]? _items;

        public EquatableArray(T[]? items) => _items = items;

        public static EquatableArray<T> Empty { get; } = new EquatableArray<T>(Array.Empty<T>());

        /// <summary>True when no array was given at all (the field was not written).</summary>
        public bool IsDefault => _items is null;

        public int Count => _items?.Length ?? 0;

        public T this[int index] => _items![index];

        public bool Equals(EquatableArray<T> other)
        {
            if (_items is null || other._items is null) return _items is null && other._items is null;
            if (_items.Length != other._items.Length) return false;
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            if (_items is null) return 0;
            int hash = 17;
            var comparer = EqualityComparer<T>.Default;
            foreach (var item in _items) hash = unchecked(hash * 31 + (item is null ? 0 : comparer.GetHashCode(item)));
            return hash;
        }

        /// <summary>A struct enumerator, so that <c>foreach</c> over an EquatableArray allocates nothing (issue 18: the array's
        /// boxed enumerators were a tenth of the generator's allocations).</summary>
        public Enumerator GetEnumerator() => new Enumerator(_items ?? Array.Empty<T>());

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        public struct Enumerator
        {
            private readonly T[] _array;
            private int _index;

            internal Enumerator(T[] array)
            {
                _array = array;
                _index = -1;
            }

            public T Current => _array[_index];

            public bool MoveNext() => ++_index < _array.Length;
        }

        public T[] ToArray() => _items is null ? Array.Empty<T>() : (T[])_items.Clone();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> From<T>(IEnumerable<T>? items) =>
            items is null ? default : new EquatableArray<T>(new List<T>(items).ToArray());

        /// <summary>The list's items (one copy, not two: the parsers build every model collection as a list).</summary>
        public static EquatableArray<T> From<T>(List<T>? items) =>
            items is null ? default : new EquatableArray<T>(items.Count == 0 ? Array.Empty<T>() : items.ToArray());
    }
}
