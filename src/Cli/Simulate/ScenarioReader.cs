using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>
    /// The scenario file (YAML) → <see cref="Scenario"/>. Every problem is reported with its line, its field path and
    /// the allowed keys or values; a container the workload does not have is an error, not silently ignored.
    /// </summary>
    internal static class ScenarioReader
    {
        private static readonly string[] TopKeys = { "containers", "node" };
        private static readonly string[] ContainerKeys = { "exit", "shutdown", "probes" };
        private static readonly string[] ExitKeys = { "after", "code", "reason" };
        private static readonly string[] ShutdownKeys = { "after", "code" };
        private static readonly string[] ProbeNames = { "liveness", "readiness", "startup" };
        private static readonly string[] ProbeKeys = { "failAfter", "passAfter", "latency", "message" };
        private static readonly string[] NodeKeys = { "failAfter" };

        public static Scenario? Read(string text, WorkloadSpec workload, List<string> errors)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException ex)
            {
                errors.Add(Where(ex.Start) + "not YAML: " + ex.Message);
                return null;
            }
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return Scenario.Healthy;
            }
            if (stream.Documents.Count > 1) errors.Add("the scenario is one YAML document; found " + stream.Documents.Count);
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                errors.Add(Where(stream.Documents[0].RootNode.Start) + "the scenario is a mapping with the keys " + string.Join(", ", TopKeys));
                return null;
            }
            var names = workload.Pod.InitContainers.Concat(workload.Pod.Containers).Select(c => c.Name).ToArray();
            var behaviors = new List<KeyValuePair<string, ContainerBehavior>>();
            int? nodeFails = null;
            foreach (var (key, value) in Entries(root, "", TopKeys, errors))
            {
                if (key == "node")
                {
                    foreach (var (k, v) in Entries(value, "node", NodeKeys, errors)) nodeFails = Duration(v, "node." + k, errors);
                    continue;
                }
                if (value is not YamlMappingNode containers)
                {
                    errors.Add(Where(value.Start) + "containers: expected a mapping of container name to behaviour");
                    continue;
                }
                foreach (var entry in containers.Children)
                {
                    string name = (entry.Key as YamlScalarNode)?.Value ?? "";
                    string path = "containers." + name;
                    if (!names.Contains(name, StringComparer.Ordinal))
                    {
                        errors.Add(Where(entry.Key.Start) + path + ": the workload has no container \"" + name + "\" (it has: " + string.Join(", ", names) + ")");
                        continue;
                    }
                    var spec = workload.Pod.InitContainers.Concat(workload.Pod.Containers).First(c => c.Name == name);
                    behaviors.Add(new KeyValuePair<string, ContainerBehavior>(name, ReadContainer(entry.Value, path, spec, errors)));
                }
            }
            return errors.Count > 0 ? null : new Scenario(behaviors, nodeFails);
        }

        private static ContainerBehavior ReadContainer(YamlNode node, string path, ContainerSpec spec, List<string> errors)
        {
            var b = ContainerBehavior.Healthy;
            foreach (var (key, value) in Entries(node, path, ContainerKeys, errors))
            {
                string at = path + "." + key;
                switch (key)
                {
                    case "exit":
                        foreach (var (k, v) in Entries(value, at, ExitKeys, errors))
                        {
                            if (k == "after") b = b with { ExitAfter = Duration(v, at + ".after", errors) };
                            else if (k == "code") b = b with { ExitCode = ExitCode(v, at + ".code", errors) };
                            else b = b with { ExitReason = Reason(v, at + ".reason", errors) };
                        }
                        if (b.ExitReason == "OOMKilled" && b.ExitCode == 0) b = b with { ExitCode = Core.Lifecycle.ExitCodes.SigKill };
                        break;
                    case "shutdown":
                        foreach (var (k, v) in Entries(value, at, ShutdownKeys, errors))
                        {
                            if (k == "after") b = b with { ShutdownSeconds = Duration(v, at + ".after", errors) ?? 0 };
                            else b = b with { ShutdownExitCode = ExitCode(v, at + ".code", errors) };
                        }
                        break;
                    default:
                        foreach (var (k, v) in Entries(value, at, ProbeNames, errors))
                        {
                            var kind = k == "liveness" ? ProbeKind.Liveness : k == "readiness" ? ProbeKind.Readiness : ProbeKind.Startup;
                            if (spec.GetProbe(kind) is null)
                            {
                                errors.Add(Where(v.Start) + at + "." + k + ": container \"" + spec.Name + "\" has no " + k + "Probe");
                                continue;
                            }
                            var probe = ReadProbe(v, at + "." + k, errors);
                            b = kind switch
                            {
                                ProbeKind.Liveness => b with { Liveness = probe },
                                ProbeKind.Readiness => b with { Readiness = probe },
                                _ => b with { Startup = probe },
                            };
                        }
                        break;
                }
            }
            return b;
        }

        private static ProbeBehavior ReadProbe(YamlNode node, string path, List<string> errors)
        {
            var p = ProbeBehavior.AlwaysPasses;
            foreach (var (key, value) in Entries(node, path, ProbeKeys, errors))
            {
                string at = path + "." + key;
                switch (key)
                {
                    case "failAfter": p = p with { FailAfter = Duration(value, at, errors) }; break;
                    case "passAfter": p = p with { PassAfter = Duration(value, at, errors) }; break;
                    case "latency": p = p with { LatencySeconds = Duration(value, at, errors) ?? 0 }; break;
                    default: p = p with { Message = Scalar(value, at, "a text", errors) }; break;
                }
            }
            return p;
        }

        private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, string path, string[] allowed, List<string> errors)
        {
            if (node is YamlScalarNode { Value: null or "" or "~" or "null" }) yield break;
            if (node is not YamlMappingNode map)
            {
                errors.Add(Where(node.Start) + (path.Length == 0 ? "" : path + ": ") + "expected a mapping with the keys " + string.Join(", ", allowed));
                yield break;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in map.Children)
            {
                string key = (entry.Key as YamlScalarNode)?.Value ?? "";
                string at = path.Length == 0 ? key : path + "." + key;
                if (!allowed.Contains(key, StringComparer.Ordinal))
                {
                    errors.Add(Where(entry.Key.Start) + at + ": unknown key (allowed: " + string.Join(", ", allowed) + ")");
                    continue;
                }
                if (!seen.Add(key))
                {
                    errors.Add(Where(entry.Key.Start) + at + ": given twice");
                    continue;
                }
                yield return (key, entry.Value);
            }
        }

        private static string? Scalar(YamlNode node, string path, string expected, List<string> errors)
        {
            if (node is YamlScalarNode s && s.Value is not null) return s.Value;
            errors.Add(Where(node.Start) + path + ": expected " + expected);
            return null;
        }

        private static int? Duration(YamlNode node, string path, List<string> errors)
        {
            string? text = Scalar(node, path, Durations.Expected, errors);
            if (text is null) return null;
            var seconds = Durations.Parse(text);
            if (seconds is null) errors.Add(Where(node.Start) + path + ": '" + text + "' is not " + Durations.Expected);
            return seconds;
        }

        private static int ExitCode(YamlNode node, string path, List<string> errors)
        {
            string? text = Scalar(node, path, "an exit code from 0 to 255", errors);
            if (text is not null && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code) && code <= 255) return code;
            if (text is not null) errors.Add(Where(node.Start) + path + ": '" + text + "' is not an exit code from 0 to 255");
            return 0;
        }

        private static string? Reason(YamlNode node, string path, List<string> errors)
        {
            string? text = Scalar(node, path, "Completed, Error or OOMKilled", errors);
            if (text is null or "Completed" or "Error" or "OOMKilled") return text;
            errors.Add(Where(node.Start) + path + ": '" + text + "' is not a termination reason (allowed: Completed, Error, OOMKilled)");
            return null;
        }

        private static string Where(Mark mark) => mark.Line > 0 ? mark.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + mark.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " : "";
    }
}
