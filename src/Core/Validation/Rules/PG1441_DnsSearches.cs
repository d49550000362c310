using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validatePodDNSConfig: at most 32 search domains (MaxDNSSearchPaths), at most 2048 characters joined with spaces
    /// (MaxDNSSearchListChars), each (a trailing '.' removed) a DNS-1123 subdomain. The RelaxedDNSSearchValidation
    /// option is off on create.
    /// </summary>
    public sealed class DnsSearches : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1441", "dnsConfig searches are at most 32 DNS subdomains of 2048 characters in all", RuleSeverity.Error, Categories.Workloads);

        public const int MaxSearches = 32;
        public const int MaxSearchChars = 2048;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var config = SettingsView.PodSpec(workload).At("dnsConfig");
            var searches = config.Texts("searches");
            string path = config.PathOf("searches");
            if (searches.Count > MaxSearches) sink.Invalid(Rule, path, GoValue.Strings(searches), "must not have more than 32 search paths");
            if (K8sFormats.ByteLength(string.Join(" ", searches)) > MaxSearchChars) sink.Invalid(Rule, path, GoValue.Strings(searches), "must not have more than 2048 characters (including spaces) in the search list");
            for (int i = 0; i < searches.Count; i++)
            {
                string search = searches[i].EndsWith(".", System.StringComparison.Ordinal) ? searches[i].Substring(0, searches[i].Length - 1) : searches[i];
                foreach (var msg in K8sFormats.Dns1123Subdomain(search)) sink.Invalid(Rule, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", search, msg);
            }
        }
    }
}
