using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// batch ValidateJob: an Indexed Job's pods are named (and their hostname set) <c>&lt;name&gt;-&lt;index&gt;</c>, so
    /// <c>&lt;name&gt;-&lt;completions-1&gt;</c> must be a DNS-1123 label (at most 63 characters). With no name the server
    /// generates one first (generateName[:58] + 5 random lowercase letters or digits), and that name is checked.
    /// A CronJob's job template is not checked here (ValidateJobTemplateSpec does not call it).
    /// </summary>
    public sealed class IndexedJobPodHostname : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1013", "An Indexed Job's name leaves room for its pods' index suffix", RuleSeverity.Error, Categories.Metadata);

        // names.SimpleNameGenerator: at most 58 characters of the prefix, then 5 from [bcdfghjklmnpqrstvwxz2456789].
        private const int GeneratedPrefixLength = 58;
        private const string RandomStandIn = "bbbbb";

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Job || JobSpecView.Of(workload) is not { Indexed: true, Completions: int completions } || completions <= 0) return;
            string suffix = "-" + (completions - 1).ToString(CultureInfo.InvariantCulture);
            if (workload.Name.Length > 0)
            {
                string hostname = workload.Name + suffix;
                if (K8sFormats.Dns1123Label(hostname).Count > 0) sink.Invalid(Rule, "metadata.name", workload.Name, "will not able to create pod with invalid DNS label: " + hostname);
                return;
            }
            if (string.IsNullOrEmpty(workload.GenerateName)) return;
            string prefix = workload.GenerateName!.Length > GeneratedPrefixLength ? workload.GenerateName.Substring(0, GeneratedPrefixLength) : workload.GenerateName;
            // Every random character is a lowercase letter or digit, so any stand-in gives the server's verdict.
            if (K8sFormats.Dns1123Label(prefix + RandomStandIn + suffix).Count == 0) return;
            sink.Report(Rule, "metadata.name",
                "metadata.name: Invalid value: " + K8sText.Quote(prefix) + " + 5 random characters: will not able to create pod with invalid DNS label: " + prefix + "?????" + suffix,
                "metadata.generateName");
        }
    }
}
