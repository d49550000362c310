using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>K8sTolerations.Validate over each toleration of the pod spec, each error handed to the rule that owns it.</summary>
    internal static class TolerationChecks
    {
        public static void Report(WorkloadSpec workload, FindingSink sink, RuleDescriptor rule, System.Func<K8sFieldError, bool> mine)
        {
            foreach (var t in SettingsView.PodSpec(workload).Items("tolerations"))
            {
                var errors = K8sTolerations.Validate(t.Text("key") ?? "", t.Text("operator") ?? "", t.Text("value") ?? "", t.Text("effect") ?? "", t.Any("tolerationSeconds"));
                foreach (var e in errors)
                {
                    if (mine(e)) LongTail.Report(sink, rule, t.Path, e);
                }
            }
        }

        public static bool IsValueError(K8sFieldError e) =>
            e.Field == "operator" && e.Type == K8sErrorType.Invalid && e.Detail != K8sTolerations.EmptyKeyNeedsExistsError && e.Detail != K8sTolerations.ExistsTakesNoValueError;
    }
}
