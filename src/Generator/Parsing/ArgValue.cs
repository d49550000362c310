using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// One attribute argument's value as <see cref="ValueReader"/> reads it, from either source: the compiler's
    /// <see cref="TypedConstant"/> (semantic path, the analyzers) or a literal read from syntax (<see cref="RawValue"/>).
    /// Same shape as <see cref="TypedConstant"/>: Kind, IsNull, Value (converted to the parameter's type), Values.
    /// </summary>
    internal readonly struct ArgValue
    {
        private readonly ImmutableArray<ArgValue> _values;

        private ArgValue(TypedConstantKind kind, bool isNull, object? value, bool hasErrorType, ImmutableArray<ArgValue> values)
        {
            Kind = kind;
            IsNull = isNull;
            Value = value;
            HasErrorType = hasErrorType;
            _values = values;
        }

        public TypedConstantKind Kind { get; }
        public bool IsNull { get; }
        public object? Value { get; }

        /// <summary>The argument's type does not bind (or is an array of such a type): the compiler reports it.</summary>
        public bool HasErrorType { get; }

        public ImmutableArray<ArgValue> Values => _values.IsDefault ? ImmutableArray<ArgValue>.Empty : _values;

        public static ArgValue From(TypedConstant tc)
        {
            bool errorType = tc.Type is IErrorTypeSymbol || tc.Type is IArrayTypeSymbol { ElementType: IErrorTypeSymbol };
            if (tc.Kind == TypedConstantKind.Array && !tc.IsNull)
            {
                var items = ImmutableArray.CreateBuilder<ArgValue>(tc.Values.Length);
                foreach (var v in tc.Values) items.Add(From(v));
                return new ArgValue(tc.Kind, false, null, errorType, items.MoveToImmutable());
            }
            return new ArgValue(tc.Kind, tc.IsNull, tc.Kind == TypedConstantKind.Array ? null : tc.Value, errorType, default);
        }

        public static ArgValue? From(TypedConstant? tc) => tc is { } v ? From(v) : null;

        public static ArgValue From(RawValue raw)
        {
            switch (raw.Kind)
            {
                case RawValueKind.Null:
                    return new ArgValue(raw.IsArray ? TypedConstantKind.Array : TypedConstantKind.Primitive, true, null, false, default);
                case RawValueKind.String:
                    return new ArgValue(TypedConstantKind.Primitive, false, raw.Text, false, default);
                case RawValueKind.Int:
                    return new ArgValue(TypedConstantKind.Primitive, false, (int)raw.Number, false, default);
                case RawValueKind.Long:
                    return new ArgValue(TypedConstantKind.Primitive, false, raw.Number, false, default);
                case RawValueKind.Bool:
                    return new ArgValue(TypedConstantKind.Primitive, false, raw.Number != 0, false, default);
                case RawValueKind.Enum:
                    return new ArgValue(TypedConstantKind.Enum, false, (int)raw.Number, false, default);
                case RawValueKind.Double:
                    // Round-trip text of the literal's double ("R"): the same bits the compiler's constant has.
                    return new ArgValue(TypedConstantKind.Primitive, false, double.Parse(raw.Text!, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), false, default);
                case RawValueKind.LongArray:
                    var longs = ImmutableArray.CreateBuilder<ArgValue>(raw.Items.Count);
                    foreach (var s in raw.Items) longs.Add(new ArgValue(TypedConstantKind.Primitive, false, long.Parse(s!, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture), false, default));
                    return new ArgValue(TypedConstantKind.Array, false, null, false, longs.MoveToImmutable());
                case RawValueKind.IntArray:
                    var ints = ImmutableArray.CreateBuilder<ArgValue>(raw.Items.Count);
                    foreach (var s in raw.Items) ints.Add(new ArgValue(TypedConstantKind.Primitive, false, int.Parse(s!, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture), false, default));
                    return new ArgValue(TypedConstantKind.Array, false, null, false, ints.MoveToImmutable());
                default:
                    var items = ImmutableArray.CreateBuilder<ArgValue>(raw.Items.Count);
                    foreach (var s in raw.Items) items.Add(new ArgValue(TypedConstantKind.Primitive, s is null, s, false, default));
                    return new ArgValue(TypedConstantKind.Array, false, null, false, items.MoveToImmutable());
            }
        }
    }

    internal enum RawValueKind { Null, String, Int, Long, Bool, Enum, StringArray, Double, IntArray, LongArray }

    /// <summary>
    /// A literal argument read from syntax, already converted to its parameter's type (an <c>int</c> literal for a
    /// <c>long</c> parameter is a Long), as the compiler's constant would be. Equatable, so the extraction step caches.
    /// </summary>
    internal sealed record RawValue(RawValueKind Kind, string? Text, long Number, EquatableArray<string?> Items, bool IsArray = false);

    /// <summary>A named property argument (<c>Replicas = 2</c>).</summary>
    internal sealed record RawNamed(string Name, RawValue Value);

    /// <summary>
    /// One ProbeGen attribute application read from syntax: its class name (<c>ContainerAttribute</c>), constructor
    /// arguments in parameter order, named arguments in source order, and where it starts (for the nested types' order).
    /// </summary>
    internal sealed record RawAttribute(string Name, EquatableArray<RawValue> Ctor, EquatableArray<RawNamed> Named, int Position);
}
