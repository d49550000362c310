using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateEnv → IsRelaxedEnvVarName. ProbeGen checks the RELAXED rule (feature RelaxedEnvironmentVariableValidation,
    /// on by default since Kubernetes 1.32, GA in 1.34): any printable ASCII except '='. The strict C-identifier-like rule
    /// (rules.md PG1521) is not enforced: '1ABC' and 'MY VAR' pass. An empty name gets this and PG1520, as on the API server.
    /// </summary>
    public sealed class EnvNamePrintableAscii : IWorkloadRule
    {
        public const string Error = "a valid environment variable name must consist only of printable ASCII characters other than '='";

        public static readonly RuleDescriptor Rule = new("PG1522", "An environment variable name is printable ASCII without '='", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var env = c.Container.Env;
                for (int i = 0; i < env.Count; i++)
                {
                    string name = env[i].Name ?? "";
                    string path = PodWalk.Index(c.Path + ".env", i) + ".name";
                    if (name.Length == 0) sink.Invalid(Rule, path, name, "environment variable name must be non-empty");
                    foreach (char ch in name)
                    {
                        if (ch < 0x20 || ch > 0x7e || ch == '=')
                        {
                            sink.Invalid(Rule, path, name, Error);
                            break;
                        }
                    }
                }
            }
        }
    }
}
