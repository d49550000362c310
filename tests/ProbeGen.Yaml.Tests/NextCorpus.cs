using System.Text.RegularExpressions;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Yaml.Tests;

/// <summary>One case of testdata/k8s-corpus-next: its header lines and its manifest.</summary>
public sealed record NextCase(string File, string Text, string Kind, bool Valid, string? Path, string? ErrorType, string? Rule, string? Message, string? Source)
{
    public override string ToString() => File;
}

/// <summary>
/// testdata/k8s-corpus-next as the corpus tests read it (one reader for all of them): the header of a case, and its
/// workload as lint sees it — the reader's model with every field of the document captured as root-path settings.
/// </summary>
public static class NextCorpus
{
    public static readonly string Dir = System.IO.Path.Combine(ProbeGen.Tests.RepoPaths.Root, "testdata", "k8s-corpus-next");

    public static IReadOnlyList<string> Files() =>
        Directory.GetFiles(Dir, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    public static IEnumerable<NextCase> All() => Files().Select(Read);

    /// <summary>A case by file name or path; a first line that is not an expect header is an error of the corpus.</summary>
    public static NextCase Read(string file)
    {
        string fullPath = System.IO.Path.IsPathRooted(file) ? file : System.IO.Path.Combine(Dir, file);
        string text = File.ReadAllText(fullPath).Replace("\r\n", "\n");
        string name = System.IO.Path.GetFileName(fullPath);
        var expect = Regex.Match(text, @"\A# expect: (valid|invalid (.+) (FieldValue\w+))\n");
        if (!expect.Success) throw new InvalidOperationException(name + ": the first line is not '# expect: valid' or '# expect: invalid <path> <ErrorType>'");
        string? Line(string key)
        {
            var m = Regex.Match(text, "^# " + key + ": (.*)$", RegexOptions.Multiline);
            return m.Success ? m.Groups[1].Value.TrimEnd() : null;
        }
        string kind = Regex.Match(text, @"^kind: (\w+)$", RegexOptions.Multiline).Groups[1].Value;
        bool valid = expect.Groups[1].Value == "valid";
        return new NextCase(name, text, kind, valid, valid ? null : expect.Groups[2].Value, valid ? null : expect.Groups[3].Value, Line("rule"), Line("message"), Line("source"));
    }

    /// <summary>The case's workload: the reader's model with every field of the document as a root-path setting.</summary>
    public static WorkloadSpec ReadWithSettings(NextCase c)
    {
        var read = ManifestYamlReader.Read(c.Text);
        var workload = read.Documents.Single().Workload ?? throw new InvalidOperationException(c.File + ": the reader read no workload");
        var docs = YamlLoader.Load(c.Text, out var loadError);
        if (loadError is not null) throw new InvalidOperationException(c.File + ": " + loadError);
        var node = YamlSettingCapture.ToSettingNode(docs[0].Root!, out var captureError);
        if (node is not SettingMap map) throw new InvalidOperationException(c.File + ": not captured: " + captureError);
        var root = SchemaPath.RootOf(KindDescriptors.Find(c.Kind) ?? throw new InvalidOperationException(c.File + ": unknown kind " + c.Kind));
        return workload with { Settings = FieldSettings.Sorted(SettingTree.ToSettings(root, map)) };
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is the header's message: a note after two spaces is cut, "(...)" makes the rest a
    /// prefix, and a Go struct placeholder (&lt;…&gt;) stands for any value.
    /// </summary>
    public static bool MessageAgrees(string expected, string actual)
    {
        int note = expected.IndexOf("  (", StringComparison.Ordinal);
        if (note >= 0) expected = expected.Substring(0, note);
        bool prefix = false;
        int elided = expected.IndexOf("(...)", StringComparison.Ordinal);
        if (elided >= 0)
        {
            expected = expected.Substring(0, elided).TrimEnd();
            prefix = true;
        }
        var pattern = "^" + string.Join(".*", Regex.Split(expected, "<[^<>]*>").Select(Regex.Escape)) + (prefix ? "" : "$");
        return Regex.IsMatch(actual, pattern, RegexOptions.Singleline);
    }
}
