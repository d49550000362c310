namespace ProbeGen.Core.Model
{
    /// <summary>One entry of a string map (labels, annotations, node selector, resource list), kept in the user's order.</summary>
    public sealed record KeyValue(string Key, string Value);
}
