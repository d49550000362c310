using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateObjectFieldSelector (env downward API, apiVersion v1): fieldPath is required, must convert
    /// (ConvertDownwardAPIFieldLabel), and must be one of the env expressions or a <c>metadata.labels['k']</c> /
    /// <c>metadata.annotations['k']</c> subscript with a qualified key.
    /// </summary>
    public sealed class EnvFieldRefPath : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1528", "An env fieldRef names a field the downward API exposes", RuleSeverity.Error, Categories.Resources);

        private static readonly string[] EnvExpressions =
        {
            "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
            "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
        };

        private static readonly string[] Convertible =
        {
            "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
            "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP",
            "status.hostIPs", "status.podIP", "status.podIPs",
        };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var env = c.Container.Env;
                for (int i = 0; i < env.Count; i++)
                {
                    if (env[i].ValueFrom is not { Kind: EnvSourceKind.FieldRef } from) continue;
                    string refPath = PodWalk.Index(c.Path + ".env", i) + ".valueFrom.fieldRef";
                    CheckFieldPath(from.FieldPath ?? "", refPath, sink);
                }
            }
        }

        private static void CheckFieldPath(string fieldPath, string refPath, FindingSink sink)
        {
            if (fieldPath.Length == 0)
            {
                sink.Required(Rule, refPath + ".fieldPath");
                return;
            }
            // ConvertDownwardAPIFieldLabel("v1", …)
            string converted;
            if (SplitSubscript(fieldPath, out string path, out string subscript))
            {
                if (path != "metadata.annotations" && path != "metadata.labels")
                {
                    sink.Invalid(Rule, refPath + ".fieldPath", fieldPath, "error converting fieldPath: field label does not support subscript: " + fieldPath);
                    return;
                }
                foreach (var error in K8sFormats.QualifiedName(path == "metadata.annotations" ? subscript.ToLowerInvariant() : subscript))
                {
                    sink.Invalid(Rule, refPath, path == "metadata.annotations" ? subscript.ToLowerInvariant() : subscript, error);
                }
                return;
            }
            if (fieldPath == "spec.host") converted = "spec.nodeName";
            else if (System.Array.IndexOf(Convertible, fieldPath) >= 0) converted = fieldPath;
            else
            {
                sink.Invalid(Rule, refPath + ".fieldPath", fieldPath, "error converting fieldPath: field label not supported: " + fieldPath);
                return;
            }
            if (System.Array.IndexOf(EnvExpressions, converted) < 0) sink.NotSupported(Rule, refPath + ".fieldPath", converted, EnvExpressions);
        }

        /// <summary>fieldpath.SplitMaybeSubscriptedPath: <c>metadata.labels['key']</c>.</summary>
        private static bool SplitSubscript(string fieldPath, out string path, out string subscript)
        {
            path = fieldPath;
            subscript = "";
            if (!fieldPath.EndsWith("']", System.StringComparison.Ordinal)) return false;
            string s = fieldPath.Substring(0, fieldPath.Length - 2);
            int open = s.IndexOf("['", System.StringComparison.Ordinal);
            if (open <= 0) return false;
            path = s.Substring(0, open);
            subscript = s.Substring(open + 2);
            return true;
        }
    }
}
