using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Generator.Parsing
{
    internal enum ArgType { String, Int, Long, Bool, StringArray, Enum }

    /// <summary>One parameter or settable property of a ProbeGen attribute; <see cref="EnumName"/> for enums, whose members are 0, 1, … in order.</summary>
    internal sealed class ArgSpec
    {
        public ArgSpec(string name, ArgType type, string? enumName = null)
        {
            Name = name;
            Type = type;
            EnumName = enumName;
        }

        public string Name { get; }
        public ArgType Type { get; }
        public string? EnumName { get; }
    }

    /// <summary>A ProbeGen attribute's one constructor and its settable properties: what the syntax reader may read without binding.</summary>
    internal sealed class AttributeSpec
    {
        public AttributeSpec(string name, ArgSpec[] ctor, ArgSpec[] properties)
        {
            Name = name;
            Ctor = ctor;
            Properties = new Dictionary<string, ArgSpec>(System.StringComparer.Ordinal);
            foreach (var p in properties) Properties[p.Name] = p;
        }

        public string Name { get; }
        public ArgSpec[] Ctor { get; }
        public Dictionary<string, ArgSpec> Properties { get; }
    }

    /// <summary>
    /// ProbeGen's attributes and enums as the syntax reader knows them (src/Abstractions). <see cref="Matches"/> checks
    /// the table against the referenced ProbeGen.dll on every compilation, so a different version is read by binding.
    /// </summary>
    internal static class AttributeSchema
    {
        public static readonly Dictionary<string, string[]> Enums = new(System.StringComparer.Ordinal)
        {
            ["RestartPolicy"] = new[] { "Always", "OnFailure", "Never" },
            ["ContainerRestartPolicy"] = new[] { "Always" },
            ["PullPolicy"] = new[] { "Always", "IfNotPresent", "Never" },
            ["PortProtocol"] = new[] { "Tcp", "Udp", "Sctp" },
            ["HttpScheme"] = new[] { "Http", "Https" },
            ["ConcurrencyPolicy"] = new[] { "Allow", "Forbid", "Replace" },
        };

        public static readonly Dictionary<string, AttributeSpec> Attributes = Build();

        /// <summary>Every simple name a ProbeGen attribute or enum can be written or looked up as (<c>Pod</c>, <c>PodAttribute</c>, <c>PodAttributeAttribute</c>, <c>PullPolicy</c>).</summary>
        public static readonly HashSet<string> LookupNames = BuildLookupNames();

        private static ArgSpec S(string n) => new(n, ArgType.String);
        private static ArgSpec I(string n) => new(n, ArgType.Int);
        private static ArgSpec L(string n) => new(n, ArgType.Long);
        private static ArgSpec B(string n) => new(n, ArgType.Bool);
        private static ArgSpec A(string n) => new(n, ArgType.StringArray);
        private static ArgSpec E(string n, string e) => new(n, ArgType.Enum, e);

        private static Dictionary<string, AttributeSpec> Build()
        {
            var none = new ArgSpec[0];
            var jobProps = new[] { I("BackoffLimit"), I("Completions"), I("Parallelism"), L("ActiveDeadlineSeconds"), I("TtlSecondsAfterFinished") };
            var containerProps = new[] { A("Command"), A("Args"), S("WorkingDir"), E("ImagePullPolicy", "PullPolicy") };
            var probeProps = new[]
            {
                A("Exec"), S("HttpGet"), B("TcpSocket"), B("Grpc"), I("Port"), S("PortName"), S("Host"), E("Scheme", "HttpScheme"), A("HttpHeaders"), S("GrpcService"),
                I("InitialDelaySeconds"), I("TimeoutSeconds"), I("PeriodSeconds"), I("SuccessThreshold"), I("FailureThreshold"), L("TerminationGracePeriodSeconds"),
            };
            var specs = new[]
            {
                new AttributeSpec("PodAttribute", new[] { S("name") }, new[] { S("Namespace") }),
                new AttributeSpec("DeploymentAttribute", new[] { S("name") }, new[] { S("Namespace"), I("Replicas"), I("MinReadySeconds"), I("RevisionHistoryLimit"), I("ProgressDeadlineSeconds") }),
                new AttributeSpec("JobAttribute", new[] { S("name") }, Concat(new[] { S("Namespace") }, jobProps)),
                new AttributeSpec("CronJobAttribute", new[] { S("name"), S("schedule") }, Concat(new[]
                {
                    S("Namespace"), S("TimeZone"), E("ConcurrencyPolicy", "ConcurrencyPolicy"), L("StartingDeadlineSeconds"), I("SuccessfulJobsHistoryLimit"), I("FailedJobsHistoryLimit"), B("Suspend"),
                }, jobProps)),
                new AttributeSpec("ContainerAttribute", new[] { S("name"), S("image") }, containerProps),
                new AttributeSpec("InitContainerAttribute", new[] { S("name"), S("image") }, Concat(containerProps, new[] { E("RestartPolicy", "ContainerRestartPolicy") })),
                new AttributeSpec("ContainerPortAttribute", new[] { I("port") }, new[] { S("Name"), E("Protocol", "PortProtocol"), I("HostPort") }),
                new AttributeSpec("EnvAttribute", new[] { S("name"), S("value") }, none),
                new AttributeSpec("EnvFromSecretAttribute", new[] { S("name"), S("secretName"), S("key") }, none),
                new AttributeSpec("EnvFromConfigMapAttribute", new[] { S("name"), S("configMapName"), S("key") }, none),
                new AttributeSpec("EnvFromFieldAttribute", new[] { S("name"), S("fieldPath") }, none),
                new AttributeSpec("ResourcesAttribute", none, new[] { S("CpuRequest"), S("MemoryRequest"), S("CpuLimit"), S("MemoryLimit"), S("EphemeralStorageRequest"), S("EphemeralStorageLimit") }),
                new AttributeSpec("LivenessProbeAttribute", none, probeProps),
                new AttributeSpec("ReadinessProbeAttribute", none, probeProps),
                new AttributeSpec("StartupProbeAttribute", none, probeProps),
                new AttributeSpec("RestartPolicyAttribute", new[] { E("policy", "RestartPolicy") }, none),
                new AttributeSpec("LabelAttribute", new[] { S("key"), S("value") }, none),
                new AttributeSpec("AnnotationAttribute", new[] { S("key"), S("value") }, none),
                new AttributeSpec("TerminationGracePeriodAttribute", new[] { L("seconds") }, none),
                new AttributeSpec("ServiceAccountAttribute", new[] { S("name") }, none),
                new AttributeSpec("NodeSelectorAttribute", new[] { S("key"), S("value") }, none),
            };
            var result = new Dictionary<string, AttributeSpec>(System.StringComparer.Ordinal);
            foreach (var s in specs) result[s.Name] = s;
            return result;
        }

        private static ArgSpec[] Concat(ArgSpec[] a, ArgSpec[] b)
        {
            var r = new ArgSpec[a.Length + b.Length];
            a.CopyTo(r, 0);
            b.CopyTo(r, a.Length);
            return r;
        }

        private static HashSet<string> BuildLookupNames()
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var name in Attributes.Keys)
            {
                names.Add(name);
                names.Add(name.Substring(0, name.Length - "Attribute".Length));
                names.Add(name + "Attribute");
            }
            foreach (var e in Enums.Keys) names.Add(e);
            return names;
        }

        /// <summary>The ProbeGen attribute a written name (<c>Pod</c> or <c>PodAttribute</c>) can mean, or null.</summary>
        public static string? AttributeFor(string written)
        {
            if (Attributes.ContainsKey(written)) return written;
            string withSuffix = written + "Attribute";
            return Attributes.ContainsKey(withSuffix) ? withSuffix : null;
        }

        /// <summary>The referenced ProbeGen.dll has exactly these constructors, properties and enum values; otherwise nothing is read from syntax.</summary>
        public static bool Matches(Compilation compilation)
        {
            foreach (var spec in Attributes.Values)
            {
                if (compilation.GetTypeByMetadataName(AttributeNames.Namespace + "." + spec.Name) is not { } type) return false;
                int ctors = 0;
                foreach (var ctor in type.InstanceConstructors)
                {
                    if (ctor.DeclaredAccessibility != Accessibility.Public) continue;
                    ctors++;
                    if (ctor.Parameters.Length != spec.Ctor.Length) return false;
                    for (int i = 0; i < spec.Ctor.Length; i++)
                    {
                        var p = ctor.Parameters[i];
                        if (p.Name != spec.Ctor[i].Name || p.IsOptional || p.IsParams || !IsType(p.Type, spec.Ctor[i])) return false;
                    }
                }
                if (ctors != 1) return false;
                var settable = new HashSet<string>(System.StringComparer.Ordinal);
                for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
                {
                    if (t.ContainingNamespace?.ToDisplayString() == "System" && t.Name == "Attribute") break;
                    foreach (var m in t.GetMembers())
                    {
                        if (m.DeclaredAccessibility != Accessibility.Public || m.IsStatic) continue;
                        if (m is IPropertySymbol { SetMethod: { DeclaredAccessibility: Accessibility.Public } } prop)
                        {
                            if (!spec.Properties.TryGetValue(prop.Name, out var arg) || !IsType(prop.Type, arg)) return false;
                            settable.Add(prop.Name);
                        }
                        else if (m is IFieldSymbol { IsReadOnly: false, IsConst: false }) return false;
                    }
                }
                if (settable.Count != spec.Properties.Count) return false;
            }
            foreach (var e in Enums)
            {
                if (compilation.GetTypeByMetadataName(AttributeNames.Namespace + "." + e.Key) is not { TypeKind: TypeKind.Enum } type) return false;
                int count = 0;
                foreach (var m in type.GetMembers())
                {
                    if (m is not IFieldSymbol { IsConst: true } f) continue;
                    if (count >= e.Value.Length || f.Name != e.Value[count] || f.ConstantValue is not int v || v != count) return false;
                    count++;
                }
                if (count != e.Value.Length) return false;
            }
            return true;
        }

        private static bool IsType(ITypeSymbol type, ArgSpec arg) => arg.Type switch
        {
            ArgType.String => type.SpecialType == SpecialType.System_String,
            ArgType.Int => type.SpecialType == SpecialType.System_Int32,
            ArgType.Long => type.SpecialType == SpecialType.System_Int64,
            ArgType.Bool => type.SpecialType == SpecialType.System_Boolean,
            ArgType.StringArray => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String },
            _ => type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && e.Name == arg.EnumName && e.ContainingNamespace?.ToDisplayString() == AttributeNames.Namespace
                && e.EnumUnderlyingType?.SpecialType == SpecialType.System_Int32,
        };
    }
}
