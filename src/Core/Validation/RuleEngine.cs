using System;
using System.Collections.Generic;
using System.Linq;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// The one rule engine. Every front-end (C# attributes, YAML) builds a <see cref="WorkloadSpec"/> and calls
    /// <see cref="Validate"/>; each turns the findings' field paths into its own locations.
    /// </summary>
    public static class RuleEngine
    {
        private static readonly Lazy<IReadOnlyList<IWorkloadRule>> s_rules = new(DiscoverRules);

        /// <summary>Every model rule, ordered by ID (discovered once: a rule is a class implementing <see cref="IWorkloadRule"/>).</summary>
        public static IReadOnlyList<IWorkloadRule> Rules => s_rules.Value;

        public static IReadOnlyList<Finding> Validate(WorkloadSpec workload)
        {
            var sink = new FindingSink();
            foreach (var rule in Rules)
            {
                try
                {
                    rule.Check(workload, sink);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A rule must never take the compiler down; a bug in one shows as a finding, not a crash.
                    sink.Report(RuleCatalog.InternalError, "", "ProbeGen rule " + rule.Descriptor.Id + " failed: " + ex.GetType().Name + ": " + ex.Message);
                }
            }
            return sink.Findings;
        }

        public static bool HasErrors(IReadOnlyList<Finding> findings)
        {
            foreach (var f in findings) if (f.IsError) return true;
            return false;
        }

        private static IReadOnlyList<IWorkloadRule> DiscoverRules() =>
            typeof(RuleEngine).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IWorkloadRule).IsAssignableFrom(t))
                .Select(t => (IWorkloadRule)Activator.CreateInstance(t)!)
                .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
                .ToArray();
    }
}
