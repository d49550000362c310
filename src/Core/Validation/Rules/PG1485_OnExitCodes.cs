using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validatePodFailurePolicyRuleOnExitCodes: operator In or NotIn; 1–255 values, ascending, each once, and no 0 with
    /// In (0 is success, it never fails a Pod).
    /// </summary>
    public sealed class OnExitCodes : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1485", "onExitCodes has operator In or NotIn and 1–255 ordered, unique exit codes", RuleSeverity.Error, Categories.Workloads);

        public const int MaxValues = 255;

        private static readonly string[] Operators = { "In", "NotIn" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true } j) return;
            foreach (var rule in j.View.Items("podFailurePolicy.rules"))
            {
                var codes = rule.At("onExitCodes");
                if (!codes.Exists) continue;
                string op = codes.Text("operator") ?? "";
                if (op.Length == 0) sink.Required(Rule, codes.PathOf("operator"), "valid values: [\"In\" \"NotIn\"]");
                else if (System.Array.IndexOf(Operators, op) < 0) sink.NotSupported(Rule, codes.PathOf("operator"), op, Operators);
                var values = LongTail.Integers(codes, "values");
                string valuesPath = codes.PathOf("values");
                if (values.Count == 0) sink.Invalid(Rule, valuesPath, GoValue.Int32s(codes.Any("values") ? values : null), "at least one value is required");
                else if (values.Count > MaxValues) LongTail.TooMany(sink, Rule, valuesPath, MaxValues);
                bool ordered = true;
                var seen = new HashSet<long>();
                for (int i = 0; i < values.Count; i++)
                {
                    string path = valuesPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (op == "In" && values[i] == 0) sink.Invalid(Rule, path, 0L, "must not be 0 for the In operator");
                    if (!seen.Add(values[i])) sink.Duplicate(Rule, path, values[i]);
                    if (i > 0 && values[i - 1] > values[i]) ordered = false;
                }
                if (!ordered) sink.Invalid(Rule, valuesPath, GoValue.Int32s(values), "must be ordered");
            }
        }
    }
}
