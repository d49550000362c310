using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateGRPCAction: grpc.port is a number 1–65535 (names are not accepted).</summary>
    public sealed class GrpcPort : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1309", "A gRPC probe port is a number 1–65535", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.Grpc is { } grpc)
                {
                    int port = grpc.Port ?? 0;
                    if (!K8sFormats.IsValidPortNumber(port)) sink.Invalid(Rule, p.Path + ".grpc.port", port, K8sFormats.PortRangeError);
                }
            }
        }
    }
}
