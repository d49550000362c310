using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// batch ValidateCronJobCreate after rest.BeforeCreate: with no name, the server names a CronJob generateName[:58] plus
    /// 5 random characters, so a generateName of more than 47 characters makes a name over 52. The value is the
    /// generated name, random on the server: the finding shows the prefix and says so.
    /// </summary>
    public sealed class CronJobGeneratedNameLength : IWorkloadRule
    {
        public const int MaxPrefixLength = CronJobNameLength.MaxLength - 5;

        public static readonly RuleDescriptor Rule = new("PG1018", "A CronJob generateName is at most 47 characters", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            string prefix = workload.GenerateName ?? "";
            if (workload.Kind != WorkloadKind.CronJob || workload.Name.Length > 0 || prefix.Length <= MaxPrefixLength) return;
            string used = prefix.Length > 58 ? prefix.Substring(0, 58) : prefix;
            sink.Report(Rule, "metadata.name",
                "metadata.name: Invalid value: " + K8sText.Quote(used) + " + 5 random characters: must be no more than 52 characters", "metadata.generateName");
        }
    }
}
