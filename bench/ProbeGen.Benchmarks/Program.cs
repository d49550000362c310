using BenchmarkDotNet.Running;

namespace ProbeGen.Bench;

/// <summary>
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --filter '*'        the suite (BenchmarkDotNet arguments)
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --smoke [N]         every benchmark body once on N (20) workloads
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --steps [N] [runs]  the generator's pipeline steps and the analyzer, timed by Roslyn
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --runtime-cold [N]     the runtime client once in a fresh process
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --profile [N] [runs] [warm-ups]  generator and analyzer by phase: CPU time, allocations, step shares
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --shapes [N] [rounds]  the generated code's layout against its alternatives, compiled side by side
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --walk-ab [N] [rounds]  what walking the trees costs a build: a syntax provider against a declaration-structure walk
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --analyzer-ab DIR [N] [pairs] [clean|diagnostics]  another build's analyzer (DIR) beside this one, alternating
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--smoke")
        {
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
            foreach (var line in Smoke.Run(n)) Console.WriteLine(line);
            return 0;
        }
        if (args.Length > 0 && args[0] == "--steps")
        {
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
            foreach (var line in Steps.Run(n, runs)) Console.WriteLine(line);
            return 0;
        }
        if (args.Length > 0 && args[0] == "--profile")
        {
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
            int warmups = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
            Profile.Run(n, runs, warmups, Console.WriteLine);
            return 0;
        }
        if (args.Length > 0 && args[0] == "--scale")
        {
            // --scale 1000,10000,50000 [runs] [clean|diagnostics]: generator, compile and analyzer per N, and per 1,000 (issue 18)
            var counts = (args.Length > 1 ? args[1] : "1000,10000").Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
            var mix = args.Length > 3 && args[3] == "clean" ? WorkloadMix.Clean : WorkloadMix.Diagnostics;
            Scale.Run(counts, runs, mix, Console.WriteLine);
            return 0;
        }
        if (args.Length > 0 && args[0] == "--walk-ab")
        {
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9;
            var mix = args.Length > 3 && args[3] == "clean" ? WorkloadMix.Clean : WorkloadMix.Diagnostics;
            return WalkAB.Run(n, rounds, mix, Console.WriteLine);
        }
        if (args.Length > 0 && args[0] == "--profile-loop")
        {
            // For a sampling profiler: dotnet-trace collect -- <exe> --profile-loop N rounds clean|diagnostics [generator]
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
            var mix = args.Length > 3 && args[3] == "diagnostics" ? WorkloadMix.Diagnostics : WorkloadMix.Clean;
            Profile.Loop(n, rounds, mix, analyzer: !(args.Length > 4 && args[4] == "generator"));
            return 0;
        }
        if (args.Length > 1 && args[0] == "--analyzer-ab")
        {
            int n = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int pairs = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 9;
            var mix = args.Length > 4 && args[4] == "clean" ? WorkloadMix.Clean : WorkloadMix.Diagnostics;
            return AnalyzerAB.Main(args[1], n, pairs, mix, Console.WriteLine);
        }
        if (args.Length > 0 && args[0] == "--analyzer-parts")
        {
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
            var mix = args.Length > 3 && args[3] == "clean" ? WorkloadMix.Clean : WorkloadMix.Diagnostics;
            return AnalyzerAB.Parts(n, runs, mix, Console.WriteLine);
        }
        if (args.Length > 0 && args[0] == "--shapes")
        {
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9;
            foreach (var line in Shapes.Run(n, rounds)) Console.WriteLine(line);
            return 0;
        }
        if (args.Length > 0 && args[0] == "--runtime-cold")
        {
            // One pass in a fresh process: what a program that writes its manifests with KubernetesClient pays once.
            int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
            var workloads = WorkloadFactory.Create(n);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            long chars = 0;
            foreach (var w in workloads) chars += RuntimeClient.Serialize(RuntimeClient.Build(w)).Length;
            double first = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var w in workloads) chars += RuntimeClient.Serialize(RuntimeClient.Build(w)).Length;
            double second = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"KubernetesClient objects + KubernetesYaml.Serialize, {n} manifests ({chars / 2} characters of YAML): first pass {first:F0} ms = {first / n:F3} ms per manifest, second pass {second:F0} ms = {second / n:F3} ms per manifest");
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
