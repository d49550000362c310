using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ProbeGen.Core.Lifecycle;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>
    /// <c>probegen simulate</c>: a workload (a manifest, or a built project or assembly) and a scenario → what the
    /// kubelet and the controllers do, second by second (<see cref="LifecycleSimulator"/>), as kubectl-like text, JSON
    /// or an SVG timeline.
    /// </summary>
    internal static class SimulateCommand
    {
        private static readonly OptionSpec[] Options =
        {
            new("--workload", "-w", TakesValue: true),
            new("--scenario", "-s", TakesValue: true),
            new("--until", "-u", TakesValue: true),
            new("--at", null, TakesValue: true, Repeatable: true),
            new("--format", "-f", TakesValue: true),
            new("--output", "-o", TakesValue: true),
            new("--title", null, TakesValue: true),
        };

        public static int Run(string[] args, CliContext context)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                context.Out.Write(CliApp.Usage.Replace("\r\n", "\n") + "\n");
                return ExitCodes.Success;
            }
            var parsed = Arguments.Parse(args, Options, out string? error);
            if (error is not null) return CliApp.UsageError(context, "simulate: " + error);
            if (parsed.Positional.Count != 1) return CliApp.UsageError(context, "simulate: give one manifest (.yaml, or - for standard input), project (.csproj or its folder) or assembly (.dll)");
            string format = parsed.Value("--format") ?? "text";
            if (format is not ("text" or "json" or "svg")) return CliApp.UsageError(context, "simulate: --format '" + format + "' is not one of text, json, svg");

            int? until = null;
            if (parsed.Value("--until") is string untilText)
            {
                until = Durations.Parse(untilText);
                if (until is null) return CliApp.UsageError(context, "simulate: --until '" + untilText + "' is not " + Durations.Expected + " (at most 24h)");
            }
            var at = new List<int>();
            foreach (string list in parsed.Values("--at"))
            {
                foreach (string item in list.Split(','))
                {
                    var t = Durations.Parse(item);
                    if (t is null) return CliApp.UsageError(context, "simulate: --at '" + item.Trim() + "' is not " + Durations.Expected + " (at most 24h)");
                    at.Add(t.Value);
                }
            }

            var errors = new List<string>();
            var warnings = new List<string>();
            var workloads = WorkloadSource.Load(parsed.Positional[0], context, errors, warnings);
            foreach (string w in warnings) context.Error.WriteLine("probegen simulate: warning: " + w);
            var workload = workloads is null ? null : WorkloadSource.Pick(workloads, parsed.Value("--workload"), errors);
            if (workload is null) return Fail(context, errors);

            var scenario = Scenario.Healthy;
            if (parsed.Value("--scenario") is string scenarioPath)
            {
                string full = context.Resolve(scenarioPath);
                if (!File.Exists(full)) return Fail(context, new List<string> { scenarioPath + ": file not found" });
                var file = new InputFile(scenarioPath, full, full, scenarioPath);
                string? text = Inputs.Read(file, context, out string? problem);
                if (text is null) return Fail(context, new List<string> { scenarioPath + ": " + problem });
                var read = ScenarioReader.Read(text, workload, errors);
                if (read is null) return Fail(context, errors.Select(e => scenarioPath + ":" + e).ToList());
                scenario = read;
            }

            // Run at least to the last --at time, so that every row shows a simulated second, not an extrapolation.
            int runUntil = Math.Max(until ?? LifecycleSimulator.DefaultUntilSeconds, at.Count == 0 ? 0 : at.Max());
            SimulationResult result;
            try
            {
                result = LifecycleSimulator.Simulate(workload, scenario, runUntil);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug in the model must not crash the tool: say what failed, as for unusable input.
                return Fail(context, new List<string> { "internal error while simulating " + workload.Kind + " \"" + workload.Name + "\": " + ex.GetType().Name + ": " + ex.Message });
            }
            var rows = at.Count == 0 ? result.Changes : at.Distinct().OrderBy(t => t).SelectMany(result.At).ToList();

            // The picture goes to the requested end; without one, a little past the moment the run settled.
            int end = until is not null || result.Until >= runUntil ? runUntil : result.Until + Math.Max(10, result.Until / 4);
            if (at.Count > 0) end = Math.Max(end, at.Max());
            string output = format switch
            {
                "json" => SimulationJson.Write(result, rows),
                "svg" => SimulationSvg.Write(result, end, parsed.Value("--title")),
                _ => SimulationText.Write(result, rows),
            };

            if (parsed.Value("--output") is string outPath)
            {
                string full = context.Resolve(outPath);
                try
                {
                    string? dir = Path.GetDirectoryName(full);
                    if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                    File.WriteAllText(full, output, new UTF8Encoding(false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return Fail(context, new List<string> { outPath + ": cannot be written: " + ex.Message });
                }
            }
            else
            {
                context.Out.Write(output);
            }
            return ExitCodes.Success;
        }

        private static int Fail(CliContext context, List<string> errors)
        {
            foreach (string e in errors) context.Error.WriteLine("probegen simulate: " + e);
            return ExitCodes.UnusableInput;
        }
    }
}
