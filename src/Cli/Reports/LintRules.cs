using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ProbeGen.Core.Validation;

namespace ProbeGen.Cli.Reports
{
    /// <summary>
    /// The rules <c>probegen lint</c> can report (the YAML front-end's, the rule engine's, the internal error), each with a
    /// PascalCase name for SARIF: the rule class's name (<c>SuccessThresholdMustBeOne</c>), or the catalogue field's.
    /// </summary>
    internal static class LintRules
    {
        public static IReadOnlyList<(RuleDescriptor Rule, string Name)> All { get; } = Build();

        private static IReadOnlyList<(RuleDescriptor, string)> Build()
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in typeof(RuleCatalog).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is RuleDescriptor d) names[d.Id] = field.Name;
            }
            foreach (var rule in RuleEngine.Rules) names[rule.Descriptor.Id] = rule.GetType().Name;
            return RuleCatalog.YamlRules
                .Concat(RuleEngine.Rules.Select(r => r.Descriptor))
                .Append(RuleCatalog.InternalError)
                .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => (d, names.TryGetValue(d.Id, out var n) ? n : d.Id))
                .ToArray();
        }
    }
}
