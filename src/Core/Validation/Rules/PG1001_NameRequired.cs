using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateObjectMetaAccessor: an object needs a name or a generateName (from which the server makes one before validation).</summary>
    public sealed class NameRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1001", "A workload needs a name", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (string.IsNullOrEmpty(workload.Name) && string.IsNullOrEmpty(workload.GenerateName)) sink.Required(Rule, "metadata.name", "name or generateName is required");
        }
    }
}
