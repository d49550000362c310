using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateEnvVarValueFrom: valueFrom and a non-empty value are exclusive.</summary>
    public sealed class EnvValueAndValueFrom : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1525", "An environment variable has a value or a valueFrom, not both", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var env = c.Container.Env;
                for (int i = 0; i < env.Count; i++)
                {
                    if (env[i].ValueFrom is not null && !string.IsNullOrEmpty(env[i].Value))
                    {
                        sink.Invalid(Rule, PodWalk.Index(c.Path + ".env", i) + ".valueFrom", "", "may not be specified when `value` is not empty");
                    }
                }
            }
        }
    }
}
