using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ProbeGen.Tasks
{
    /// <summary>
    /// Reads <c>[assembly: AssemblyMetadata("ProbeGen.Manifest:&lt;file&gt;", yaml)]</c> from a built assembly with
    /// System.Reflection.Metadata: nothing is loaded or executed.
    /// </summary>
    internal static class ManifestReader
    {
        public const string KeyPrefix = "ProbeGen.Manifest:";

        public static List<KeyValuePair<string, string>> Read(string assemblyPath)
        {
            var result = new List<KeyValuePair<string, string>>();
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return result;
            var md = pe.GetMetadataReader();
            foreach (var handle in md.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = md.GetCustomAttribute(handle);
                if (!IsAssemblyMetadataAttribute(md, attribute)) continue;
                var blob = md.GetBlobReader(attribute.Value);
                if (blob.ReadUInt16() != 0x0001) continue; // custom attribute prolog
                string? key = blob.ReadSerializedString();
                string? value = blob.ReadSerializedString();
                if (key is null || value is null || !key.StartsWith(KeyPrefix, StringComparison.Ordinal)) continue;
                result.Add(new KeyValuePair<string, string>(key.Substring(KeyPrefix.Length), value));
            }
            return result;
        }

        private static bool IsAssemblyMetadataAttribute(MetadataReader md, CustomAttribute attribute)
        {
            EntityHandle type;
            if (attribute.Constructor.Kind == HandleKind.MemberReference)
            {
                type = md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            }
            else if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
            {
                type = md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
            }
            else
            {
                return false;
            }
            StringHandle name, ns;
            if (type.Kind == HandleKind.TypeReference)
            {
                var r = md.GetTypeReference((TypeReferenceHandle)type);
                name = r.Name;
                ns = r.Namespace;
            }
            else if (type.Kind == HandleKind.TypeDefinition)
            {
                var d = md.GetTypeDefinition((TypeDefinitionHandle)type);
                name = d.Name;
                ns = d.Namespace;
            }
            else
            {
                return false;
            }
            return md.StringComparer.Equals(name, "AssemblyMetadataAttribute") && md.StringComparer.Equals(ns, "System.Reflection");
        }
    }
}
