using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using ProbeGen.Tests;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// <c>probegen import</c> writes the volume and volume-mount attributes for the items they carry, in order, and [Set]
/// for the rest; the imported C# builds to a manifest kubectl reads as the original.
/// </summary>
public class VolumeImportTests
{
    private const string Manifest = """
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
                - name: scratch
                  mountPath: /scratch
              containers:
              - name: web
                image: nginx:1.27
                volumeMounts:
                - name: config
                  mountPath: /etc/nginx/conf.d
                  readOnly: true
                - name: data
                  mountPath: /srv
                  subPath: www
                - name: logs
                  mountPath: /logs
                  mountPropagation: HostToContainer
              - name: sidecar
                image: busybox:1.36
                volumeMounts:
                - name: tls
                  mountPath: /etc/tls
                  readOnly: true
                  recursiveReadOnly: IfPossible
              volumes:
              - name: config
                configMap:
                  name: web-config
                  defaultMode: 420
                  items:
                  - key: nginx.conf
                    path: default.conf
              - name: tls
                secret:
                  secretName: web-tls
                  defaultMode: 256
                  optional: true
              - name: scratch
                emptyDir: {}
              - name: data
                persistentVolumeClaim:
                  claimName: web-data
              - name: logs
                hostPath:
                  path: /var/log
                  type: Directory
              - name: secrets
                csi:
                  driver: secrets-store.csi.k8s.io
                  readOnly: true
                  volumeAttributes:
                    secretProviderClass: vault
              - name: work
                ephemeral:
                  volumeClaimTemplate:
                    spec:
                      accessModes: [ReadWriteOnce, ReadWriteOncePod]
                      resources:
                        requests:
                          storage: 1Gi
              - name: shared
                nfs:
                  server: nfs.example.com
                  path: /exports
              - name: cache
                emptyDir:
                  medium: Memory
        """;

    [Fact]
    public void Import_VolumesAndMounts_BecomeTheirAttributes_UntilTheFirstWithoutOne_AndRoundTripKubectlEqual()
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifest);
        var run = Cli.Run(tmp.Path, null, "import", "web.yaml", "-o", "out", "-n", "Shop");
        Assert.True(run.ExitCode == 0, run.ToString());
        string source = tmp.Read("out/WebDeployment.cs");
        Assert.Equal("""
            using ProbeGen;

            namespace Shop;

            [Deployment("web")]
            [ConfigMapVolume("config", ConfigMap = "web-config", DefaultMode = "0644")]
            [VolumeItem("config", "nginx.conf", "default.conf")]
            [SecretVolume("tls", SecretName = "web-tls", DefaultMode = "0400", Optional = true)]
            [EmptyDirVolume("scratch")]
            [PersistentVolumeClaimVolume("data", ClaimName = "web-data")]
            [HostPathVolume("logs", Path = "/var/log", Type = HostPathType.Directory)]
            [CsiVolume("secrets", Driver = "secrets-store.csi.k8s.io", ReadOnly = true)]
            [EphemeralVolume("work", AccessModes = new[] { "ReadWriteOnce", "ReadWriteOncePod" }, Storage = "1Gi")]
            [Set("spec.template.spec.volumes[5].csi.volumeAttributes['secretProviderClass']", "vault")]
            [Set("spec.template.spec.volumes[7].name", "shared")]
            [Set("spec.template.spec.volumes[7].nfs.path", "/exports")]
            [Set("spec.template.spec.volumes[7].nfs.server", "nfs.example.com")]
            [Set("spec.template.spec.volumes[8].emptyDir.medium", "Memory")]
            [Set("spec.template.spec.volumes[8].name", "cache")]
            public partial class WebDeployment
            {
                [InitContainer("init", "busybox:1.36")]
                [VolumeMount("scratch", "/scratch")]
                public partial class Init { }

                [Container("web", "nginx:1.27")]
                [VolumeMount("config", "/etc/nginx/conf.d", ReadOnly = true)]
                [VolumeMount("data", "/srv", SubPath = "www")]
                [VolumeMount("logs", "/logs", MountPropagation = MountPropagation.HostToContainer)]
                public partial class Web { }

                [Container("sidecar", "busybox:1.36")]
                [VolumeMount("tls", "/etc/tls", ReadOnly = true, RecursiveReadOnly = RecursiveReadOnly.IfPossible)]
                public partial class Sidecar { }
            }

            """.Replace("\r\n", "\n"), source);

        var (compilation, _, generatorDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(compilation));
        Assert.Empty(TestCompilation.Analyze(compilation).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var type = TestCompilation.Load(compilation).GetType("Shop.WebDeployment", throwOnError: true)!;
        string regenerated = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        var original = JsonNode.Parse(Kubectl.Decode(Manifest));
        var roundTripped = JsonNode.Parse(Kubectl.Decode(regenerated));
        Assert.True(JsonNode.DeepEquals(original, roundTripped), original!.ToJsonString() + "\n" + roundTripped!.ToJsonString());
    }

    [Fact]
    public void Import_ModeWithoutAnOctalSpelling_StaysSet_RoundTripKubectlEqual()
    {
        // A negative mode is invalid (the API server says so, PG1610), but import keeps it as it is: as a [Set].
        const string manifest = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: app
                image: busybox:1.36
              volumes:
              - name: config
                configMap:
                  name: c
                  defaultMode: -1
            """;
        using var tmp = new TempDir();
        tmp.Write("p.yaml", manifest);
        var run = Cli.Run(tmp.Path, null, "import", "p.yaml", "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        string source = tmp.Read("out/PPod.cs");
        Assert.DoesNotContain("[ConfigMapVolume(", source);
        Assert.Contains("[Set(\"spec.volumes[0].configMap.defaultMode\", -1)]", source);
        var (compilation, _, _, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Contains(TestCompilation.Analyze(compilation), d => d.Id == "PG1610");
    }

    [Fact]
    public void Import_VolumeItems_BecomeVolumeItem_UntilTheFirstWithAnotherField_AndRoundTripKubectlEqual()
    {
        // Items of a ConfigMap or Secret volume are [VolumeItem]s after their volume, in order; an item with a field
        // [VolumeItem] has no argument for (user) stays [Set] at its own index, and so does every item after it.
        const string manifest = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: app
                image: busybox:1.36
              volumes:
              - name: jwt
                secret:
                  secretName: jwt-key
                  items:
                  - key: jwtRS256.key.pub
                    path: publickey
                  - key: jwtRS256.key
                    path: private/key
                    mode: 256
              - name: config
                configMap:
                  name: c
                  items:
                  - key: a
                    path: a.conf
                    mode: 420
                  - key: b
                    path: b.conf
                    user: 1000
                  - key: c
                    path: c.conf
              - name: all
                projected:
                  sources:
                  - configMap:
                      name: c
                      items:
                      - key: a
                        path: a.conf
            """;
        using var tmp = new TempDir();
        tmp.Write("p.yaml", manifest);
        var run = Cli.Run(tmp.Path, null, "import", "p.yaml", "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        string source = tmp.Read("out/PPod.cs");
        Assert.Contains("""
            [SecretVolume("jwt", SecretName = "jwt-key")]
            [VolumeItem("jwt", "jwtRS256.key.pub", "publickey")]
            [VolumeItem("jwt", "jwtRS256.key", "private/key", Mode = "0400")]
            [ConfigMapVolume("config", ConfigMap = "c")]
            [VolumeItem("config", "a", "a.conf", Mode = "0644")]
            [ProjectedVolume("all")]
            """.Replace("\r\n", "\n"), source);
        Assert.Contains("[Set(\"spec.volumes[1].configMap.items[1].key\", \"b\")]", source);
        Assert.Contains("[Set(\"spec.volumes[1].configMap.items[2].path\", \"c.conf\")]", source);
        Assert.Contains("[Set(\"spec.volumes[2].projected.sources[0].configMap.items[0].key\", \"a\")]", source);
        Assert.DoesNotContain("secret.items", source);

        var (compilation, _, generatorDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(compilation));
        Assert.DoesNotContain(TestCompilation.Analyze(compilation), d => d.Severity == DiagnosticSeverity.Error); // a bare Pod is PG2003 (info)
        var type = TestCompilation.Load(compilation).GetType("PPod", throwOnError: true)!;
        string regenerated = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        var original = JsonNode.Parse(Kubectl.Decode(manifest));
        var roundTripped = JsonNode.Parse(Kubectl.Decode(regenerated));
        Assert.True(JsonNode.DeepEquals(original, roundTripped), original!.ToJsonString() + "\n" + roundTripped!.ToJsonString());
    }
}
