using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateOS: a given os has a name, linux or windows (the NotSupported error is reported on <c>os</c>, not <c>os.name</c>).</summary>
    public sealed class PodOs : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1444", "os.name is linux or windows", RuleSeverity.Error, Categories.Workloads);

        private static readonly string[] Supported = { "linux", "windows" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (!pod.Any("os")) return;
            string name = pod.Text("os.name") ?? "";
            if (name.Length == 0) sink.Required(Rule, pod.PathOf("os.name"), "cannot be empty");
            else if (System.Array.IndexOf(Supported, name) < 0) sink.Report(Rule, pod.PathOf("os"), pod.PathOf("os") + ": Unsupported value: " + K8sText.Quote(name) + ": supported values: " + K8sText.QuotedList(Supported), pod.PathOf("os.name"));
        }
    }
}
