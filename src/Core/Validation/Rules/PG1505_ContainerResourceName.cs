using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateContainerResourceName → validateResourceName: a resource name is a qualified name; without a '/' it is a
    /// standard resource type, and a standard resource for containers (cpu, memory, ephemeral-storage, hugepages-*).
    /// A name like <c>disk</c> gets both messages, as on the API server.
    /// </summary>
    public sealed class ContainerResourceName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1505", "A container resource is cpu, memory, ephemeral-storage or hugepages-*", RuleSeverity.Error, Categories.Resources);

        // helper.standardResources (pkg/apis/core/helper/helpers.go).
        private static readonly HashSet<string> StandardResources = new(System.StringComparer.Ordinal)
        {
            "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
            "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas", "services",
            "replicationcontrollers", "secrets", "persistentvolumeclaims", "configmaps", "services.nodeports",
            "services.loadbalancers", "requests.storage",
        };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                foreach (var (path, entry, _) in ContainerResources.Entries(workload, c))
                {
                    string name = entry.Key;
                    // A name with '/' is PG1506's (validateContainerResourceName's extended-resource branch).
                    if (name.Contains("/")) continue;
                    var errors = K8sFormats.QualifiedName(name);
                    foreach (var e in errors) sink.Invalid(Rule, path, name, e);
                    if (errors.Count > 0) continue;
                    if (!StandardResources.Contains(name) && !name.StartsWith("requests.hugepages-", System.StringComparison.Ordinal) && !IsHugePages(name))
                    {
                        sink.Invalid(Rule, path, name, "must be a standard resource type or fully qualified");
                    }
                    if (name != "cpu" && name != "memory" && name != "ephemeral-storage" && !IsHugePages(name))
                    {
                        sink.Invalid(Rule, path, name, "must be a standard resource for containers");
                    }
                }
            }
        }

        private static bool IsHugePages(string name) => name.StartsWith("hugepages-", System.StringComparison.Ordinal);
    }
}
