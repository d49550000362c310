using System;
using System.Globalization;

namespace ProbeGen.Core.Validation
{
    /// <summary>A Kubernetes IntOrString as the manifest gave it: a number, or a string (e.g. <c>"25%"</c>).</summary>
    public readonly struct IntOrStringValue : IEquatable<IntOrStringValue>
    {
        private IntOrStringValue(bool isString, long number, string? text)
        {
            IsString = isString;
            Number = number;
            Text = text ?? "";
        }

        public static IntOrStringValue FromInt(long number) => new(false, number, null);

        public static IntOrStringValue FromString(string text) => new(true, 0, text ?? throw new ArgumentNullException(nameof(text)));

        public bool IsString { get; }

        /// <summary>The number, when <see cref="IsString"/> is false.</summary>
        public long Number { get; }

        /// <summary>The string, when <see cref="IsString"/> is true; "" otherwise.</summary>
        public string Text { get; }

        public bool Equals(IntOrStringValue other) => IsString == other.IsString && Number == other.Number && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is IntOrStringValue other && Equals(other);

        public override int GetHashCode() => IsString ? StringComparer.Ordinal.GetHashCode(Text) : Number.GetHashCode();

        /// <summary>As YAML would show it: a number plain, a string quoted.</summary>
        public override string ToString() => IsString ? K8sText.Quote(Text) : Number.ToString(CultureInfo.InvariantCulture);
    }
}
