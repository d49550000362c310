using System.Text.RegularExpressions;

namespace ProbeGen.Yaml.Tests;

/// <summary>One manifest of testdata/k8s-corpus with its header: the expected verdict, path and message.</summary>
public sealed record CorpusCase(string File, string Text, bool Valid, string? Path, string? ErrorType, string? Message)
{
    public override string ToString() => File;

    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    private static IReadOnlyList<CorpusCase> Load()
    {
        var dir = ProbeGen.Tests.RepoPaths.Corpus;
        return Directory.GetFiles(dir, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(Parse).ToArray();
    }

    private static CorpusCase Parse(string file)
    {
        string text = System.IO.File.ReadAllText(file);
        string name = System.IO.Path.GetFileName(file);
        var expect = Regex.Match(text, @"^# expect: (valid|invalid (\S+) (\S+))\s*$", RegexOptions.Multiline);
        if (!expect.Success) throw new InvalidOperationException(name + " has no '# expect:' header");
        var message = Regex.Match(text, @"^# message: (.*)$", RegexOptions.Multiline);
        return expect.Groups[1].Value == "valid"
            ? new CorpusCase(name, text, true, null, null, null)
            : new CorpusCase(name, text, false, expect.Groups[2].Value, expect.Groups[3].Value, message.Success ? message.Groups[1].Value.TrimEnd() : null);
    }

    /// <summary>
    /// The header's message when it is exact: notes after two spaces and "(...)" elisions are cut (the rest must be a
    /// prefix); null when the header gives a placeholder (&lt;…&gt;) or prose instead of the message.
    /// </summary>
    public string? ComparableMessage(out bool prefixOnly)
    {
        prefixOnly = false;
        if (Message is null || Path is null || !Message.StartsWith(Path + ": ", StringComparison.Ordinal)) return null;
        string m = Message;
        int note = m.IndexOf("  (", StringComparison.Ordinal);
        if (note >= 0) m = m.Substring(0, note);
        int elided = m.IndexOf("(...)", StringComparison.Ordinal);
        if (elided >= 0)
        {
            m = m.Substring(0, elided).TrimEnd();
            prefixOnly = true;
        }
        if (m.Contains('<')) return null;
        return m;
    }
}
