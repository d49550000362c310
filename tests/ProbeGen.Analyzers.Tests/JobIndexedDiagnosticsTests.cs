namespace ProbeGen.Tests;

/// <summary>[Job]/[CronJob] CompletionMode, BackoffLimitPerIndex, MaxFailedIndexes: batch validateJobSpec's rules (PG1424, PG1425, PG1480, PG1481) at the argument.</summary>
public class JobIndexedDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task IndexedJob_Valid_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Job("shards", Completions = 5, CompletionMode = CompletionMode.Indexed, BackoffLimitPerIndex = 1, MaxFailedIndexes = 5)]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "busybox:1.36")]
        public partial class Shards { }
        """);

    /// <summary>validateJobSpec: backoffLimitPerIndex and maxFailedIndexes "requires indexed completion mode" (PG1425), each at its argument.</summary>
    [Fact]
    public Task PerIndexWithoutIndexed_PG1425_AtTheArgument() => Verify.Analyzer(Usings + """
        [Job("a", Completions = 5, {|PG1425:BackoffLimitPerIndex = 1|}, {|PG1425:MaxFailedIndexes = 1|})]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "busybox:1.36")]
        public partial class A { }
        """);

    /// <summary>validateJobSpec: an Indexed Job needs completions (PG1424); maxFailedIndexes needs backoffLimitPerIndex (PG1480): both name a field not written, so both are at the workload attribute.</summary>
    [Fact]
    public Task IndexedWithoutCompletions_PG1424_MaxFailedWithoutPerIndex_PG1480() => Verify.Analyzer(Usings + """
        [{|PG1424:CronJob("c", "@hourly", CompletionMode = CompletionMode.Indexed)|}]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "busybox:1.36")]
        public partial class C { }

        [{|PG1480:Job("d", Completions = 3, CompletionMode = CompletionMode.Indexed, MaxFailedIndexes = 1)|}]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "busybox:1.36")]
        public partial class D { }
        """);
}
