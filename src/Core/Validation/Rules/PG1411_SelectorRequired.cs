using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateDeploymentSpec, ValidateStatefulSetSpec: <c>spec.selector: Required value</c>. Only a linted manifest can
    /// omit it (the attributes always write one); a DaemonSet without selector gets PG1413 instead (a nil selector matches nothing).
    /// </summary>
    public sealed class SelectorRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1411", "A Deployment or StatefulSet has a selector", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (!workload.Kind.RequiresSelector() || workload.Kind.KindName() == "DaemonSet") return;
            if (SelectorFacts.Of(workload).Given) return;
            sink.Required(Rule, workload.Kind.SelectorPath());
        }
    }
}
