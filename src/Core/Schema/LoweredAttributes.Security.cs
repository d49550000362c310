using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    /// <summary>[SecurityContext] (a container's) and [PodSecurityContext] (the pod's): property → field, once.</summary>
    public static partial class LoweredAttributes
    {
        public static readonly LoweredAttribute SecurityContext = new LoweredAttribute("SecurityContextAttribute", LoweredScope.Container, Lowered.PathOf(ContainerSchema.SecurityContext), false, new[]
        {
            Lowered.Property("RunAsNonRoot", SecurityContextSchema.RunAsNonRoot),
            Lowered.Property("RunAsUser", SecurityContextSchema.RunAsUser),
            Lowered.Property("RunAsGroup", SecurityContextSchema.RunAsGroup),
            Lowered.Property("ReadOnlyRootFilesystem", SecurityContextSchema.ReadOnlyRootFilesystem),
            Lowered.Property("AllowPrivilegeEscalation", SecurityContextSchema.AllowPrivilegeEscalation),
            Lowered.Property("Privileged", SecurityContextSchema.Privileged),
            Lowered.Property("ProcMount", SecurityContextSchema.ProcMount),
            Lowered.Property("AddCapabilities", SecurityContextSchema.Capabilities, CapabilitiesSchema.Add),
            Lowered.Property("DropCapabilities", SecurityContextSchema.Capabilities, CapabilitiesSchema.Drop),
            Lowered.Property("SeccompProfile", SecurityContextSchema.SeccompProfile, SeccompProfileSchema.Type),
            Lowered.Property("SeccompLocalhostProfile", SecurityContextSchema.SeccompProfile, SeccompProfileSchema.LocalhostProfile),
            Lowered.Property("AppArmorProfile", SecurityContextSchema.AppArmorProfile, AppArmorProfileSchema.Type),
            Lowered.Property("AppArmorLocalhostProfile", SecurityContextSchema.AppArmorProfile, AppArmorProfileSchema.LocalhostProfile),
        });

        public static readonly LoweredAttribute PodSecurityContext = new LoweredAttribute("PodSecurityContextAttribute", LoweredScope.PodSpec, Lowered.PathOf(PodSpecSchema.SecurityContext), false, new[]
        {
            Lowered.Property("RunAsNonRoot", PodSecurityContextSchema.RunAsNonRoot),
            Lowered.Property("RunAsUser", PodSecurityContextSchema.RunAsUser),
            Lowered.Property("RunAsGroup", PodSecurityContextSchema.RunAsGroup),
            Lowered.Property("FsGroup", PodSecurityContextSchema.FsGroup),
            Lowered.Property("FsGroupChangePolicy", PodSecurityContextSchema.FsGroupChangePolicy),
            Lowered.Property("SupplementalGroups", PodSecurityContextSchema.SupplementalGroups),
            Lowered.Property("SupplementalGroupsPolicy", PodSecurityContextSchema.SupplementalGroupsPolicy),
            Lowered.Property("SeccompProfile", PodSecurityContextSchema.SeccompProfile, SeccompProfileSchema.Type),
            Lowered.Property("SeccompLocalhostProfile", PodSecurityContextSchema.SeccompProfile, SeccompProfileSchema.LocalhostProfile),
            Lowered.Property("AppArmorProfile", PodSecurityContextSchema.AppArmorProfile, AppArmorProfileSchema.Type),
            Lowered.Property("AppArmorLocalhostProfile", PodSecurityContextSchema.AppArmorProfile, AppArmorProfileSchema.LocalhostProfile),
        });

        static partial void AddSecurity(List<LoweredAttribute> all)
        {
            all.Add(SecurityContext);
            all.Add(PodSecurityContext);
        }
    }
}
