using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateObjectMetaAccessor with NameIsDNSSubdomain(generateName, prefix=true): the prefix, a trailing '-' masked
    /// (maskTrailingDash), must be a valid name for Pod, Deployment, Job and CronJob; the server appends 5 characters to it.
    /// </summary>
    public sealed class GenerateNameIsDnsSubdomainPrefix : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1003", "A generateName is a lowercase DNS-1123 subdomain prefix", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (string.IsNullOrEmpty(workload.GenerateName)) return;
            string prefix = workload.GenerateName!;
            // maskTrailingDash: "web-" is checked as "wea", so only the prefix's own characters count.
            string masked = prefix.Length > 1 && prefix[prefix.Length - 1] == '-' ? prefix.Substring(0, prefix.Length - 2) + "a" : prefix;
            foreach (var error in K8sFormats.Dns1123Subdomain(masked)) sink.Invalid(Rule, "metadata.generateName", prefix, error);
        }
    }
}
