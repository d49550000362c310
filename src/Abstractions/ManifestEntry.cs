using System.Collections.Generic;
using System.ComponentModel;
using ProbeGen.Internal;

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

        /// <summary>
        /// The entries of a catalogue (called by generated code): <paramref name="index"/> is the catalogue's index
        /// constant, <paramref name="yamls"/> the workloads' <c>ManifestYaml</c> constants in the index's order.
        /// </summary>
        /// <exception cref="System.ArgumentException">The index is not one this version of ProbeGen wrote, or does not match <paramref name="yamls"/>.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static IReadOnlyList<ManifestEntry> FromIndex(string index, string[] yamls)
        {
            var lines = ManifestIndex.Parse(index ?? "");
            if (lines is null || yamls is null || lines.Count != yamls.Length)
                throw new System.ArgumentException("The manifest catalogue does not match this version of ProbeGen: rebuild the project.", nameof(index));
            var entries = new ManifestEntry[lines.Count];
            for (int i = 0; i < entries.Length; i++)
            {
                var l = lines[i];
                entries[i] = new ManifestEntry(l.Kind, l.Name, l.Namespace, l.FileName, yamls[i]);
            }
            return entries;
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
