using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Emission
{
    /// <summary>What could not be written as ProbeGen attributes, by field path (nothing is dropped silently).</summary>
    public sealed record LossyField(string Path, string Reason);

    /// <summary>The C# source for a workload, and what it could not express.</summary>
    public sealed record AttributeSource(string ClassName, string Source, IReadOnlyList<LossyField> Lossy);

    /// <summary>
    /// Model → C# classes with ProbeGen attributes that, built, regenerate the same manifest. The base of
    /// <c>probegen import</c> and of the conformance tests that feed the corpus through the real analyzers.
    /// </summary>
    public static partial class AttributeSourceEmitter
    {
        private static readonly Dictionary<string, string> Protocols = new() { ["TCP"] = "Tcp", ["UDP"] = "Udp", ["SCTP"] = "Sctp" };
        private static readonly Dictionary<string, string> Schemes = new() { ["HTTP"] = "Http", ["HTTPS"] = "Https" };

        public static AttributeSource Emit(WorkloadSpec w, string? @namespace = null, string? className = null)
        {
            var lossy = new List<LossyField>();
            // A caller's name is used only when it is a safe identifier; otherwise it is derived like any other.
            string cls = className is not null && IsSafeIdentifier(className) ? className : ClassNameFor(className ?? w.Name, w.Kind);
            var sb = new StringBuilder();
            sb.Append("using ProbeGen;\n\n");
            if (!string.IsNullOrEmpty(@namespace)) sb.Append("namespace ").Append(IsSafeNamespace(@namespace!) ? @namespace : "Imported").Append(";\n\n");
            string podPath = w.Kind.PodSpecPath();

            var workloadArgs = new List<string> { L(w.Name) };
            if (w.Kind == WorkloadKind.CronJob) workloadArgs.Add(L(w.CronJob?.Schedule ?? ""));
            if (w.Namespace is not null) workloadArgs.Add("Namespace = " + L(w.Namespace));
            // The metadata arguments Mapping.cs maps (generated, AttributeSourceEmitter.g.cs).
            switch (w.Kind)
            {
                case WorkloadKind.Pod: PodArgumentsMetadata(w, workloadArgs, "metadata", lossy); break;
                case WorkloadKind.Deployment: DeploymentArgumentsMetadata(w, workloadArgs, "metadata", lossy); break;
                case WorkloadKind.Job: JobArgumentsMetadata(w, workloadArgs, "metadata", lossy); break;
                case WorkloadKind.CronJob: CronJobArgumentsMetadata(w, workloadArgs, "metadata", lossy); break;
                case WorkloadKind.StatefulSet: StatefulSetArgumentsMetadata(w, workloadArgs, "metadata", lossy); break;
                case WorkloadKind.DaemonSet: DaemonSetArgumentsMetadata(w, workloadArgs, "metadata", lossy); break;
            }
            // The controller specs' arguments: generated from Mapping.cs (AttributeSourceEmitter.g.cs).
            switch (w.Kind)
            {
                case WorkloadKind.Deployment when w.Deployment is { } d:
                    DeploymentArguments(d, workloadArgs, "spec", lossy);
                    break;
                case WorkloadKind.Job when w.Job is { } j:
                    JobArguments(j, workloadArgs, "spec", lossy);
                    break;
                case WorkloadKind.CronJob:
                    if (w.CronJob is { } c) CronJobArguments(c, workloadArgs, "spec", lossy);
                    if (w.Job is { } cj) CronJobArgumentsJobSpec(cj, workloadArgs, "spec.jobTemplate.spec", lossy);
                    break;
                case WorkloadKind.StatefulSet when w.StatefulSet is { } ss:
                    StatefulSetArguments(ss, workloadArgs, "spec", lossy);
                    break;
                case WorkloadKind.DaemonSet when w.DaemonSet is { } ds:
                    DaemonSetArguments(ds, workloadArgs, "spec", lossy);
                    break;
            }
            // A pod template without labels (the model's empty PodLabels) is LabelPods = false; on an apps/v1 kind the C#
            // then carries PG0021, as the manifest carries PG1412/PG1413.
            if (w.Kind.HasPodTemplate() && !w.PodLabels.IsDefault && w.PodLabels.Count == 0) workloadArgs.Add("LabelPods = false");
            sb.Append('[').Append(w.Kind.KindName()).Append('(').Append(string.Join(", ", workloadArgs)).Append(")]\n");
            foreach (var kv in w.Labels) sb.Append("[Label(").Append(L(kv.Key)).Append(", ").Append(L(kv.Value)).Append(")]\n");
            foreach (var kv in w.Annotations) sb.Append("[Annotation(").Append(L(kv.Key)).Append(", ").Append(L(kv.Value)).Append(")]\n");
            PodSpecParts(w.Pod, sb, podPath, lossy); // [RestartPolicy], [TerminationGracePeriod], [ServiceAccount]: generated from Mapping.cs
            foreach (var kv in w.Pod.NodeSelector) sb.Append("[NodeSelector(").Append(L(kv.Key)).Append(", ").Append(L(kv.Value)).Append(")]\n");
            PodTemplateMetadata(w, sb, lossy);
            // The fields no attribute models, by root path; a nested container class carries its own, relative to it.
            // Those a lowered attribute carries ([PodSecurityContext], [SecurityContext] …) become that attribute (LoweredImport).
            var settings = w.Settings.IsDefault ? new List<FieldSetting>() : w.Settings.ToList();
            Lowered(sb, "", LoweredScope.Workload, "", settings, SchemaPath.RootOf(KindDescriptors.Find(w.Kind.KindName()) ?? KindDescriptors.Pod)); // [DeploymentStrategy], [StatefulSetUpdateStrategy] …: the kind's own
            Lowered(sb, "", LoweredScope.PodSpec, podPath, settings);

            // One container without init containers sits on the class itself; otherwise each is a nested class, init containers first.
            bool single = w.Pod.Containers.Count == 1 && w.Pod.InitContainers.Count == 0;
            if (single)
            {
                Container(sb, "", w.Pod.Containers[0], false, podPath + ".containers[0]", lossy);
                Lowered(sb, "", LoweredScope.Container, podPath + ".containers[0]", settings);
            }
            var nestedPrefixes = new List<string>();
            if (!single)
            {
                for (int i = 0; i < w.Pod.InitContainers.Count; i++) nestedPrefixes.Add(podPath + ".initContainers[" + I(i) + "]");
                for (int i = 0; i < w.Pod.Containers.Count; i++) nestedPrefixes.Add(podPath + ".containers[" + I(i) + "]");
            }
            Sets(sb, "", settings.Where(st => !nestedPrefixes.Any(prefix => IsUnder(st.Path, prefix))).ToList(), "", lossy);
            sb.Append("public partial class ").Append(cls).Append('\n').Append("{\n");
            if (!single)
            {
                var used = new HashSet<string>(ReservedNames, System.StringComparer.Ordinal) { cls };
                for (int i = 0; i < w.Pod.InitContainers.Count; i++)
                {
                    var c = w.Pod.InitContainers[i];
                    Container(sb, "    ", c, true, podPath + ".initContainers[" + I(i) + "]", lossy);
                    Lowered(sb, "    ", LoweredScope.Container, podPath + ".initContainers[" + I(i) + "]", settings);
                    Sets(sb, "    ", FieldSettings.Under(podPath + ".initContainers[" + I(i) + "]", settings), podPath + ".initContainers[" + I(i) + "].", lossy);
                    sb.Append("    public partial class ").Append(Unique(Identifier(c.Name, "Init" + I(i)), used)).Append(" { }\n\n");
                }
                for (int i = 0; i < w.Pod.Containers.Count; i++)
                {
                    var c = w.Pod.Containers[i];
                    Container(sb, "    ", c, false, podPath + ".containers[" + I(i) + "]", lossy);
                    Lowered(sb, "    ", LoweredScope.Container, podPath + ".containers[" + I(i) + "]", settings);
                    Sets(sb, "    ", FieldSettings.Under(podPath + ".containers[" + I(i) + "]", settings), podPath + ".containers[" + I(i) + "].", lossy);
                    sb.Append("    public partial class ").Append(Unique(Identifier(c.Name, "Container" + I(i)), used)).Append(" { }\n\n");
                }
                if (sb[sb.Length - 2] == '\n') sb.Length--;
            }
            sb.Append("}\n");
            return new AttributeSource(cls, sb.ToString(), lossy);
        }

        /// <summary>
        /// [PodLabel], [PodAnnotation], [SelectorLabel]: written only when the model's values differ from what ProbeGen derives
        /// (the reader keeps derived values derived), so an import of a manifest whose template carries the workload's labels
        /// stays as it was.
        /// </summary>
        private static void PodTemplateMetadata(WorkloadSpec w, StringBuilder sb, List<LossyField> lossy)
        {
            if (!w.Kind.HasPodTemplate()) return;
            foreach (var kv in w.PodLabels) sb.Append("[PodLabel(").Append(L(kv.Key)).Append(", ").Append(L(kv.Value)).Append(")]\n");
            foreach (var kv in w.PodAnnotations) sb.Append("[PodAnnotation(").Append(L(kv.Key)).Append(", ").Append(L(kv.Value)).Append(")]\n");
            string selector = w.Kind.SelectorPath();
            if (w.SelectorOmitted)
            {
                lossy.Add(new LossyField(selector, "a " + w.Kind.KindName() + " without a selector cannot be written: ProbeGen always writes one (the template's labels), which the API server requires"));
            }
            // No matchLabels cannot be written where the default selects the template's labels; a Job's default is no selector.
            if (!w.SelectorLabels.IsDefault && w.SelectorLabels.Count == 0 && (w.Kind.RequiresSelector() || !HasSettingUnder(w, selector + ".")))
            {
                lossy.Add(new LossyField(selector + ".matchLabels", "a selector without matchLabels cannot be written: with no [SelectorLabel], "
                    + (w.Kind.RequiresSelector() ? "the selector's matchLabels are the template's labels" : "no selector is written")));
            }
            foreach (var kv in w.SelectorLabels) sb.Append("[SelectorLabel(").Append(L(kv.Key)).Append(", ").Append(L(kv.Value)).Append(")]\n");
        }

        private static bool HasSettingUnder(WorkloadSpec w, string prefix)
        {
            foreach (var setting in w.Settings)
            {
                if (setting.Path.StartsWith(prefix, System.StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static void Container(StringBuilder sb, string indent, ContainerSpec c, bool init, string path, List<LossyField> lossy)
        {
            var args = new List<string>();
            // The arguments Mapping.cs maps (generated, AttributeSourceEmitter.g.cs); restartPolicy needs its own message.
            if (init) InitContainerArguments(c, args, path, lossy);
            else ContainerArguments(c, args, path, lossy);
            if (c.RestartPolicy is not null)
            {
                if (init && c.RestartPolicy == "Always") args.Add("RestartPolicy = ContainerRestartPolicy.Always");
                else lossy.Add(new LossyField(path + ".restartPolicy", "restartPolicy \"" + c.RestartPolicy + "\" on " + (init ? "an init container" : "a container") + " cannot be written with ProbeGen's attributes (only an init container's Always exists)"));
            }
            sb.Append(indent).Append(init ? "[InitContainer(" : "[Container(").Append(string.Join(", ", args)).Append(")]\n");
            for (int i = 0; i < c.Ports.Count; i++)
            {
                var p = c.Ports[i];
                var pa = new List<string> { I(p.ContainerPort) };
                if (p.Name is not null) pa.Add("Name = " + L(p.Name));
                if (p.Protocol is not null) pa.Add("Protocol = " + Enum("PortProtocol", Protocols, p.Protocol, path + ".ports[" + I(i) + "].protocol", lossy));
                if (p.HostPort is int hp) pa.Add("HostPort = " + I(hp));
                sb.Append(indent).Append("[ContainerPort(").Append(string.Join(", ", pa)).Append(")]\n");
            }
            for (int k = 0; k < c.Env.Count; k++)
            {
                var e = c.Env[k];
                if (e.ValueFrom is not null && !string.IsNullOrEmpty(e.Value))
                {
                    lossy.Add(new LossyField(path + ".env[" + I(k) + "].value", "a variable with both a value and valueFrom cannot be written: [Env] carries a value, [EnvSecretKey], [EnvConfigMapKey] and [EnvFromField] a source"));
                }
                if (e.ValueFrom is null) sb.Append(indent).Append("[Env(").Append(L(e.Name)).Append(", ").Append(L(e.Value ?? "")).Append(")]\n");
                else if (e.ValueFrom.Kind is EnvSourceKind.SecretKeyRef or EnvSourceKind.ConfigMapKeyRef)
                {
                    sb.Append(indent).Append(e.ValueFrom.Kind == EnvSourceKind.SecretKeyRef ? "[EnvSecretKey(" : "[EnvConfigMapKey(").Append(L(e.Name)).Append(", ").Append(L(e.ValueFrom.Name ?? "")).Append(", ").Append(L(e.ValueFrom.Key ?? ""));
                    if (e.ValueFrom.Optional is bool optional) sb.Append(", Optional = ").Append(optional ? "true" : "false");
                    sb.Append(")]\n");
                }
                else sb.Append(indent).Append("[EnvFromField(").Append(L(e.Name)).Append(", ").Append(L(e.ValueFrom.FieldPath ?? "")).Append(")]\n");
            }
            if (c.Resources is { } r)
            {
                var ra = new List<string>();
                Resource(ra, r.Requests, "cpu", "CpuRequest");
                Resource(ra, r.Requests, "memory", "MemoryRequest");
                Resource(ra, r.Requests, "ephemeral-storage", "EphemeralStorageRequest");
                Resource(ra, r.Limits, "cpu", "CpuLimit");
                Resource(ra, r.Limits, "memory", "MemoryLimit");
                Resource(ra, r.Limits, "ephemeral-storage", "EphemeralStorageLimit");
                // Any other resource (extended resources, huge pages) by name, one attribute per entry.
                var entries = new List<string>();
                foreach (var kv in r.Requests)
                {
                    if (kv.Key is not ("cpu" or "memory" or "ephemeral-storage")) entries.Add("[ResourceRequest(" + L(kv.Key) + ", " + L(kv.Value) + ")]");
                }
                foreach (var kv in r.Limits)
                {
                    if (kv.Key is not ("cpu" or "memory" or "ephemeral-storage")) entries.Add("[ResourceLimit(" + L(kv.Key) + ", " + L(kv.Value) + ")]");
                }
                if (ra.Count > 0 || entries.Count == 0) sb.Append(indent).Append("[Resources(").Append(string.Join(", ", ra)).Append(")]\n");
                foreach (var e in entries) sb.Append(indent).Append(e).Append('\n');
            }
            Probe(sb, indent, "LivenessProbe", c.LivenessProbe, path + ".livenessProbe", lossy);
            Probe(sb, indent, "ReadinessProbe", c.ReadinessProbe, path + ".readinessProbe", lossy);
            Probe(sb, indent, "StartupProbe", c.StartupProbe, path + ".startupProbe", lossy);
        }

        private static void Lowered(StringBuilder sb, string indent, LoweredScope scope, string anchor, List<FieldSetting> settings, TypeDescriptor? root = null)
        {
            foreach (string line in LoweredImport.Take(scope, anchor, settings, root)) sb.Append(indent).Append(line).Append('\n');
        }

        private static bool IsUnder(string path, string prefix) =>
            path.Length > prefix.Length + 1 && path.StartsWith(prefix, System.StringComparison.Ordinal) && path[prefix.Length] == '.';

        /// <summary>One <c>[Set(path, value)]</c> per setting (sorted), a list of strings folded into one array; every string a C# literal.</summary>
        private static void Sets(StringBuilder sb, string indent, List<FieldSetting> settings, string lossyPrefix, List<LossyField> lossy)
        {
            foreach (var a in FieldSettings.ToArguments(FieldSettings.Sorted(settings).ToArray()))
            {
                string? value = a.IsArray ? "new[] { " + string.Join(", ", a.Items.Select(L)) + " }" : SetValue(a.ValueKind, a.Text);
                if (value is null)
                {
                    lossy.Add(new LossyField(lossyPrefix + a.Path, "the number " + a.Text + " has no C# literal that [Set] takes (an integer beyond 64 bits, or a number beyond a double)"));
                    continue;
                }
                sb.Append(indent).Append("[Set(").Append(L(a.Path)).Append(", ").Append(value).Append(")]\n");
            }
        }

        /// <summary>The C# argument for one value, or null when none carries it exactly.</summary>
        private static string? SetValue(SettingValueKind kind, string text)
        {
            switch (kind)
            {
                case SettingValueKind.String:
                    return L(text);
                case SettingValueKind.Bool:
                    return text == "true" ? "true" : "false";
                case SettingValueKind.EmptyObject:
                    return L(SettingValues.EmptyObjectText);
                case SettingValueKind.EmptyList:
                    return "new string[0]";
                case SettingValueKind.Integer:
                    if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)) return null;
                    return n >= int.MinValue && n <= int.MaxValue ? n.ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture) + "L";
                case SettingValueKind.Float:
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || double.IsNaN(d) || double.IsInfinity(d)) return null;
                    return FieldSetting.FloatText(d);
                default:
                    return null;
            }
        }

        private static void Resource(List<string> args, EquatableArray<KeyValue> list, string resource, string arg)
        {
            foreach (var kv in list) if (kv.Key == resource) args.Add(arg + " = " + L(kv.Value));
        }

        private static void Probe(StringBuilder sb, string indent, string attribute, ProbeSpec? p, string path, List<LossyField> lossy)
        {
            if (p is null) return;
            var a = new List<string>();
            if (p.Exec is { } exec) a.Add("Exec = " + Array(exec.Command));
            PortRef? port = null;
            string? host = null;
            if (p.HttpGet is { } http)
            {
                a.Add("HttpGet = " + L(http.Path ?? ""));
                port = http.Port;
                host = http.Host;
                if (http.Scheme is not null) a.Add("Scheme = " + Enum("HttpScheme", Schemes, http.Scheme, path + ".httpGet.scheme", lossy));
                if (http.Headers.Count > 0)
                {
                    foreach (var h in http.Headers)
                    {
                        if (h.Name.IndexOf(':') >= 0) lossy.Add(new LossyField(path + ".httpGet.httpHeaders", "header name \"" + h.Name + "\" contains ':', which the \"Name: value\" form cannot carry"));
                    }
                    a.Add("HttpHeaders = new[] { " + string.Join(", ", http.Headers.Select(h => L(h.Name + ": " + h.Value))) + " }");
                }
            }
            if (p.TcpSocket is { } tcp)
            {
                a.Add("TcpSocket = true");
                if (p.HttpGet is not null && (tcp.Port != port || tcp.Host != host)) lossy.Add(new LossyField(path + ".tcpSocket", "a second handler with its own port or host cannot be written: the probe attribute has one Port and one Host"));
                port ??= tcp.Port;
                host ??= tcp.Host;
            }
            if (p.Grpc is { } grpc)
            {
                a.Add("Grpc = true");
                if (grpc.Port is int gp)
                {
                    if (port is not null && port.Number != gp) lossy.Add(new LossyField(path + ".grpc.port", "a second handler with its own port cannot be written"));
                    port ??= PortRef.FromNumber(gp);
                }
                if (grpc.Service is not null) a.Add("GrpcService = " + L(grpc.Service));
            }
            if (port?.Name is not null) a.Add("PortName = " + L(port.Name));
            else if (port?.Number is int n) a.Add("Port = " + I(n));
            if (host is not null) a.Add("Host = " + L(host));
            ProbeArgumentsProbe(p, a, path, lossy); // the timings: generated from Mapping.cs
            sb.Append(indent).Append('[').Append(attribute).Append('(').Append(string.Join(", ", a)).Append(")]\n");
        }

        private static string Enum(string enumName, Schema.EnumTable table, string value, string path, List<LossyField> lossy)
        {
            if (table.ToMember(value) is { } member) return enumName + "." + member;
            return NotAMember(enumName, value, path, lossy);
        }

        private static string Enum(string enumName, Dictionary<string, string> members, string value, string path, List<LossyField> lossy)
        {
            if (members.TryGetValue(value, out var member)) return enumName + "." + member;
            return NotAMember(enumName, value, path, lossy);
        }

        private static string NotAMember(string enumName, string value, string path, List<LossyField> lossy)
        {
            lossy.Add(new LossyField(path, "\"" + value + "\" is not a " + enumName + " value, so it cannot be written as C#"));
            return "(" + enumName + ")(-1)";
        }

        private static void Named(List<string> args, string name, long? value)
        {
            if (value is long v) args.Add(name + " = " + v.ToString(CultureInfo.InvariantCulture));
        }

        private static void Named(List<string> args, string name, int? value)
        {
            if (value is int v) args.Add(name + " = " + v.ToString(CultureInfo.InvariantCulture));
        }

        private static string Array(EquatableArray<string> values) =>
            values.Count == 0 ? "new string[0]" : "new[] { " + string.Join(", ", values.Select(L)) + " }";

        private static string L(string s) => CSharpLiteral.Of(s);

        private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

        /// <summary>A PascalCase C# identifier from a Kubernetes name (<c>test-liveness-exec</c> → <c>TestLivenessExec</c>) plus the kind.</summary>
        public static string ClassNameFor(string name, WorkloadKind kind) => Identifier(name, "Workload") + kind.KindName();

        /// <summary>
        /// Names a nested container class must not take: ProbeGen's types (an attribute or enum name would be shadowed
        /// inside the workload class) and the members the generator adds to it. Always suffixed (<c>Container2</c>).
        /// </summary>
        public static readonly IReadOnlyCollection<string> ReservedNames = new HashSet<string>(PublicTypeNames().Concat(new[]
        {
            "ManifestYaml", "CreateManifest", "PGF", "ProbeGen", "System", "Microsoft", "Attribute",
        }).SelectMany(n => new[] { n, n + "Attribute" }), System.StringComparer.Ordinal);

        /// <summary>
        /// A C# identifier made only of ASCII letters, digits and '_' (optionally after '@'), not starting with a digit,
        /// and — without '@' — no keyword, reserved or contextual (so it means the same in every position).
        /// </summary>
        public static bool IsSafeIdentifier(string s)
        {
            bool verbatim = s.Length > 0 && s[0] == '@';
            int start = verbatim ? 1 : 0;
            if (s.Length == start || s.Length > 512 || (s[start] >= '0' && s[start] <= '9')) return false;
            for (int i = start; i < s.Length; i++)
            {
                char c = s[i];
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
            }
            return verbatim || !CSharpKeywords.Contains(s);
        }

        /// <summary>Dot-separated <see cref="IsSafeIdentifier"/> parts (an option from the command line, checked again here).</summary>
        public static bool IsSafeNamespace(string s)
        {
            foreach (string part in s.Split('.'))
            {
                if (!IsSafeIdentifier(part)) return false;
            }
            return true;
        }

        /// <summary>C#'s reserved keywords, the undocumented <c>__arglist</c> family, and the contextual keywords.</summary>
        public static readonly IReadOnlyCollection<string> CSharpKeywords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",
            "add", "allows", "alias", "and", "ascending", "args", "async", "await", "by", "descending", "dynamic", "equals",
            "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof",
            "nint", "not", "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped",
            "select", "set", "unmanaged", "value", "var", "when", "where", "with", "yield",
        };

        private static string Identifier(string name, string fallback)
        {
            var sb = new StringBuilder();
            bool upper = true;
            foreach (char c in name)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                {
                    sb.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }
            if (sb.Length == 0) return fallback;
            if (char.IsDigit(sb[0])) sb.Insert(0, '_');
            return sb.ToString();
        }

        private static string Unique(string name, HashSet<string> used)
        {
            string candidate = name;
            for (int i = 2; !used.Add(candidate); i++) candidate = name + i.ToString(CultureInfo.InvariantCulture);
            return candidate;
        }
    }
}
