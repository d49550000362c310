using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;
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
            _yaml = yaml;
        }

        private ManifestEntry(ManifestIndexLine line, FieldInfo yamlConstant)
        {
            Kind = line.Kind;
            Name = line.Name;
            Namespace = line.Namespace;
            FileName = line.FileName;
            _yamlConstant = yamlConstant;
        }

        private readonly FieldInfo? _yamlConstant;
        private string? _yaml;

        /// <summary>
        /// The entries of a catalogue (called by generated code): <paramref name="catalogue"/> is the generated
        /// <c>ProbeGen.Generated.Manifests</c>; its <c>Index</c> constant lists the workload types, and each entry's
        /// YAML is its type's <c>ManifestYaml</c> constant, read from the assembly's constant table when first asked
        /// for. Why not from code: a constant used in code is copied into the user-string heap, 16 MB per assembly.
        /// </summary>
        /// <exception cref="System.ArgumentException">The catalogue is not one this version of ProbeGen wrote.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static IReadOnlyList<ManifestEntry> FromCatalogue(System.Type catalogue)
        {
            if (catalogue is null) throw new System.ArgumentNullException(nameof(catalogue));
            const BindingFlags Constant = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            var lines = catalogue.GetField(ManifestIndex.IndexField, Constant) is { IsLiteral: true } index && index.GetRawConstantValue() is string text ? ManifestIndex.Parse(text) : null;
            if (lines is null) throw Mismatch();
            var entries = new ManifestEntry[lines.Count];
            var assembly = catalogue.Assembly;
            for (int i = 0; i < entries.Length; i++)
            {
                var type = assembly.GetType(lines[i].TypeMetadataName, throwOnError: false);
                var field = type?.GetField(ManifestIndex.YamlField, Constant);
                if (field is null || !field.IsLiteral || field.FieldType != typeof(string)) throw Mismatch();
                entries[i] = new ManifestEntry(lines[i], field);
            }
            return entries;
        }

        private static System.ArgumentException Mismatch() =>
            new System.ArgumentException("The manifest catalogue does not match this version of ProbeGen: rebuild the project.", "catalogue");

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
        public string Yaml => _yaml ??= (string)_yamlConstant!.GetRawConstantValue()!;

        /// <inheritdoc />
        public override string ToString() => FileName;
    }
}
