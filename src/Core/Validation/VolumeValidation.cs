using System;
using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// core validation.go's <c>ValidateVolumes</c> (with <c>validateVolumeSource</c> and the source validators) and
    /// <c>ValidateVolumeMounts</c>, over the pod spec's settings, in the API server's order. Each error carries the ID of
    /// the rule it belongs to (PG1601–PG1637, docs/design/new-field-rules.md); the rules report their own. A volume
    /// with an error is left out of the set the mounts are matched against, as ValidateVolumes does.
    /// </summary>
    public static class VolumeValidation
    {
        public const string MoreThanOneSource = "may not specify more than 1 volume type";

        // validateVolumeSource's order of sources, with the path each is reported at when it is one too many.
        private static readonly (string Field, string ReportedAs)[] Sources =
        {
            ("emptyDir", "emptyDir"), ("hostPath", "hostPath"), ("gitRepo", "gitRepo"), ("gcePersistentDisk", "gcePersistentDisk"),
            ("awsElasticBlockStore", "awsElasticBlockStore"), ("secret", "secret"), ("nfs", "nfs"), ("iscsi", "iscsi"),
            ("glusterfs", "glusterfs"), ("flocker", "flocker"), ("persistentVolumeClaim", "persistentVolumeClaim"), ("rbd", "rbd"),
            ("cinder", "cinder"), ("cephfs", "cephfs"), ("quobyte", "quobyte"), ("downwardAPI", "downwarAPI"), ("fc", "fc"),
            ("flexVolume", "flexVolume"), ("configMap", "configMap"), ("azureFile", "azureFile"), ("vsphereVolume", "vsphereVolume"),
            ("photonPersistentDisk", "photonPersistentDisk"), ("portworxVolume", "portworxVolume"), ("azureDisk", "azureDisk"),
            ("storageos", "storageos"), ("projected", "projected"), ("scaleIO", "scaleIO"), ("csi", "csi"), ("ephemeral", "ephemeral"),
            ("image", "image"),
        };

        private static readonly string[] HostPathTypes = { "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket" };
        private static readonly string[] VolumeFieldPaths = { "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid" };
        private static readonly string[] ConvertibleFieldPaths =
        {
            "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName",
            "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP",
            "status.hostIPs", "status.podIP", "status.podIPs",
        };
        private static readonly string[] AccessModes = { "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod" };
        private static readonly string[] Propagations = { "Bidirectional", "HostToContainer", "None" };

        [ThreadStatic] private static WorkloadSpec? t_workload;
        [ThreadStatic] private static List<SettingError>? t_errors;

        /// <summary>Every volume and mount error of the workload (computed once per workload and thread; do not modify).</summary>
        public static IReadOnlyList<SettingError> Errors(WorkloadSpec workload)
        {
            if (ReferenceEquals(t_workload, workload) && t_errors is not null) return t_errors;
            var errors = new List<SettingError>();
            var pod = SettingsView.PodSpec(workload);
            var volumes = ValidateVolumes(pod, errors);
            // ValidateStatefulSetSpec validates the template with the claim templates' names added to its volumes.
            if (workload.Kind == WorkloadKind.StatefulSet)
            {
                foreach (var claim in SettingsView.Root(workload).Items("spec.volumeClaimTemplates"))
                {
                    if (claim.Text("metadata.name") is { Length: > 0 } claimName && !volumes.ContainsKey(claimName)) volumes[claimName] = true;
                }
            }
            foreach (var c in PodWalk.Containers(workload))
            {
                ValidateVolumeMounts(SettingsView.Of(workload.Settings, c.Path), c.Path, volumes, errors);
            }
            t_errors = errors;
            t_workload = workload;
            return errors;
        }

        /// <summary>ValidateVolumes: the error-free volumes by name, with whether each is an image volume.</summary>
        private static Dictionary<string, bool> ValidateVolumes(SettingsView pod, List<SettingError> all)
        {
            var valid = new Dictionary<string, bool>(StringComparer.Ordinal);
            var items = pod.Items("volumes");
            for (int i = 0; i < items.Count; i++)
            {
                var vol = items[i];
                string path = pod.PathOf("volumes[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                var el = new List<SettingError>();
                string name = SettingErrors.Text(vol, "name");
                ValidateVolumeSource(vol, path, el);
                if (name.Length == 0)
                {
                    el.Add(new SettingError("PG1601", path + ".name", K8sErrorType.Required, null, ""));
                }
                else
                {
                    foreach (var msg in K8sFormats.Dns1123Label(name)) el.Add(new SettingError("PG1602", path + ".name", K8sErrorType.Invalid, name, msg));
                }
                if (valid.ContainsKey(name)) el.Add(new SettingError("PG1603", path + ".name", K8sErrorType.Duplicate, name, ""));
                if (el.Count == 0) valid[name] = vol.Any("image");
                else all.AddRange(el);
            }
            return valid;
        }

        private static void ValidateVolumeSource(SettingsView vol, string path, List<SettingError> el)
        {
            int count = 0;
            foreach (var (field, reportedAs) in Sources)
            {
                if (!vol.Any(field)) continue;
                if (count > 0)
                {
                    el.Add(new SettingError("PG1604", path + "." + reportedAs, K8sErrorType.Forbidden, null, MoreThanOneSource, path + "." + field));
                    continue;
                }
                count++;
                var src = vol.At(field);
                string p = path + "." + field;
                switch (field)
                {
                    case "emptyDir":
                        if (src.Text("sizeLimit") is { } size && Quantity.Parse(size, out _) is { Sign: < 0 })
                            el.Add(new SettingError("PG1618", p + ".sizeLimit", K8sErrorType.Forbidden, null, "SizeLimit field must be a valid resource quantity"));
                        break;
                    case "hostPath":
                        HostPath(src, p, el);
                        break;
                    case "secret":
                        if (SettingErrors.Text(src, "secretName").Length == 0) el.Add(new SettingError("PG1606", p + ".secretName", K8sErrorType.Required, null, ""));
                        Mode(src, "defaultMode", p + ".defaultMode", "PG1610", el);
                        KeyToPaths(src, p, el, null);
                        break;
                    case "configMap":
                        if (SettingErrors.Text(src, "name").Length == 0) el.Add(new SettingError("PG1605", p + ".name", K8sErrorType.Required, null, ""));
                        Mode(src, "defaultMode", p + ".defaultMode", "PG1610", el);
                        KeyToPaths(src, p, el, null);
                        break;
                    case "persistentVolumeClaim":
                        if (SettingErrors.Text(src, "claimName").Length == 0) el.Add(new SettingError("PG1607", p + ".claimName", K8sErrorType.Required, null, ""));
                        break;
                    case "downwardAPI":
                        Mode(src, "defaultMode", p + ".defaultMode", "PG1610", el);
                        foreach (var file in src.Items("items"))
                        {
                            // validateDownwardAPIVolumeSource passes the volume's own path for every item (no items[j]).
                            DownwardApiFile(file, p, el);
                        }
                        break;
                    case "projected":
                        Mode(src, "defaultMode", p + ".defaultMode", "PG1610", el);
                        Projection(src, p, el);
                        break;
                    case "csi":
                        Csi(src, p, el);
                        break;
                    case "ephemeral":
                        Ephemeral(src, p, el);
                        break;
                }
            }
        }

        private static void HostPath(SettingsView src, string p, List<SettingError> el)
        {
            string hostPath = SettingErrors.Text(src, "path");
            if (hostPath.Length == 0)
            {
                el.Add(new SettingError("PG1608", p + ".path", K8sErrorType.Required, null, ""));
                return;
            }
            foreach (var msg in K8sPaths.ValidatePathNoBacksteps(hostPath)) el.Add(new SettingError("PG1608", p + ".path", K8sErrorType.Invalid, hostPath, msg));
            if (src.Text("type") is { } type && Array.IndexOf(HostPathTypes, type) < 0)
                el.Add(new SettingError("PG1609", p + ".type", K8sErrorType.NotSupported, type, K8sFieldError.SupportedValues(HostPathTypes)));
        }

        private static void Mode(SettingsView src, string field, string path, string rule, List<SettingError> el)
        {
            if (src.Integer(field) is { } mode && !K8sPaths.IsValidFileMode(mode)) el.Add(new SettingError(rule, path, K8sErrorType.Invalid, mode, K8sPaths.FileModeError));
        }

        // validateKeyToPath over items[]; allPaths (projected) collects the paths for the conflict check.
        private static void KeyToPaths(SettingsView src, string p, List<SettingError> el, (HashSet<string> Paths, string Projected, string Name)? projection)
        {
            var items = src.Items("items");
            for (int j = 0; j < items.Count; j++)
            {
                var item = items[j];
                string ip = p + ".items[" + j.ToString(CultureInfo.InvariantCulture) + "]";
                if (SettingErrors.Text(item, "key").Length == 0) el.Add(new SettingError("PG1611", ip + ".key", K8sErrorType.Required, null, ""));
                string itemPath = SettingErrors.Text(item, "path");
                if (itemPath.Length == 0) el.Add(new SettingError("PG1611", ip + ".path", K8sErrorType.Required, null, ""));
                foreach (var msg in K8sPaths.ValidateLocalNonReservedPath(itemPath)) el.Add(new SettingError("PG1612", ip + ".path", K8sErrorType.Invalid, itemPath, msg));
                Mode(item, "mode", ip + ".mode", "PG1610", el);
                if (projection is { } proj && itemPath.Length > 0 && !proj.Paths.Add(itemPath))
                    el.Add(new SettingError("PG1614", proj.Projected, K8sErrorType.Invalid, proj.Name, "conflicting duplicate paths", ip + ".path"));
            }
        }

        // validateDownwardAPIVolumeFile, called with the volume's (or projection source's) path.
        private static void DownwardApiFile(SettingsView file, string p, List<SettingError> el)
        {
            string filePath = SettingErrors.Text(file, "path");
            string source = file.Path;
            if (filePath.Length == 0) el.Add(new SettingError("PG1616", p + ".path", K8sErrorType.Required, null, "", source + ".path"));
            foreach (var msg in K8sPaths.ValidateLocalNonReservedPath(filePath)) el.Add(new SettingError("PG1616", p + ".path", K8sErrorType.Invalid, filePath, msg, source + ".path"));
            bool fieldRef = file.Any("fieldRef"), resourceFieldRef = file.Any("resourceFieldRef");
            if (fieldRef)
            {
                ObjectFieldSelector(file.At("fieldRef"), p + ".fieldRef", source + ".fieldRef", el);
                if (resourceFieldRef) el.Add(new SettingError("PG1616", p, K8sErrorType.Invalid, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously", source));
            }
            else if (!resourceFieldRef)
            {
                el.Add(new SettingError("PG1616", p, K8sErrorType.Required, null, "one of fieldRef and resourceFieldRef is required", source));
            }
            if (file.Integer("mode") is { } mode && !K8sPaths.IsValidFileMode(mode))
                el.Add(new SettingError("PG1616", p + ".mode", K8sErrorType.Invalid, mode, K8sPaths.FileModeError, source + ".mode"));
        }

        // validateObjectFieldSelector with the volume expressions (apiVersion is defaulted to v1).
        private static void ObjectFieldSelector(SettingsView sel, string p, string source, List<SettingError> el)
        {
            string fieldPath = SettingErrors.Text(sel, "fieldPath");
            if (fieldPath.Length == 0)
            {
                el.Add(new SettingError("PG1617", p + ".fieldPath", K8sErrorType.Required, null, "", source + ".fieldPath"));
                return;
            }
            int open = fieldPath.IndexOf("['", StringComparison.Ordinal);
            if (open > 0 && fieldPath.Length >= open + 4 && fieldPath.EndsWith("']", StringComparison.Ordinal))
            {
                string path = fieldPath.Substring(0, open);
                string key = fieldPath.Substring(open + 2, fieldPath.Length - open - 4);
                if (path != "metadata.annotations" && path != "metadata.labels")
                {
                    el.Add(new SettingError("PG1617", p + ".fieldPath", K8sErrorType.Invalid, fieldPath, "error converting fieldPath: field label does not support subscript: " + fieldPath, source + ".fieldPath"));
                    return;
                }
                string checkedKey = path == "metadata.annotations" ? key.ToLowerInvariant() : key;
                foreach (var msg in K8sFormats.QualifiedName(checkedKey)) el.Add(new SettingError("PG1617", p, K8sErrorType.Invalid, checkedKey, msg, source + ".fieldPath"));
                return;
            }
            string converted = fieldPath == "spec.host" ? "spec.nodeName" : fieldPath;
            if (Array.IndexOf(ConvertibleFieldPaths, converted) < 0)
            {
                el.Add(new SettingError("PG1617", p + ".fieldPath", K8sErrorType.Invalid, fieldPath, "error converting fieldPath: field label not supported: " + fieldPath, source + ".fieldPath"));
                return;
            }
            if (Array.IndexOf(VolumeFieldPaths, converted) < 0)
                el.Add(new SettingError("PG1617", p + ".fieldPath", K8sErrorType.NotSupported, converted, K8sFieldError.SupportedValues(VolumeFieldPaths), source + ".fieldPath"));
        }

        // validateProjectionSources.
        private static void Projection(SettingsView projected, string p, List<SettingError> el)
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            var sources = projected.Items("sources");
            for (int i = 0; i < sources.Count; i++)
            {
                var source = sources[i];
                string sp = p + ".sources[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                int count = 0;
                if (source.Any("secret"))
                {
                    count++;
                    var s = source.At("secret");
                    string name = SettingErrors.Text(s, "name");
                    if (name.Length == 0) el.Add(new SettingError("PG1606", sp + ".secret.name", K8sErrorType.Required, null, ""));
                    KeyToPaths(s, sp + ".secret", el, (paths, p, name));
                }
                if (source.Any("configMap"))
                {
                    count++;
                    var s = source.At("configMap");
                    string name = SettingErrors.Text(s, "name");
                    if (name.Length == 0) el.Add(new SettingError("PG1605", sp + ".configMap.name", K8sErrorType.Required, null, ""));
                    KeyToPaths(s, sp + ".configMap", el, (paths, p, name));
                }
                if (source.Any("downwardAPI"))
                {
                    count++;
                    foreach (var file in source.At("downwardAPI").Items("items"))
                    {
                        DownwardApiFile(file, sp + ".downwardAPI", el);
                        string filePath = SettingErrors.Text(file, "path");
                        if (filePath.Length > 0 && !paths.Add(filePath)) el.Add(new SettingError("PG1614", p, K8sErrorType.Invalid, filePath, "conflicting duplicate paths", file.Path + ".path"));
                    }
                }
                if (source.Any("serviceAccountToken"))
                {
                    count++;
                    var t = source.At("serviceAccountToken");
                    // SetDefaults_ServiceAccountTokenProjection: an unset expirationSeconds is 3600.
                    long seconds = t.Integer("expirationSeconds") ?? 3600;
                    string ep = sp + ".serviceAccountToken.expirationSeconds";
                    if (seconds < 600) el.Add(new SettingError("PG1615", ep, K8sErrorType.Invalid, seconds, "may not specify a duration less than 10 minutes"));
                    if (seconds > 1L << 32) el.Add(new SettingError("PG1615", ep, K8sErrorType.Invalid, seconds, "may not specify a duration larger than 2^32 seconds"));
                    if (SettingErrors.Text(t, "path").Length == 0) el.Add(new SettingError("PG1615", p + ".path", K8sErrorType.Required, null, "", sp + ".serviceAccountToken.path"));
                }
                if (source.Any("clusterTrustBundle")) count++;
                if (count > 1) el.Add(new SettingError("PG1613", sp, K8sErrorType.Forbidden, null, "may not specify more than 1 volume type per source"));
            }
        }

        // validateCSIVolumeSource → ValidateCSIDriverName.
        private static void Csi(SettingsView csi, string p, List<SettingError> el)
        {
            string driver = SettingErrors.Text(csi, "driver");
            string dp = p + ".driver";
            if (driver.Length == 0) el.Add(new SettingError("PG1619", dp, K8sErrorType.Required, null, ""));
            if (driver.Length > 63) el.Add(new SettingError("PG1619", dp, K8sErrorType.Invalid, null, "must have at most 63 bytes") { IsTooLong = true });
            foreach (var msg in K8sFormats.Dns1123Subdomain(driver.ToLowerInvariant())) el.Add(new SettingError("PG1619", dp, K8sErrorType.Invalid, driver, msg));
            if (csi.Any("nodePublishSecretRef"))
            {
                string name = SettingErrors.Text(csi, "nodePublishSecretRef.name");
                string np = p + ".nodePublishSecretRef.name";
                if (name.Length == 0) el.Add(new SettingError("PG1619", np, K8sErrorType.Required, null, ""));
                else foreach (var msg in K8sFormats.Dns1123Subdomain(name)) el.Add(new SettingError("PG1619", np, K8sErrorType.Invalid, name, msg));
            }
        }

        // validateEphemeralVolumeSource → ValidatePersistentVolumeClaimTemplate (the spec's access modes and storage request).
        private static void Ephemeral(SettingsView eph, string p, List<SettingError> el)
        {
            string tp = p + ".volumeClaimTemplate";
            if (!eph.Any("volumeClaimTemplate"))
            {
                el.Add(new SettingError("PG1620", tp, K8sErrorType.Required, null, ""));
                return;
            }
            var spec = eph.At("volumeClaimTemplate.spec");
            string sp = tp + ".spec";
            var modes = spec.Texts("accessModes");
            if (modes.Count == 0) el.Add(new SettingError("PG1620", sp + ".accessModes", K8sErrorType.Required, null, "at least 1 access mode is required"));
            foreach (var mode in modes)
            {
                if (Array.IndexOf(AccessModes, mode) < 0) el.Add(new SettingError("PG1620", sp + ".accessModes", K8sErrorType.NotSupported, mode, K8sFieldError.SupportedValues(AccessModes)));
            }
            if (spec.Leaf("resources.requests" + SettingsView.Key("storage")) is null)
                el.Add(new SettingError("PG1620", sp + ".resources[storage]", K8sErrorType.Required, null, "", sp + ".resources.requests"));
        }

        // ValidateVolumeMounts for one container.
        private static void ValidateVolumeMounts(SettingsView container, string cp, Dictionary<string, bool> volumes, List<SettingError> all)
        {
            string lp = cp + ".volumeMounts";
            var mountPoints = new HashSet<string>(StringComparer.Ordinal);
            bool privileged = container.Bool("securityContext.privileged") == true;
            var mounts = container.Items("volumeMounts");
            for (int j = 0; j < mounts.Count; j++)
            {
                var m = mounts[j];
                string ip = lp + "[" + j.ToString(CultureInfo.InvariantCulture) + "]";
                string name = SettingErrors.Text(m, "name");
                string mountPath = SettingErrors.Text(m, "mountPath");
                if (name.Length == 0) all.Add(new SettingError("PG1630", ip + ".name", K8sErrorType.Required, null, ""));
                if (!volumes.ContainsKey(name)) all.Add(new SettingError("PG1631", ip + ".name", K8sErrorType.NotFound, name, ""));
                if (mountPath.Length == 0) all.Add(new SettingError("PG1632", ip + ".mountPath", K8sErrorType.Required, null, ""));
                if (!mountPoints.Add(mountPath)) all.Add(new SettingError("PG1633", ip + ".mountPath", K8sErrorType.Invalid, mountPath, "must be unique"));
                string subPath = SettingErrors.Text(m, "subPath");
                string subPathExpr = SettingErrors.Text(m, "subPathExpr");
                if (volumes.TryGetValue(name, out bool image) && image)
                {
                    if (subPath.Length > 0) all.Add(new SettingError("PG1638", ip + ".subPath", K8sErrorType.Invalid, subPath, "not allowed in image volume sources"));
                    if (subPathExpr.Length > 0) all.Add(new SettingError("PG1638", ip + ".subPathExpr", K8sErrorType.Invalid, subPathExpr, "not allowed in image volume sources"));
                }
                if (subPath.Length > 0)
                {
                    foreach (var msg in K8sPaths.ValidateLocalDescendingPath(subPath)) all.Add(new SettingError("PG1634", lp + ".subPath", K8sErrorType.Invalid, subPath, msg, ip + ".subPath"));
                }
                if (subPathExpr.Length > 0)
                {
                    if (subPath.Length > 0) all.Add(new SettingError("PG1635", ip + ".subPathExpr", K8sErrorType.Invalid, subPathExpr, "subPathExpr and subPath are mutually exclusive"));
                    foreach (var msg in K8sPaths.ValidateLocalDescendingPath(subPathExpr)) all.Add(new SettingError("PG1634", lp + ".subPathExpr", K8sErrorType.Invalid, subPathExpr, msg, ip + ".subPathExpr"));
                }
                string? propagation = m.Text("mountPropagation");
                if (propagation is not null)
                {
                    string pp = lp + ".mountPropagation";
                    if (Array.IndexOf(Propagations, propagation) < 0) all.Add(new SettingError("PG1636", pp, K8sErrorType.NotSupported, propagation, K8sFieldError.SupportedValues(Propagations), ip + ".mountPropagation"));
                    else if (propagation == "Bidirectional" && !privileged) all.Add(new SettingError("PG1636", pp, K8sErrorType.Forbidden, null, "Bidirectional mount propagation is available only to privileged containers", ip + ".mountPropagation"));
                }
                string? rro = m.Text("recursiveReadOnly");
                if (rro is not null)
                {
                    string rp = lp + ".recursiveReadOnly";
                    if (rro == "Enabled" || rro == "IfPossible")
                    {
                        if (m.Bool("readOnly") != true) all.Add(new SettingError("PG1637", rp, K8sErrorType.Forbidden, null, "may only be specified when readOnly is true", ip + ".recursiveReadOnly"));
                        if (propagation is not null && propagation != "None") all.Add(new SettingError("PG1637", rp, K8sErrorType.Forbidden, null, "may only be specified when mountPropagation is None or not specified", ip + ".recursiveReadOnly"));
                    }
                    else if (rro != "Disabled")
                    {
                        all.Add(new SettingError("PG1637", rp, K8sErrorType.NotSupported, rro, K8sFieldError.SupportedValues(new[] { "Disabled", "Enabled", "IfPossible" }), ip + ".recursiveReadOnly"));
                    }
                }
            }
        }
    }
}
