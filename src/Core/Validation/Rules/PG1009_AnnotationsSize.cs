using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateAnnotationsSize: keys and values together at most 256 KiB (TotalAnnotationSizeLimitB), counted in UTF-8 bytes.</summary>
    public sealed class AnnotationsSize : IWorkloadRule
    {
        public const long TotalAnnotationSizeLimitB = 256 * (1 << 10);

        public static readonly RuleDescriptor Rule = new("PG1009", "Annotations total at most 256 KiB", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            long total = 0;
            foreach (var a in workload.Annotations) total += K8sFormats.ByteLength(a.Key) + K8sFormats.ByteLength(a.Value);
            if (total > TotalAnnotationSizeLimitB)
            {
                sink.TooLong(Rule, "metadata.annotations", "must have at most " + TotalAnnotationSizeLimitB.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes");
            }
        }
    }
}
