using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validatePodHostNetworkDeps: with hostNetwork: true, a container's hostPort matches its containerPort. An unset (0)
    /// hostPort passes: a Pod's is defaulted to the containerPort (SetDefaults_Pod), a template's is accepted. Only
    /// regular containers are checked, as on the API server.
    /// </summary>
    public sealed class HostNetworkHostPort : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1208", "With hostNetwork, hostPort equals containerPort", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (SettingsView.PodSpec(workload).Bool("hostNetwork") != true) return;
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.IsInit) continue;
                var ports = c.Container.Ports;
                for (int j = 0; j < ports.Count; j++)
                {
                    if (ports[j].HostPort is not int hostPort || hostPort == 0 || hostPort == ports[j].ContainerPort) continue;
                    sink.Invalid(Rule, PodWalk.Index(c.Path + ".ports", j) + ".hostPort", hostPort, "must match `containerPort` when `hostNetwork` is true");
                }
            }
        }
    }
}
