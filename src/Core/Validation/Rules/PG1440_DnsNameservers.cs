using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validatePodDNSConfig: with dnsPolicy None at least one nameserver; never more than 3 (MaxDNSNameservers); each
    /// an IP address (IsValidIPForLegacyField: IPv4 with leading zeros accepted, as ParseIPSloppy does).
    /// </summary>
    public sealed class DnsNameservers : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1440", "A dnsConfig has 1–3 nameservers, each an IP address", RuleSeverity.Error, Categories.Workloads);

        public const int MaxNameservers = 3;

        public const string IpError = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            var config = pod.At("dnsConfig");
            var nameservers = config.Texts("nameservers");
            if (pod.Text("dnsPolicy") == "None")
            {
                if (!config.Exists) return; // PG1409
                if (nameservers.Count == 0)
                {
                    sink.Required(Rule, config.PathOf("nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None");
                    return;
                }
            }
            if (nameservers.Count > MaxNameservers)
            {
                sink.Invalid(Rule, config.PathOf("nameservers"), GoValue.Strings(nameservers), "must not have more than 3 nameservers");
            }
            for (int i = 0; i < nameservers.Count; i++)
            {
                if (!IsIp(nameservers[i])) sink.Invalid(Rule, config.PathOf("nameservers[" + i.ToString(CultureInfo.InvariantCulture) + "]"), nameservers[i], IpError);
            }
        }

        /// <summary>netutils.ParseIPSloppy: dotted-quad IPv4 (leading zeros read as decimal) or an IPv6 address without a zone.</summary>
        public static bool IsIp(string s)
        {
            if (s.IndexOf(':') < 0)
            {
                var parts = s.Split('.');
                if (parts.Length != 4) return false;
                foreach (var p in parts)
                {
                    if (p.Length == 0 || p.Length > 3) return false;
                    foreach (char c in p) if (c < '0' || c > '9') return false;
                    if (int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture) > 255) return false;
                }
                return true;
            }
            if (s.IndexOf('%') >= 0 || s.IndexOf('[') >= 0 || s.IndexOf('/') >= 0) return false;
            return IPAddress.TryParse(s, out var a) && a.AddressFamily == AddressFamily.InterNetworkV6;
        }
    }
}
