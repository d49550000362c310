using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateConfigMapKeySelector / validateSecretKeySelector: the referenced object's name is a DNS-1123 subdomain
    /// (an empty name fails it too), the key is required and is a config key (IsConfigMapKey).
    /// </summary>
    public sealed class EnvKeySelector : IWorkloadRule
    {
        public const string ConfigKeyError =
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name' or 'KEY_NAME' or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

        public static readonly RuleDescriptor Rule = new("PG1527", "A secret or config map reference has a valid name and key", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var env = c.Container.Env;
                for (int i = 0; i < env.Count; i++)
                {
                    if (env[i].ValueFrom is not { } from || from.Kind == EnvSourceKind.FieldRef) continue;
                    string path = PodWalk.Index(c.Path + ".env", i) + ".valueFrom." + (from.Kind == EnvSourceKind.SecretKeyRef ? "secretKeyRef" : "configMapKeyRef");
                    string name = from.Name ?? "";
                    foreach (var error in K8sFormats.Dns1123Subdomain(name)) sink.Invalid(Rule, path + ".name", name, error);
                    string key = from.Key ?? "";
                    if (key.Length == 0)
                    {
                        sink.Required(Rule, path + ".key");
                        continue;
                    }
                    if (K8sFormats.ByteLength(key) > K8sFormats.Dns1123SubdomainMaxLength) sink.Invalid(Rule, path + ".key", key, K8sFormats.MaxLenError(K8sFormats.Dns1123SubdomainMaxLength));
                    if (!IsConfigKey(key)) sink.Invalid(Rule, path + ".key", key, ConfigKeyError);
                    if (key == ".") sink.Invalid(Rule, path + ".key", key, "must not be '.'");
                    else if (key == "..") sink.Invalid(Rule, path + ".key", key, "must not be '..'");
                    else if (key.StartsWith("..", System.StringComparison.Ordinal)) sink.Invalid(Rule, path + ".key", key, "must not start with '..'");
                }
            }
        }

        /// <summary><c>[-._a-zA-Z0-9]+</c>.</summary>
        private static bool IsConfigKey(string key)
        {
            foreach (char ch in key)
            {
                bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == '_';
                if (!ok) return false;
            }
            return key.Length > 0;
        }
    }
}
