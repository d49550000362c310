using BenchmarkDotNet.Attributes;

namespace ProbeGen.Bench;

/// <summary>
/// Per manifest at run time, on the same 1,000 workloads: KubernetesClient objects built and serialized with
/// <c>KubernetesYaml.Serialize</c> (<c>BuildAndSerialize</c>), and the two parts alone. Divide by N for per manifest.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SlowBenchmarkConfig))]
public class RuntimeClientBenchmarks
{
    [Params(1000)]
    public int N { get; set; }

    private List<Workload> _workloads = new();
    private List<k8s.IKubernetesObject<k8s.Models.V1ObjectMeta>> _objects = new();

    [GlobalSetup]
    public void Setup()
    {
        _workloads = WorkloadFactory.Create(N);
        _objects = _workloads.Select(RuntimeClient.Build).ToList();
    }

    [Benchmark]
    public long BuildAndSerialize()
    {
        long chars = 0;
        foreach (var w in _workloads) chars += RuntimeClient.Serialize(RuntimeClient.Build(w)).Length;
        return chars;
    }

    [Benchmark]
    public int BuildObjects()
    {
        int n = 0;
        foreach (var w in _workloads) n += RuntimeClient.Build(w).Metadata.Name.Length;
        return n;
    }

    [Benchmark]
    public long Serialize()
    {
        long chars = 0;
        foreach (var o in _objects) chars += RuntimeClient.Serialize(o).Length;
        return chars;
    }
}
