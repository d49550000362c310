using System;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// A value several rules derive from the same workload (its errors of one kind, its container views …), computed once
    /// per workload and thread: the rule engine checks one workload at a time on a thread, and specs are immutable, so
    /// the last workload's value is reused as it is. Declare the slot <c>[ThreadStatic]</c> and pass it by reference.
    /// </summary>
    public struct WorkloadMemo<T> where T : class
    {
        private WorkloadSpec? _workload;
        private T? _value;

        /// <summary>The value for <paramref name="workload"/>: the one computed last on this thread if it was for this workload, else <paramref name="compute"/>'s (shared between rules: do not modify).</summary>
        public static T Get(ref WorkloadMemo<T> slot, WorkloadSpec workload, Func<WorkloadSpec, T> compute)
        {
            if (ReferenceEquals(slot._workload, workload) && slot._value is { } known) return known;
            var value = compute(workload);
            slot._value = value;
            slot._workload = workload;
            return value;
        }
    }
}
