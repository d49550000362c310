using System.Text;
using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Emission
{
    /// <summary>
    /// Model → <c>CreateManifest()</c>: one call to the shared <see cref="FactoryHelpers"/>, which deserializes the
    /// workload's own <c>ManifestYaml</c> with KubernetesClient's reader. Nothing per field is written here.
    /// </summary>
    internal static class TypedFactoryEmitter
    {
        public static string ReturnType(WorkloadKind kind) => "global::k8s.Models.V1" + kind.KindName();

        /// <summary>
        /// The helper and the types are named in full (<c>global::</c>), never through an alias or a short name a user's
        /// type or member could shadow; <c>typeof</c> names the enclosing type, which no nested type may share (CS0542).
        /// </summary>
        public static void Emit(StringBuilder sb, string typeName, WorkloadKind kind, string indent)
        {
            string type = ReturnType(kind);
            sb.Append(indent).Append("public static ").Append(type).Append(" CreateManifest() => ").Append(FactoryHelpers.ClassName)
              .Append(".Create<").Append(type).Append(">(typeof(").Append(typeName).Append("));\n");
        }
    }
}
