// One source file, compiled into three assemblies (linked, not copied): ProbeGen.dll (ManifestEntry reads it),
// the generator (writes it) and the build task (reads it from the built assembly's metadata). The format lives here
// only, so the writer and the two readers cannot drift apart.
using System.Collections.Generic;
using System.Text;

namespace ProbeGen.Internal
{
    /// <summary>One line of the catalogue index: what a workload's manifest is and where its YAML lives.</summary>
    internal sealed class ManifestIndexLine
    {
        public ManifestIndexLine(string fileName, string typeMetadataName, string kind, string name, string? @namespace)
        {
            FileName = fileName;
            TypeMetadataName = typeMetadataName;
            Kind = kind;
            Name = name;
            Namespace = @namespace;
        }

        /// <summary>The file the build writes: <c>[namespace.]name.kind.yaml</c>.</summary>
        public string FileName { get; }

        /// <summary>The workload type as metadata names it (<c>Ns.Outer+Inner</c>); its <c>ManifestYaml</c> constant holds the YAML.</summary>
        public string TypeMetadataName { get; }

        public string Kind { get; }

        public string Name { get; }

        public string? Namespace { get; }
    }

    /// <summary>
    /// The catalogue index: the constant <c>ProbeGen.Generated.Manifests.Index</c>, one line per manifest, fields
    /// separated by a tab (file name, type, kind, name and, when set, namespace). A backslash, tab, carriage return or
    /// line feed inside a field is written as <c>\\</c>, <c>\t</c>, <c>\r</c>, <c>\n</c>. The YAML is not in it: it is
    /// in each workload's <c>ManifestYaml</c> constant, once.
    /// </summary>
    internal static class ManifestIndex
    {
        public const string TypeNamespace = "ProbeGen.Generated";
        public const string TypeName = "Manifests";
        public const string IndexField = "Index";
        public const string YamlField = "ManifestYaml";

        /// <summary>
        /// <c>ProbeGen.Generated.HeldBackManifests.Index</c>: the workloads an error holds back, one line each,
        /// <c>type \t kind \t rule IDs (comma-separated) \t 1 when the build already reported PG0017, else 0</c>.
        /// </summary>
        public const string HeldBackTypeName = "HeldBackManifests";

        public static void AppendLine(StringBuilder sb, ManifestIndexLine line)
        {
            Field(sb, line.FileName);
            sb.Append('\t');
            Field(sb, line.TypeMetadataName);
            sb.Append('\t');
            Field(sb, line.Kind);
            sb.Append('\t');
            Field(sb, line.Name);
            if (line.Namespace is not null)
            {
                sb.Append('\t');
                Field(sb, line.Namespace);
            }
            sb.Append('\n');
        }

        private static void Field(StringBuilder sb, string value)
        {
            foreach (char c in value)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\n': sb.Append("\\n"); break;
                    default: sb.Append(c); break;
                }
            }
        }

        /// <summary>The lines of <paramref name="index"/>; null when it is not an index this version can read.</summary>
        public static List<ManifestIndexLine>? Parse(string index)
        {
            var result = new List<ManifestIndexLine>();
            var fields = new List<string>(5);
            var field = new StringBuilder();
            for (int i = 0; i < index.Length; i++)
            {
                char c = index[i];
                if (c == '\\')
                {
                    if (++i >= index.Length) return null;
                    switch (index[i])
                    {
                        case '\\': field.Append('\\'); break;
                        case 't': field.Append('\t'); break;
                        case 'r': field.Append('\r'); break;
                        case 'n': field.Append('\n'); break;
                        default: return null;
                    }
                }
                else if (c == '\t')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count is < 4 or > 5) return null;
                    result.Add(new ManifestIndexLine(fields[0], fields[1], fields[2], fields[3], fields.Count == 5 ? fields[4] : null));
                    fields.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }
            return fields.Count == 0 && field.Length == 0 ? result : null;
        }
    }
}
