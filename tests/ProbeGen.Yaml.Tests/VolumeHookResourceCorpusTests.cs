using System.Text.RegularExpressions;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;
using ProbeGen.Tests;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// The cases of testdata/k8s-corpus-next whose rule is one of the metadata, container, port, lifecycle, resource/env and
/// volume rules (PG10xx–PG13xx, PG15xx, PG16xx): each manifest is read by the YAML reader for the modeled fields and
/// captured whole as settings (what the reader will capture once it stops reporting fields as not modeled: a superset,
/// at the same paths), then validated. A valid case has no error finding at all; an invalid one has its rule's finding
/// at the header's path with the header's message (its detail alone when the header writes a placeholder value).
/// </summary>
public class VolumeHookResourceCorpusTests
{


    // Rules of this lane that are tested elsewhere: PG1017 (StatefulSet names) by the kinds' corpus test.
    private static readonly HashSet<string> NotHere = new(StringComparer.Ordinal) { "PG1017" };

    // Kinds the reader does not read yet (the kinds lane adds them): their cases wait for it.
    private static readonly HashSet<string> KindsNotRead = new(StringComparer.Ordinal) { "StatefulSet", "DaemonSet" };

    // Cases whose header contradicts the Kubernetes code and the catalogue, left out with the reason (none today: 176,
    // an init container's mount of an undeclared volume, was corrected to invalid).
    private static readonly IReadOnlyDictionary<string, string> Disputed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    private static bool IsThisLane(string rule) => Regex.IsMatch(rule, @"^PG1(0|1|2|3|5|6)\d\d$") && !NotHere.Contains(rule);

    private sealed record Case(string File, string Text, string Kind, string Rule, CorpusCase Header);

    private static IEnumerable<Case> AllCases()
    {
        foreach (var c in NextCorpus.All())
        {
            if (c.Rule is null || !IsThisLane(c.Rule)) continue;
            var header = new CorpusCase(c.File, c.Text, c.Valid, c.Path, c.ErrorType, c.Message);
            yield return new Case(c.File, c.Text, c.Kind, c.Rule, header);
        }
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in AllCases()) if (!KindsNotRead.Contains(c.Kind) && !Disputed.ContainsKey(c.File)) data.Add(c.File);
        return data;
    }

    /// <summary>The workload as lint will see it: the modeled fields read, every field of the document as settings.</summary>
    internal static ProbeGen.Core.Model.WorkloadSpec ReadWithSettings(string file) => NextCorpus.ReadWithSettings(NextCorpus.Read(file));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_RuleAgreesWithTheHeader(string file)
    {
        var c = AllCases().Single(x => x.File == file);
        var findings = RuleEngine.Validate(ReadWithSettings(c.File));
        string rule = c.Rule;
        Assert.Contains(RuleEngine.Rules, r => r.Descriptor.Id == rule);
        if (c.Header.Valid)
        {
            Assert.Empty(findings.Where(f => f.IsError).Select(f => f.ToString()));
            return;
        }
        var mine = findings.Where(f => f.RuleId == rule).ToArray();
        Assert.True(mine.Any(f => f.Path == c.Header.Path), file + ": no " + rule + " finding at " + c.Header.Path + "; findings: " + string.Join(" | ", findings));
        string? exact = c.Header.ComparableMessage(out bool prefixOnly);
        if (exact is not null)
        {
            Assert.True(mine.Any(f => f.Path == c.Header.Path && (prefixOnly ? f.Message.StartsWith(exact, StringComparison.Ordinal) : f.Message == exact)),
                file + ": expected '" + exact + "'; " + rule + " said: " + string.Join(" | ", mine.Select(f => f.Message)));
        }
        else
        {
            // A placeholder value (<Quantity 500m>, <generated …>): the detail after it must agree.
            string m = c.Header.Message!;
            int note = m.IndexOf("  (", StringComparison.Ordinal);
            if (note >= 0) m = m.Substring(0, note);
            string detail = m.Substring(m.LastIndexOf(">: ", StringComparison.Ordinal) + 3);
            Assert.True(mine.Any(f => f.Path == c.Header.Path && f.Message.EndsWith(": " + detail, StringComparison.Ordinal)),
                file + ": expected detail '" + detail + "'; " + rule + " said: " + string.Join(" | ", mine.Select(f => f.Message)));
        }
    }

    /// <summary>
    /// The rules of this lane with tests outside RuleTests: the corpus cases run here, and the rule table of
    /// tests/ProbeGen.Core.Tests/Validation/SettingRulesTests.cs (valid and invalid workloads built with settings).
    /// </summary>
    public static IEnumerable<string> RulesTestedElsewhere()
    {
        string table = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ProbeGen.Core.Tests", "Validation", "SettingRulesTests.cs"));
        var inTable = Regex.Matches(table, "RuleId == \"(PG\\d{4})\"|new\\(\"(PG\\d{4})\"").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        var inCorpus = AllCases().Where(c => !KindsNotRead.Contains(c.Kind) && !Disputed.ContainsKey(c.File)).Select(c => c.Rule);
        return inTable.Concat(inCorpus).Distinct().ToArray();
    }

    [Fact]
    public void InitContainerMountOfUndeclaredVolume_IsNotFound()
    {
        var c = AllCases().Single(x => x.File == "176-invalid-init-container-mount-undeclared.yaml");
        var findings = RuleEngine.Validate(ReadWithSettings(c.File));
        Assert.Equal(
            new[] { "spec.template.spec.initContainers[0].volumeMounts[0].name: Not found: \"seed\"" },
            findings.Where(f => f.IsError).Select(f => f.Message).ToArray());
    }

    [Fact]
    public void CasesOfKindsNotReadYet_AreTheStatefulSetAndDaemonSetOnes()
    {
        // Listed, so that they are not forgotten: they run once the reader reads these kinds.
        var waiting = AllCases().Where(c => KindsNotRead.Contains(c.Kind)).Select(c => c.File).ToArray();
        Assert.Equal(13, waiting.Length);
        Assert.True(AllCases().Count(c => !KindsNotRead.Contains(c.Kind)) >= 100);
    }
}
