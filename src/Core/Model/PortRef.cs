namespace ProbeGen.Core.Model
{
    /// <summary>Kubernetes IntOrString for a probe port: a number or an IANA service name.</summary>
    public sealed record PortRef(int? Number, string? Name)
    {
        public static PortRef FromNumber(int number) => new(number, null);
        public static PortRef FromName(string name) => new(null, name);
        public override string ToString() => Name ?? (Number ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
