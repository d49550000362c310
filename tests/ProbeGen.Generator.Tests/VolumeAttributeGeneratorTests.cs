using System.Reflection;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>
/// The volume and volume-mount attributes lower to the settings [Set] gives: the same YAML byte for byte as the [Set]
/// spelling, read back by kubectl, KubernetesYaml and CreateManifest(); file modes are octal strings.
/// </summary>
public class VolumeAttributeGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    internal const string WithAttributes = VolumeSources.EveryVolumeSourceAndMount;

    /// <summary>The same workload written with [Set] only: what the attributes lower to.</summary>
    private const string WithSets = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [Set("spec.template.spec.volumes[0].name", "config")]
        [Set("spec.template.spec.volumes[0].configMap.name", "web-config")]
        [Set("spec.template.spec.volumes[0].configMap.defaultMode", 420)]
        [Set("spec.template.spec.volumes[0].configMap.optional", true)]
        [Set("spec.template.spec.volumes[1].name", "tls")]
        [Set("spec.template.spec.volumes[1].secret.secretName", "web-tls")]
        [Set("spec.template.spec.volumes[1].secret.defaultMode", 256)]
        [Set("spec.template.spec.volumes[2].name", "cache")]
        [Set("spec.template.spec.volumes[2].emptyDir.medium", "Memory")]
        [Set("spec.template.spec.volumes[2].emptyDir.sizeLimit", "256Mi")]
        [Set("spec.template.spec.volumes[3].name", "scratch")]
        [Set("spec.template.spec.volumes[3].emptyDir", "{}")]
        [Set("spec.template.spec.volumes[4].name", "data")]
        [Set("spec.template.spec.volumes[4].persistentVolumeClaim.claimName", "web-data")]
        [Set("spec.template.spec.volumes[4].persistentVolumeClaim.readOnly", true)]
        [Set("spec.template.spec.volumes[5].name", "logs")]
        [Set("spec.template.spec.volumes[5].hostPath.path", "/var/log")]
        [Set("spec.template.spec.volumes[5].hostPath.type", "DirectoryOrCreate")]
        [Set("spec.template.spec.volumes[6].name", "secrets")]
        [Set("spec.template.spec.volumes[6].csi.driver", "secrets-store.csi.k8s.io")]
        [Set("spec.template.spec.volumes[6].csi.readOnly", true)]
        [Set("spec.template.spec.volumes[6].csi.nodePublishSecretRef.name", "creds")]
        [Set("spec.template.spec.volumes[6].csi.volumeAttributes['secretProviderClass']", "vault")]
        [Set("spec.template.spec.volumes[7].name", "podinfo")]
        [Set("spec.template.spec.volumes[7].downwardAPI.defaultMode", 292)]
        [Set("spec.template.spec.volumes[7].downwardAPI.items[0].path", "labels")]
        [Set("spec.template.spec.volumes[7].downwardAPI.items[0].fieldRef.fieldPath", "metadata.labels")]
        [Set("spec.template.spec.volumes[8].name", "token")]
        [Set("spec.template.spec.volumes[8].projected.sources[0].serviceAccountToken.path", "token")]
        [Set("spec.template.spec.volumes[8].projected.sources[0].serviceAccountToken.expirationSeconds", 3600)]
        [Set("spec.template.spec.volumes[9].name", "work")]
        [Set("spec.template.spec.volumes[9].ephemeral.volumeClaimTemplate.spec.accessModes", new[] { "ReadWriteOnce" })]
        [Set("spec.template.spec.volumes[9].ephemeral.volumeClaimTemplate.spec.resources.requests['storage']", "1Gi")]
        [Set("spec.template.spec.volumes[9].ephemeral.volumeClaimTemplate.spec.storageClassName", "fast")]
        [Set("spec.template.spec.volumes[10].name", "shared")]
        [Set("spec.template.spec.volumes[10].nfs.server", "nfs.example.com")]
        [Set("spec.template.spec.volumes[10].nfs.path", "/exports")]
        [Container("web", "nginx:1.27")]
        [Set("spec.template.spec.containers[0].volumeMounts[0].name", "config")]
        [Set("spec.template.spec.containers[0].volumeMounts[0].mountPath", "/etc/nginx/conf.d")]
        [Set("spec.template.spec.containers[0].volumeMounts[0].readOnly", true)]
        [Set("spec.template.spec.containers[0].volumeMounts[1].name", "tls")]
        [Set("spec.template.spec.containers[0].volumeMounts[1].mountPath", "/etc/tls")]
        [Set("spec.template.spec.containers[0].volumeMounts[1].readOnly", true)]
        [Set("spec.template.spec.containers[0].volumeMounts[1].recursiveReadOnly", "IfPossible")]
        [Set("spec.template.spec.containers[0].volumeMounts[2].name", "data")]
        [Set("spec.template.spec.containers[0].volumeMounts[2].mountPath", "/srv")]
        [Set("spec.template.spec.containers[0].volumeMounts[2].subPath", "www")]
        public partial class Web
        {
            [Container("sidecar", "busybox:1.36")]
            [EnvFromField("POD_NAME", "metadata.name")]
            [Set("volumeMounts[0].name", "logs")]
            [Set("volumeMounts[0].mountPath", "/logs")]
            [Set("volumeMounts[0].subPathExpr", "$(POD_NAME)")]
            [Set("volumeMounts[0].mountPropagation", "HostToContainer")]
            [Set("volumeMounts[1].name", "scratch")]
            [Set("volumeMounts[1].mountPath", "/scratch")]
            [Set("volumeMounts[2].name", "cache")]
            [Set("volumeMounts[2].mountPath", "/cache")]
            [Set("volumeMounts[3].name", "podinfo")]
            [Set("volumeMounts[3].mountPath", "/etc/podinfo")]
            [Set("volumeMounts[4].name", "token")]
            [Set("volumeMounts[4].mountPath", "/var/run/secrets/tokens")]
            [Set("volumeMounts[5].name", "secrets")]
            [Set("volumeMounts[5].mountPath", "/mnt/secrets")]
            [Set("volumeMounts[6].name", "shared")]
            [Set("volumeMounts[6].mountPath", "/shared")]
            [Set("volumeMounts[7].name", "work")]
            [Set("volumeMounts[7].mountPath", "/work")]
            public partial class Sidecar { }

            [InitContainer("init", "busybox:1.36")]
            [Set("volumeMounts[0].name", "scratch")]
            [Set("volumeMounts[0].mountPath", "/scratch")]
            public partial class Init { }
        }
        """;

    private const string Golden = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              initContainers:
              - name: init
                image: busybox:1.36
                volumeMounts:
                - mountPath: /scratch
                  name: scratch
              containers:
              - name: web
                image: nginx:1.27
                volumeMounts:
                - mountPath: /etc/nginx/conf.d
                  name: config
                  readOnly: true
                - mountPath: /etc/tls
                  name: tls
                  readOnly: true
                  recursiveReadOnly: IfPossible
                - mountPath: /srv
                  name: data
                  subPath: www
              - name: sidecar
                image: busybox:1.36
                env:
                - name: POD_NAME
                  valueFrom:
                    fieldRef:
                      fieldPath: metadata.name
                volumeMounts:
                - mountPath: /logs
                  mountPropagation: HostToContainer
                  name: logs
                  subPathExpr: "$(POD_NAME)"
                - mountPath: /scratch
                  name: scratch
                - mountPath: /cache
                  name: cache
                - mountPath: /etc/podinfo
                  name: podinfo
                - mountPath: /var/run/secrets/tokens
                  name: token
                - mountPath: /mnt/secrets
                  name: secrets
                - mountPath: /shared
                  name: shared
                - mountPath: /work
                  name: work
              volumes:
              - configMap:
                  defaultMode: 420
                  name: web-config
                  optional: true
                name: config
              - name: tls
                secret:
                  defaultMode: 256
                  secretName: web-tls
              - emptyDir:
                  medium: Memory
                  sizeLimit: "256Mi"
                name: cache
              - emptyDir: {}
                name: scratch
              - name: data
                persistentVolumeClaim:
                  claimName: web-data
                  readOnly: true
              - hostPath:
                  path: /var/log
                  type: DirectoryOrCreate
                name: logs
              - csi:
                  driver: secrets-store.csi.k8s.io
                  nodePublishSecretRef:
                    name: creds
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: vault
                name: secrets
              - downwardAPI:
                  defaultMode: 292
                  items:
                  - fieldRef:
                      fieldPath: metadata.labels
                    path: labels
                name: podinfo
              - name: token
                projected:
                  sources:
                  - serviceAccountToken:
                      expirationSeconds: 3600
                      path: token
              - ephemeral:
                  volumeClaimTemplate:
                    spec:
                      accessModes:
                      - ReadWriteOnce
                      resources:
                        requests:
                          storage: "1Gi"
                      storageClassName: fast
                name: work
              - name: shared
                nfs:
                  path: /exports
                  server: nfs.example.com

        """;

    [Fact]
    public void VolumeAttributes_SameYamlAsTheSetSpelling_Kubectl_KubernetesYaml_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(WithAttributes, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(Golden.Replace("\r\n", "\n"), yaml);

        var (setOutput, _, setDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(WithSets));
        Assert.Empty(setDiagnostics);
        Assert.Equal(yaml, ManifestYaml(TestCompilation.Load(setOutput), "Shop.Web"));

        // kubectl reads the modes as the numbers the octal strings mean, and every source and mount as written.
        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var pod = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec");
        var volumes = pod.GetProperty("volumes");
        Assert.Equal(11, volumes.GetArrayLength());
        Assert.Equal(420, volumes[0].GetProperty("configMap").GetProperty("defaultMode").GetInt32());
        Assert.Equal(256, volumes[1].GetProperty("secret").GetProperty("defaultMode").GetInt32());
        Assert.Equal("256Mi", volumes[2].GetProperty("emptyDir").GetProperty("sizeLimit").GetString());
        Assert.Equal(JsonValueKind.Object, volumes[3].GetProperty("emptyDir").ValueKind);
        Assert.Equal("web-data", volumes[4].GetProperty("persistentVolumeClaim").GetProperty("claimName").GetString());
        Assert.Equal("DirectoryOrCreate", volumes[5].GetProperty("hostPath").GetProperty("type").GetString());
        Assert.Equal("creds", volumes[6].GetProperty("csi").GetProperty("nodePublishSecretRef").GetProperty("name").GetString());
        Assert.Equal(292, volumes[7].GetProperty("downwardAPI").GetProperty("defaultMode").GetInt32());
        Assert.Equal("nfs.example.com", volumes[10].GetProperty("nfs").GetProperty("server").GetString());
        var mounts = pod.GetProperty("containers")[1].GetProperty("volumeMounts");
        Assert.Equal("HostToContainer", mounts[0].GetProperty("mountPropagation").GetString());
        Assert.Equal("$(POD_NAME)", mounts[0].GetProperty("subPathExpr").GetString());
        Assert.Equal("IfPossible", pod.GetProperty("containers")[0].GetProperty("volumeMounts")[1].GetProperty("recursiveReadOnly").GetString());
        Assert.Equal("/scratch", pod.GetProperty("initContainers")[0].GetProperty("volumeMounts")[0].GetProperty("mountPath").GetString());

        var read = KubernetesYaml.Deserialize<V1Deployment>(yaml);
        Assert.Equal("www", read.Spec.Template.Spec.Containers[0].VolumeMounts[2].SubPath);

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal(420, typed.Spec.Template.Spec.Volumes[0].ConfigMap.DefaultMode);
        Assert.Equal("web-tls", typed.Spec.Template.Spec.Volumes[1].Secret.SecretName);
        Assert.True(typed.Spec.Template.Spec.Volumes[4].PersistentVolumeClaim.ReadOnlyProperty);
        Assert.Equal("vault", typed.Spec.Template.Spec.Volumes[6].Csi.VolumeAttributes["secretProviderClass"]);
        Assert.Equal(8, typed.Spec.Template.Spec.Containers[1].VolumeMounts.Count);
        Assert.Equal("fast", typed.Spec.Template.Spec.Volumes[9].Ephemeral.VolumeClaimTemplate.Spec.StorageClassName);
    }

    [Fact]
    public void VolumeAttributeWithError_NoManifest_Held()
    {
        // A mount of an undeclared volume is rejected by the API server: no manifest, like any error.
        const string source = """
            using ProbeGen;
            [Pod("web")]
            [EmptyDirVolume("scratch")]
            [Container("web", "nginx:1.27")]
            [VolumeMount("cache", "/cache")]
            public partial class Web { }
            """;
        var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Contains(TestCompilation.Analyze(output), d => d.Id == "PG1631");
        Assert.Empty(TestCompilation.ManifestTypes(output));
    }
}
