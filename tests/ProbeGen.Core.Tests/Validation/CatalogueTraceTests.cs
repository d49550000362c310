using System.Reflection;
using System.Text.RegularExpressions;
using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>The catalogue's table of model-free checks (docs/design/new-field-rules.md) names members that exist.</summary>
public class CatalogueTraceTests
{
    [Fact]
    public void EveryCheckTheCatalogueNames_Exists()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "design", "new-field-rules.md"));
        var rows = Regex.Matches(doc, @"^\| (`K8s[^|]*)\|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.True(rows.Length >= 6, "the table of checks was not found");
        Assembly core = typeof(K8sFormats).Assembly;
        int named = 0;
        foreach (var cell in rows)
        {
            Type? current = null;
            foreach (Match token in Regex.Matches(cell, "`([A-Za-z0-9_.]+)`"))
            {
                string name = token.Groups[1].Value;
                string[] parts = name.Split('.');
                if (parts[0].StartsWith("K8s", StringComparison.Ordinal))
                {
                    current = core.GetType("ProbeGen.Core.Validation." + parts[0]);
                    Assert.True(current is not null, "no type " + parts[0]);
                    if (parts.Length == 1) continue;
                    name = parts[1];
                }
                Assert.True(current is not null, name + " has no type before it");
                Assert.True(current!.GetMember(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0, current.Name + "." + name + " does not exist");
                named++;
            }
        }
        Assert.True(named >= 20, "only " + named + " members named");
    }
}
