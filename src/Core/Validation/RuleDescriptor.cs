namespace ProbeGen.Core.Validation
{
    public enum RuleSeverity
    {
        Error,
        Warning,
        Info,
    }

    /// <summary>
    /// The identity of one diagnostic: the analyzers turn it into a DiagnosticDescriptor, the YAML linter prints it,
    /// the docs test checks it has a page. One ID per rule; IDs are never reused.
    /// </summary>
    public sealed record RuleDescriptor(string Id, string Title, RuleSeverity Severity, string Category)
    {
        public string HelpLink => "https://github.com/probegen/probegen/blob/main/docs/rules/" + Id + ".md";
    }

    /// <summary>One finding of the rule engine: a Kubernetes field path and the full message (path first, as the API server renders it).</summary>
    /// <param name="SourcePath">A more precise path than the API server's, where it reports at a map or list
    /// (<c>metadata.labels[app]</c>): front-ends use it to find the exact entry; null means <paramref name="Path"/>.</param>
    public sealed record Finding(RuleDescriptor Rule, string Path, string Message, string? SourcePath = null)
    {
        public string LocatorPath => SourcePath ?? Path;

        public string RuleId => Rule.Id;
        public bool IsError => Rule.Severity == RuleSeverity.Error;
        public override string ToString() => Rule.Id + " " + Message;
    }
}
