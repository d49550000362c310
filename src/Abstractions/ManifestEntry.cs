namespace ProbeGen
{
    /// <summary>One manifest of the assembly's catalogue, <c>ProbeGen.Generated.Manifests.All</c>.</summary>
    public sealed class ManifestEntry
    {
        /// <summary>Creates an entry (called by generated code).</summary>
        public ManifestEntry(string kind, string name, string? @namespace, string fileName, string yaml)
        {
            Kind = kind;
            Name = name;
            Namespace = @namespace;
            FileName = fileName;
            Yaml = yaml;
        }

        /// <summary>The Kubernetes kind: <c>Pod</c>, <c>Deployment</c>, <c>Job</c> or <c>CronJob</c>.</summary>
        public string Kind { get; }

        /// <summary><c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>metadata.namespace</c>, or null.</summary>
        public string? Namespace { get; }

        /// <summary>The file the build writes: <c>[namespace.]name.kind.yaml</c>.</summary>
        public string FileName { get; }

        /// <summary>The YAML document.</summary>
        public string Yaml { get; }

        /// <inheritdoc />
        public override string ToString() => FileName;
    }
}
