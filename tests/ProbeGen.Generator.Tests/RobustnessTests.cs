using Microsoft.CodeAnalysis;

namespace ProbeGen.Tests;

/// <summary>Half-typed code: the generator and the analyzer never throw (no CS8785, no AD0001), whatever the text.</summary>
public class RobustnessTests
{
    private static void AssertNoCrash(string source)
    {
        var compilation = TestCompilation.Create(source, withKubernetesClient: true);
        var (output, _, generatorDiagnostics, _) = TestCompilation.Generate(compilation);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        var diagnostics = TestCompilation.Analyze(output);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "PG9999");
    }

    public static IEnumerable<object[]> Truncations()
    {
        foreach (var source in new[] { Sources.Seed, Sources.Full })
        {
            for (int len = 0; len < source.Length; len += Math.Max(1, source.Length / 60)) yield return new object[] { source.Substring(0, len) };
        }
    }

    [Theory]
    [MemberData(nameof(Truncations))]
    public void TruncatedSource_NeverCrashes(string source) => AssertNoCrash(source);

    /// <summary>CI runs 120 edits; `PROBEGEN_FUZZ_ITER=10000` runs more (and PROBEGEN_FUZZ_SEED, a number, picks the edits).</summary>
    [Fact]
    public void RandomEdits_NeverCrash()
    {
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("PROBEGEN_FUZZ_ITER"), out var n) ? n : 120;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("PROBEGEN_FUZZ_SEED"), out var seed) ? seed : 20261125);
        const string alphabet = "()[]{},;=\"' .-0123456789abcdefxyzPodContainerLivenessProbe/\\\n";
        for (int i = 0; i < iterations; i++)
        {
            var text = new System.Text.StringBuilder(i % 2 == 0 ? Sources.Full : Sources.Seed);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(8))); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }
            AssertNoCrash(text.ToString());
        }
    }

    [Theory]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] [LivenessProbe(Exec = new string[] { null! })] public partial class P { }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\", Args = null)] [LivenessProbe(Exec = null, HttpGet = null)] public partial class P { }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\")] public partial class P { }")]
    [InlineData("[Pod] [Container] [LivenessProbe(Port = \"x\")] public partial class P { }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] [LivenessProbe(Port = int.MaxValue, InitialDelaySeconds = int.MinValue, TerminationGracePeriodSeconds = long.MinValue, TcpSocket = true)] public partial class P { }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] [ContainerPort(Protocol = (PortProtocol)(-1), Port = 1)] [LivenessProbe(Scheme = (HttpScheme)99, HttpGet = \"/\", Port = 1)] public partial class P { }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] public partial class P<T> { [Container(\"c\", \"d\")] partial class Q { [Container(\"e\", \"f\")] partial class R {} } }")]
    [InlineData("public partial class O { [Pod(\"p\")] [Container(\"a\", \"b\")] public partial interface I { } }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] public partial class P { } [Pod(\"p\")] public partial class P { }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] public partial class P { } public partial class P { [Container(\"c\", \"d\")] public partial class N { } }")]
    [InlineData("[Pod(\"p\")] [Container(\"a\", \"b\")] enum E { }")]
    [InlineData("[assembly: Pod(\"p\")] [Pod(\"q\", Namespace = null)] [Label(null!, null!)] [Container(\"a\", \"b\")] public partial class P { }")]
    public void HalfTypedAttributes_NeverCrash(string body) => AssertNoCrash("using ProbeGen;\n" + body);
}
