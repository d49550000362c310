using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ProbeGen.Internal;

namespace ProbeGen.Tasks
{
    /// <summary>
    /// Reads the manifests from a built assembly's metadata with System.Reflection.Metadata (nothing is loaded or
    /// executed): the catalogue's <c>ProbeGen.Generated.Manifests.Index</c> constant says which file each workload
    /// type's <c>ManifestYaml</c> constant goes to. The YAML is stored once in the assembly, as that constant.
    /// </summary>
    internal static class ManifestReader
    {
        /// <summary>
        /// File name → YAML, in index order. A file name that two workloads claim (PG0012, compared ignoring case as
        /// file systems may) is left out: two workloads must never race for one file.
        /// </summary>
        /// <exception cref="InvalidDataException">The catalogue is there but does not read as ProbeGen writes it.</exception>
        public static List<KeyValuePair<string, string>> Read(string assemblyPath)
        {
            var result = new List<KeyValuePair<string, string>>();
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return result;
            var md = pe.GetMetadataReader();

            TypeDefinitionHandle catalogue = default;
            foreach (var handle in md.TypeDefinitions)
            {
                var t = md.GetTypeDefinition(handle);
                if (t.GetDeclaringType().IsNil && md.StringComparer.Equals(t.Name, ManifestIndex.TypeName) && md.StringComparer.Equals(t.Namespace, ManifestIndex.TypeNamespace))
                {
                    catalogue = handle;
                    break;
                }
            }
            if (catalogue.IsNil) return result; // no workloads, or ProbeGen's generator did not run
            string? index = StringConstant(md, catalogue, ManifestIndex.IndexField);
            var lines = index is null ? null : ManifestIndex.Parse(index);
            if (lines is null) throw new InvalidDataException("the manifest catalogue (ProbeGen.Generated.Manifests.Index) is not one this version of ProbeGen wrote; rebuild with the same ProbeGen version");

            var wanted = new Dictionary<string, TypeDefinitionHandle>(StringComparer.Ordinal);
            foreach (var line in lines) wanted[line.TypeMetadataName] = default;
            foreach (var handle in md.TypeDefinitions)
            {
                string name = MetadataName(md, handle);
                if (wanted.ContainsKey(name)) wanted[name] = handle;
            }

            var claims = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines) claims[line.FileName] = claims.TryGetValue(line.FileName, out var n) ? n + 1 : 1;
            foreach (var line in lines)
            {
                if (claims[line.FileName] > 1) continue;
                var type = wanted[line.TypeMetadataName];
                string? yaml = type.IsNil ? null : StringConstant(md, type, ManifestIndex.YamlField);
                if (yaml is null) throw new InvalidDataException("the manifest catalogue lists '" + line.TypeMetadataName + "', but the assembly has no such type with a ManifestYaml constant");
                result.Add(new KeyValuePair<string, string>(line.FileName, yaml));
            }
            return result;
        }

        /// <summary>
        /// The workloads the generator held back for an error (<c>ProbeGen.Generated.HeldBackManifests.Index</c>); empty
        /// when there are none. A line that does not read is skipped: this list only adds warnings, it never removes files.
        /// </summary>
        public static List<HeldBackWorkload> ReadHeldBack(string assemblyPath)
        {
            var result = new List<HeldBackWorkload>();
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return result;
            var md = pe.GetMetadataReader();
            foreach (var handle in md.TypeDefinitions)
            {
                var t = md.GetTypeDefinition(handle);
                if (!t.GetDeclaringType().IsNil || !md.StringComparer.Equals(t.Name, ManifestIndex.HeldBackTypeName) || !md.StringComparer.Equals(t.Namespace, ManifestIndex.TypeNamespace)) continue;
                string? index = StringConstant(md, handle, ManifestIndex.IndexField);
                if (index is null) break;
                foreach (var line in index.Split('\n'))
                {
                    var f = line.Split('\t');
                    if (f.Length != 4 || f[0].Length == 0) continue;
                    result.Add(new HeldBackWorkload(f[0], f[1], f[2].Length == 0 ? Array.Empty<string>() : f[2].Split(','), f[3] == "1"));
                }
                break;
            }
            return result;
        }

        /// <summary><c>Ns.Outer+Inner</c>, as the index writes it.</summary>
        private static string MetadataName(MetadataReader md, TypeDefinitionHandle handle)
        {
            var t = md.GetTypeDefinition(handle);
            string name = md.GetString(t.Name);
            var declaring = t.GetDeclaringType();
            if (!declaring.IsNil) return MetadataName(md, declaring) + "+" + name;
            string ns = md.GetString(t.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>The value of the string constant <paramref name="field"/> declared on <paramref name="type"/>; null when there is none.</summary>
        private static string? StringConstant(MetadataReader md, TypeDefinitionHandle type, string field)
        {
            foreach (var handle in md.GetTypeDefinition(type).GetFields())
            {
                var f = md.GetFieldDefinition(handle);
                if (!md.StringComparer.Equals(f.Name, field)) continue;
                var constantHandle = f.GetDefaultValue();
                if (constantHandle.IsNil) return null;
                var constant = md.GetConstant(constantHandle);
                if (constant.TypeCode != ConstantTypeCode.String) return null;
                var blob = md.GetBlobReader(constant.Value);
                return blob.ReadUTF16(blob.Length);
            }
            return null;
        }
    }

    /// <summary>A workload with no manifest: its type, kind, the rules that hold it back, and whether PG0017 already said so.</summary>
    internal sealed class HeldBackWorkload
    {
        public HeldBackWorkload(string type, string kind, string[] rules, bool reported)
        {
            Type = type;
            Kind = kind;
            Rules = rules;
            Reported = reported;
        }

        public string Type { get; }
        public string Kind { get; }
        public string[] Rules { get; }
        public bool Reported { get; }
    }
}
