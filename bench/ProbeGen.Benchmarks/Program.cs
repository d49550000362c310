using BenchmarkDotNet.Running;

namespace ProbeGen.Bench;

/// <summary>
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --filter '*'        the suite (BenchmarkDotNet arguments)
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --smoke [N]         every benchmark body once on N (20) workloads
///   dotnet run -c Release --project bench/ProbeGen.Benchmarks -- --steps [N] [runs]  the generator's pipeline steps and the analyzer, timed by Roslyn
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
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
