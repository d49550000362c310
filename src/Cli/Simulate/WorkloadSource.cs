using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ProbeGen.Core.Model;
using ProbeGen.Yaml;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>
    /// The workloads to simulate: from a manifest (read by the YAML front-end into the model), or from a built
    /// project or assembly (its manifests read from the assembly's metadata, as the build task reads them).
    /// </summary>
    internal static class WorkloadSource
    {
        /// <summary>The workloads in <paramref name="arg"/>; <paramref name="warnings"/> gets what was read but could not be used (not fatal).</summary>
        public static List<WorkloadSpec>? Load(string arg, CliContext context, List<string> errors, List<string> warnings)
        {
            if (arg == Inputs.StandardInput) return FromYaml(context.In.ReadToEnd(), "<stdin>", errors, warnings);
            string full = context.Resolve(arg);
            if (Directory.Exists(full))
            {
                var projects = Directory.GetFiles(full, "*.csproj");
                if (projects.Length != 1)
                {
                    errors.Add(arg + ": " + (projects.Length == 0 ? "no .csproj in this folder" : "more than one .csproj in this folder; name one"));
                    return null;
                }
                full = projects[0];
            }
            if (!File.Exists(full))
            {
                errors.Add(arg + ": file not found");
                return null;
            }
            if (full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                string? assembly = BuiltAssembly(full, arg, errors);
                return assembly is null ? null : FromAssembly(assembly, arg, errors);
            }
            if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            {
                return FromAssembly(full, arg, errors);
            }
            var file = new InputFile(arg, full, full, arg);
            string? text = Inputs.Read(file, context, out string? problem);
            if (text is null)
            {
                errors.Add(arg + ": " + problem);
                return null;
            }
            return FromYaml(text, arg, errors, warnings);
        }

        private static List<WorkloadSpec>? FromYaml(string text, string display, List<string> errors, List<string> warnings)
        {
            var read = ManifestYamlReader.Read(text);
            if (read.SyntaxError is { } syntax)
            {
                errors.Add(display + ":" + syntax.Position.Line + ":" + syntax.Position.Column + ": " + syntax.Message);
                return null;
            }
            var workloads = read.Workloads.ToList();
            if (workloads.Count == 0) errors.Add(display + ": no Pod, Deployment, Job or CronJob in this file");
            foreach (var d in read.Documents)
            {
                foreach (var issue in d.Issues)
                {
                    // Fields the model could not read are simulated with their defaults: say so, rather than silently.
                    if (issue.Kind is YamlIssueKind.UnknownField or YamlIssueKind.TypeError or YamlIssueKind.DuplicateKey)
                    {
                        warnings.Add(display + ":" + issue.Position.Line + ":" + issue.Position.Column + ": " + issue.Rule.Id + ": " + issue.Message + " (simulated as if not written; see probegen lint)");
                    }
                }
            }
            return workloads.Count == 0 ? null : workloads;
        }

        private static List<WorkloadSpec>? FromAssembly(string path, string display, List<string> errors)
        {
            List<KeyValuePair<string, string>> manifests;
            try
            {
                manifests = Tasks.ManifestReader.Read(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidDataException or InvalidOperationException)
            {
                errors.Add(display + ": cannot read the manifests from the assembly: " + ex.Message);
                return null;
            }
            var workloads = new List<WorkloadSpec>();
            foreach (var m in manifests)
            {
                var read = ManifestYamlReader.Read(m.Value);
                workloads.AddRange(read.Workloads);
            }
            if (workloads.Count == 0) errors.Add(display + ": the assembly holds no ProbeGen manifest (no [Pod], [Deployment], [Job] or [CronJob] class, or it was not built with ProbeGen)");
            return workloads.Count == 0 ? null : workloads;
        }

        /// <summary>The project's newest built assembly under bin/ (AssemblyName, else the project's file name).</summary>
        private static string? BuiltAssembly(string project, string display, List<string> errors)
        {
            string name = Path.GetFileNameWithoutExtension(project);
            try
            {
                var m = Regex.Match(File.ReadAllText(project), @"<AssemblyName>\s*([^<$]+?)\s*</AssemblyName>", RegexOptions.CultureInvariant);
                if (m.Success) name = m.Groups[1].Value;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(display + ": cannot be read: " + ex.Message);
                return null;
            }
            string bin = Path.Combine(Path.GetDirectoryName(project)!, "bin");
            var candidates = Directory.Exists(bin)
                ? Directory.EnumerateFiles(bin, name + ".dll", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "ref" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList()
                : new List<string>();
            if (candidates.Count == 0)
            {
                errors.Add(display + ": no built " + name + ".dll under bin/; build the project first (dotnet build)");
                return null;
            }
            return candidates.OrderByDescending(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal).First();
        }

        /// <summary>The workload to simulate: the one named (name or kind/name), or the only one.</summary>
        public static WorkloadSpec? Pick(List<WorkloadSpec> workloads, string? name, List<string> errors)
        {
            string Id(WorkloadSpec w) => w.Kind.KindName().ToLowerInvariant() + "/" + w.Name;
            if (name is null)
            {
                if (workloads.Count == 1) return workloads[0];
                errors.Add("more than one workload; pick one with --workload NAME: " + string.Join(", ", workloads.Select(Id)));
                return null;
            }
            var found = workloads.Where(w => w.Name == name || string.Equals(Id(w), name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (found.Count == 1) return found[0];
            errors.Add(found.Count == 0
                ? "no workload named '" + name + "' (there is: " + string.Join(", ", workloads.Select(Id)) + ")"
                : "more than one workload named '" + name + "'; give kind/name: " + string.Join(", ", found.Select(Id)));
            return null;
        }
    }
}
