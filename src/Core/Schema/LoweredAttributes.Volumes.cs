using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    // The pod's volumes (one attribute per source, so "exactly one source" holds by construction) and a container's
    // volume mounts: each application is the next item of its list, in source order. A [Set] may set other fields of
    // those items (projected.sources …; configMap.items and secret.items have [VolumeItem]) and add items of other sources after them.
    public static partial class LoweredAttributes
    {
        static partial void AddVolumes(List<LoweredAttribute> all)
        {
            string volumes = PodSpecSchema.Volumes.JsonName;
            all.Add(Volume("ConfigMapVolumeAttribute", VolumeSchema.ConfigMap,
                Lowered.Property("ConfigMap", VolumeSchema.ConfigMap, ConfigMapVolumeSourceSchema.Name),
                Mode("DefaultMode", VolumeSchema.ConfigMap, ConfigMapVolumeSourceSchema.DefaultMode),
                Lowered.Property("Optional", VolumeSchema.ConfigMap, ConfigMapVolumeSourceSchema.Optional)));
            all.Add(Volume("SecretVolumeAttribute", VolumeSchema.Secret,
                Lowered.Property("SecretName", VolumeSchema.Secret, SecretVolumeSourceSchema.SecretName),
                Mode("DefaultMode", VolumeSchema.Secret, SecretVolumeSourceSchema.DefaultMode),
                Lowered.Property("Optional", VolumeSchema.Secret, SecretVolumeSourceSchema.Optional)));
            all.Add(Volume("EmptyDirVolumeAttribute", VolumeSchema.EmptyDir,
                Lowered.Property("Medium", VolumeSchema.EmptyDir, EmptyDirVolumeSourceSchema.Medium),
                Lowered.Property("SizeLimit", VolumeSchema.EmptyDir, EmptyDirVolumeSourceSchema.SizeLimit)));
            all.Add(Volume("PersistentVolumeClaimVolumeAttribute", VolumeSchema.PersistentVolumeClaim,
                Lowered.Property("ClaimName", VolumeSchema.PersistentVolumeClaim, PersistentVolumeClaimVolumeSourceSchema.ClaimName),
                Lowered.Property("ReadOnly", VolumeSchema.PersistentVolumeClaim, PersistentVolumeClaimVolumeSourceSchema.ReadOnly)));
            all.Add(Volume("HostPathVolumeAttribute", VolumeSchema.HostPath,
                Lowered.Property("Path", VolumeSchema.HostPath, HostPathVolumeSourceSchema.Path),
                Lowered.Property("Type", VolumeSchema.HostPath, HostPathVolumeSourceSchema.Type)));
            all.Add(Volume("CsiVolumeAttribute", VolumeSchema.Csi,
                Lowered.Property("Driver", VolumeSchema.Csi, CSIVolumeSourceSchema.Driver),
                Lowered.Property("FsType", VolumeSchema.Csi, CSIVolumeSourceSchema.FsType),
                Lowered.Property("ReadOnly", VolumeSchema.Csi, CSIVolumeSourceSchema.ReadOnly),
                Lowered.Property("NodePublishSecret", VolumeSchema.Csi, CSIVolumeSourceSchema.NodePublishSecretRef, LocalObjectReferenceSchema.Name)));
            all.Add(Volume("DownwardApiVolumeAttribute", VolumeSchema.DownwardAPI,
                Mode("DefaultMode", VolumeSchema.DownwardAPI, DownwardAPIVolumeSourceSchema.DefaultMode)));
            all.Add(Volume("ProjectedVolumeAttribute", VolumeSchema.Projected,
                Mode("DefaultMode", VolumeSchema.Projected, ProjectedVolumeSourceSchema.DefaultMode)));
            // The claim template's usual three fields; the rest of it (volumeMode, selector, dataSource …) by [Set].
            all.Add(Volume("EphemeralVolumeAttribute", VolumeSchema.Ephemeral,
                Lowered.Property("AccessModes", VolumeSchema.Ephemeral, EphemeralVolumeSourceSchema.VolumeClaimTemplate, PersistentVolumeClaimTemplateSchema.Spec, PersistentVolumeClaimSpecSchema.AccessModes),
                new LoweredProperty("Storage", -1, Lowered.PathOf(VolumeSchema.Ephemeral, EphemeralVolumeSourceSchema.VolumeClaimTemplate, PersistentVolumeClaimTemplateSchema.Spec,
                    PersistentVolumeClaimSpecSchema.Resources, VolumeResourceRequirementsSchema.Requests) + "['storage']", LoweredValue.String, null),
                Lowered.Property("StorageClassName", VolumeSchema.Ephemeral, EphemeralVolumeSourceSchema.VolumeClaimTemplate, PersistentVolumeClaimTemplateSchema.Spec, PersistentVolumeClaimSpecSchema.StorageClassName)));
            all.Add(new LoweredAttribute("VolumeMountAttribute", LoweredScope.Container, ContainerSchema.VolumeMounts.JsonName, isListItem: true, new[]
            {
                Lowered.Ctor(0, "volumeName", VolumeMountSchema.Name),
                Lowered.Ctor(1, "mountPath", VolumeMountSchema.MountPath),
                Lowered.Property("ReadOnly", VolumeMountSchema.ReadOnly),
                Lowered.Property("SubPath", VolumeMountSchema.SubPath),
                Lowered.Property("SubPathExpr", VolumeMountSchema.SubPathExpr),
                Lowered.Property("MountPropagation", VolumeMountSchema.MountPropagation),
                Lowered.Property("RecursiveReadOnly", VolumeMountSchema.RecursiveReadOnly),
            }));

            // A volume is its name and its one source object, written {} when no argument (and no [Set]) sets a field in it.
            LoweredAttribute Volume(string name, FieldDescriptor source, params LoweredProperty[] properties)
            {
                var all2 = new LoweredProperty[properties.Length + 1];
                all2[0] = Lowered.Ctor(0, "name", VolumeSchema.Name);
                properties.CopyTo(all2, 1);
                return new LoweredAttribute(name, LoweredScope.PodSpec, volumes, isListItem: true, all2, presence: new[] { source.JsonName });
            }
        }

        /// <summary>The volume sources whose <c>items</c> a [VolumeItem] adds to (a list of KeyToPath: key, path, mode).</summary>
        public static readonly IReadOnlyList<string> VolumeItemSources = new[] { VolumeSchema.ConfigMap.JsonName, VolumeSchema.Secret.JsonName };

        /// <summary>
        /// [VolumeItem(volumeName, key, path, Mode = …)]: one item of <c>volumes[<paramref name="volume"/>].<paramref name="source"/>.items</c>.
        /// Not in <see cref="All"/>: where it writes depends on the volume it names (its index and source), so the parser
        /// builds this table once it has read the volume attributes; argument 0 names the volume and writes no field.
        /// </summary>
        public static LoweredAttribute VolumeItem(int volume, string source) =>
            new LoweredAttribute("VolumeItemAttribute", LoweredScope.PodSpec,
                PodSpecSchema.Volumes.JsonName + "[" + volume.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]." + source + "." + ConfigMapVolumeSourceSchema.Items.JsonName,
                isListItem: true, new[]
                {
                    Lowered.Ctor(1, "key", KeyToPathSchema.Key),
                    Lowered.Ctor(2, "path", KeyToPathSchema.Path),
                    Mode("Mode", KeyToPathSchema.Mode),
                });

        /// <summary>A file mode: an octal string in C# (<c>"0644"</c>), its number in the manifest (420).</summary>
        private static LoweredProperty Mode(string name, params FieldDescriptor[] fields) =>
            new LoweredProperty(name, -1, Lowered.PathOf(fields), LoweredValue.OctalMode, null);
    }
}
