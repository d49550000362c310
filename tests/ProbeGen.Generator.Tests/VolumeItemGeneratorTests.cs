using System.Reflection;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>
/// [VolumeItem] adds key → file items to the ConfigMap or Secret volume it names, in source order, wherever it stands
/// among the volume attributes: the same YAML byte for byte as the [Set] spelling, read back by kubectl, KubernetesYaml
/// and CreateManifest(); its mode is an octal string like DefaultMode.
/// </summary>
public class VolumeItemGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    private const string WithAttributes = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [VolumeItem("tls", "tls.crt", "certs/server.crt")]
        [ConfigMapVolume("config", ConfigMap = "web-config")]
        [EmptyDirVolume("scratch")]
        [SecretVolume("tls", SecretName = "web-tls", DefaultMode = "0440")]
        [VolumeItem("config", "nginx.conf", "nginx.conf")]
        [VolumeItem("tls", "tls.key", "certs/server.key", Mode = "0400")]
        [VolumeItem("config", "mime.types", "conf.d/mime.types", Mode = "0644")]
        [Set("spec.template.spec.volumes[0].configMap.items[2].key", "extra")]
        [Set("spec.template.spec.volumes[0].configMap.items[2].path", "extra.conf")]
        [Container("web", "nginx:1.27")]
        [VolumeMount("config", "/etc/nginx")]
        [VolumeMount("tls", "/etc/tls", ReadOnly = true)]
        public partial class Web { }
        """;

    private const string WithSets = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [ConfigMapVolume("config", ConfigMap = "web-config")]
        [EmptyDirVolume("scratch")]
        [SecretVolume("tls", SecretName = "web-tls", DefaultMode = "0440")]
        [Set("spec.template.spec.volumes[0].configMap.items[0].key", "nginx.conf")]
        [Set("spec.template.spec.volumes[0].configMap.items[0].path", "nginx.conf")]
        [Set("spec.template.spec.volumes[0].configMap.items[1].key", "mime.types")]
        [Set("spec.template.spec.volumes[0].configMap.items[1].path", "conf.d/mime.types")]
        [Set("spec.template.spec.volumes[0].configMap.items[1].mode", 420)]
        [Set("spec.template.spec.volumes[0].configMap.items[2].key", "extra")]
        [Set("spec.template.spec.volumes[0].configMap.items[2].path", "extra.conf")]
        [Set("spec.template.spec.volumes[2].secret.items[0].key", "tls.crt")]
        [Set("spec.template.spec.volumes[2].secret.items[0].path", "certs/server.crt")]
        [Set("spec.template.spec.volumes[2].secret.items[1].key", "tls.key")]
        [Set("spec.template.spec.volumes[2].secret.items[1].path", "certs/server.key")]
        [Set("spec.template.spec.volumes[2].secret.items[1].mode", 256)]
        [Container("web", "nginx:1.27")]
        [VolumeMount("config", "/etc/nginx")]
        [VolumeMount("tls", "/etc/tls", ReadOnly = true)]
        public partial class Web { }
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
              containers:
              - name: web
                image: nginx:1.27
                volumeMounts:
                - mountPath: /etc/nginx
                  name: config
                - mountPath: /etc/tls
                  name: tls
                  readOnly: true
              volumes:
              - configMap:
                  items:
                  - key: nginx.conf
                    path: nginx.conf
                  - key: mime.types
                    mode: 420
                    path: conf.d/mime.types
                  - key: extra
                    path: extra.conf
                  name: web-config
                name: config
              - emptyDir: {}
                name: scratch
              - name: tls
                secret:
                  defaultMode: 288
                  items:
                  - key: tls.crt
                    path: certs/server.crt
                  - key: tls.key
                    mode: 256
                    path: certs/server.key
                  secretName: web-tls

        """;

    [Fact]
    public void VolumeItems_SameYamlAsTheSetSpelling_Kubectl_KubernetesYaml_CreateManifest()
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

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var volumes = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("volumes");
        var configItems = volumes[0].GetProperty("configMap").GetProperty("items");
        Assert.Equal(3, configItems.GetArrayLength());
        Assert.Equal("nginx.conf", configItems[0].GetProperty("key").GetString());
        Assert.False(configItems[0].TryGetProperty("mode", out _));
        Assert.Equal(420, configItems[1].GetProperty("mode").GetInt32());
        Assert.Equal("extra.conf", configItems[2].GetProperty("path").GetString());
        var secretItems = volumes[2].GetProperty("secret").GetProperty("items");
        Assert.Equal("certs/server.crt", secretItems[0].GetProperty("path").GetString());
        Assert.Equal(256, secretItems[1].GetProperty("mode").GetInt32());

        var read = KubernetesYaml.Deserialize<V1Deployment>(yaml);
        Assert.Equal("tls.key", read.Spec.Template.Spec.Volumes[2].Secret.Items[1].Key);

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var typedVolumes = typed.Spec.Template.Spec.Volumes;
        Assert.Equal(new[] { "nginx.conf", "mime.types", "extra" }, typedVolumes[0].ConfigMap.Items.Select(i => i.Key));
        Assert.Equal(new int?[] { null, 420, null }, typedVolumes[0].ConfigMap.Items.Select(i => i.Mode));
        Assert.Equal("certs/server.key", typedVolumes[2].Secret.Items[1].Path);
        Assert.Equal(256, typedVolumes[2].Secret.Items[1].Mode);
        Assert.Equal(KubernetesYaml.Serialize(read), KubernetesYaml.Serialize(typed));
    }

    [Fact]
    public void VolumeItemWithError_NoManifest()
    {
        // A path with '..' is rejected by the API server (PG1612): no manifest, like any error.
        const string source = """
            using ProbeGen;
            [Pod("web")]
            [SecretVolume("tls", SecretName = "web-tls")]
            [VolumeItem("tls", "tls.key", "../tls.key")]
            [Container("web", "nginx:1.27")]
            public partial class Web { }
            """;
        var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Contains(TestCompilation.Analyze(output), d => d.Id == "PG1612");
        Assert.Empty(TestCompilation.ManifestTypes(output));
    }
}
