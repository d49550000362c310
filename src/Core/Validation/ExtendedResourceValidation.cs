using System;
using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// The parts of core validation.go's <c>validateResourceRequirements</c> that concern the resources that may not be
    /// overcommitted (extended resources with any vendor domain, <c>hugepages-*</c>): names (<c>validateContainerResourceName</c>),
    /// integer quantities, requests equal to limits, a limit for every request, hugepage multiples, hugepages with cpu or
    /// memory. Entries come from the model and from <c>[Set]</c> settings under <c>resources.limits</c>/<c>requests</c>; for
    /// a Pod, SetDefaults_Pod copies limits into missing requests first. Errors carry their rule's ID (PG1503–PG1511).
    /// </summary>
    public static class ExtendedResourceValidation
    {
        /// <summary>The container's limits or (<paramref name="requests"/>) its requests as validation sees them: model entries, then settings' keys.</summary>
        public static List<KeyValue> Entries(WorkloadSpec workload, ContainerAt c, bool requests)
        {
            var result = new List<KeyValue>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var settings = SettingsView.Of(workload.Settings, c.Path);
            void Add(IEnumerable<KeyValue> model, string field)
            {
                foreach (var kv in model) if (names.Add(kv.Key)) result.Add(kv);
                foreach (var key in settings.Keys("resources." + field))
                {
                    if (settings.Text("resources." + field + SettingsView.Key(key)) is { } text && names.Add(key)) result.Add(new KeyValue(key, text));
                }
            }
            var r = c.Container.Resources;
            if (requests)
            {
                Add(r?.Requests ?? EquatableArray<KeyValue>.Empty, "requests");
                if (workload.Kind == WorkloadKind.Pod) Add(r?.Limits ?? EquatableArray<KeyValue>.Empty, "limits");
            }
            else
            {
                Add(r?.Limits ?? EquatableArray<KeyValue>.Empty, "limits");
            }
            return result;
        }
        [System.ThreadStatic] private static WorkloadMemo<List<SettingError>> t_errors;

        /// <summary>Every error of the workload's non-overcommittable resources (computed once per workload and thread, as six rules read it; do not modify).</summary>
        public static IReadOnlyList<SettingError> Errors(WorkloadSpec workload)
        =>
            WorkloadMemo<List<SettingError>>.Get(ref t_errors, workload, Compute);

        private static List<SettingError> Compute(WorkloadSpec workload)
        {
            var errors = new List<SettingError>();
            foreach (var c in PodWalk.Containers(workload))
            {
                string rp = c.Path + ".resources";
                var limits = Entries(workload, c, false);
                var requests = Entries(workload, c, true);
                bool cpuOrMemory = false, hugePages = false;
                foreach (var (list, field) in new[] { (limits, "limits"), (requests, "requests") })
                {
                    foreach (var kv in list)
                    {
                        string kp = SettingErrors.Key(rp + "." + field, kv.Key);
                        string name = kv.Key;
                        if (name == "cpu" || name == "memory") cpuOrMemory = true;
                        if (name.IndexOf('/') >= 0)
                        {
                            foreach (var msg in K8sResourceNames.ValidateContainerResourceName(name)) errors.Add(new SettingError("PG1506", kp, K8sErrorType.Invalid, name, msg));
                        }
                        var q = Quantity.Parse(kv.Value, out _);
                        if (q is null) continue; // PG1509 reports the syntax
                        if (K8sResourceNames.IsIntegerResourceName(name) && q.Milli % 1000 != 0)
                            errors.Add(new SettingError("PG1507", kp, K8sErrorType.Invalid, q.ToString(), K8sResourceNames.NotIntegerError));
                        if (K8sResourceNames.IsHugePageResourceName(name))
                        {
                            hugePages = true;
                            if (!IsHugePageValueDivisible(name, q))
                                errors.Add(new SettingError("PG1511", kp, K8sErrorType.Invalid, q.ToString(), q + " is not positive integer multiple of " + name));
                        }
                        if (field != "requests" || K8sResourceNames.IsOvercommitAllowed(name)) continue;
                        KeyValue? limit = null;
                        foreach (var l in limits) if (l.Key == name) limit = l;
                        if (limit is null)
                        {
                            errors.Add(new SettingError("PG1504", rp + ".limits", K8sErrorType.Required, null, K8sResourceNames.LimitRequiredError, kp));
                        }
                        else if (Quantity.Parse(limit.Value, out _) is { } lq && q.CompareTo(lq) != 0)
                        {
                            errors.Add(new SettingError("PG1503", rp + ".requests", K8sErrorType.Invalid, q.ToString(), "must be equal to " + name + " limit of " + lq, kp));
                        }
                    }
                }
                if (hugePages && !cpuOrMemory) errors.Add(new SettingError("PG1508", rp, K8sErrorType.Forbidden, null, K8sResourceNames.HugePagesNeedCpuOrMemoryError));
            }
            return errors;
        }

        // helper.IsHugePageResourceValueDivisible: the page size parses from the name, both positive, the value a multiple.
        private static bool IsHugePageValueDivisible(string name, Quantity q)
        {
            var size = Quantity.Parse(name.Substring(K8sResourceNames.HugePagesPrefix.Length), out _);
            if (size is null || size.Sign <= 0 || q.Sign <= 0) return false;
            return (Value(q) % Value(size)).IsZero;
        }

        // Quantity.Value(): the integer value, rounded up.
        private static System.Numerics.BigInteger Value(Quantity q) => (q.Milli + 999) / 1000;
    }
}
