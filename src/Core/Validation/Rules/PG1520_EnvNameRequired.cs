using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateEnv: every environment variable has a name.</summary>
    public sealed class EnvNameRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1520", "An environment variable needs a name", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var env = c.Container.Env;
                for (int i = 0; i < env.Count; i++)
                {
                    if (string.IsNullOrEmpty(env[i].Name)) sink.Required(Rule, PodWalk.Index(c.Path + ".env", i) + ".name");
                }
            }
        }
    }
}
