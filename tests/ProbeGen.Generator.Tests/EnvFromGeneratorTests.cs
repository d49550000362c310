using System.Reflection;
using System.Text.Json;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>
/// [EnvFromConfigMap(configMapName)] and [EnvFromSecret(secretName)] lower to the container's envFrom items (one list, in
/// source order), and Optional on the key refs: YAML text, kubectl, CreateManifest(); the obsolete 3-argument forms keep
/// their env YAML; the syntax path agrees with binding (SyntaxPathTests reads <see cref="Source"/>).
/// </summary>
public class EnvFromGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    /// <summary>Both envFrom kinds interleaved, every property, and Optional on both key refs, on two containers.</summary>
    internal const string Source = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        [EnvFromConfigMap("web-config")]
        [EnvFromSecret("web-secrets", Prefix = "SECRET_", Optional = true)]
        [EnvFromConfigMap("feature-flags", Prefix = "FF_", Optional = false)]
        [EnvSecretKey("DB_PASSWORD", "db", "password", Optional = true)]
        [EnvConfigMapKey("LEVEL", "web-config", "level", Optional = false)]
        [EnvConfigMapKey("MODE", "web-config", "mode")]
        public partial class Web
        {
            [Container("sidecar", "envoy:1.31")]
            [EnvFromSecret("envoy-tls")]
            public partial class Sidecar { }
        }
        """;

    private const string WebYaml = """
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
                env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: db
                      key: password
                      optional: true
                - name: LEVEL
                  valueFrom:
                    configMapKeyRef:
                      name: web-config
                      key: level
                      optional: false
                - name: MODE
                  valueFrom:
                    configMapKeyRef:
                      name: web-config
                      key: mode
                envFrom:
                - configMapRef:
                    name: web-config
                - prefix: SECRET_
                  secretRef:
                    name: web-secrets
                    optional: true
                - configMapRef:
                    name: feature-flags
                    optional: false
                  prefix: FF_
              - name: sidecar
                image: envoy:1.31
                envFrom:
                - secretRef:
                    name: envoy-tls

        """;

    [Fact]
    public void EnvFromAndOptionalKeyRefs_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS0618"); // the 1-argument constructors are not obsolete
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var containers = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers");
        var envFrom = containers[0].GetProperty("envFrom");
        Assert.Equal(3, envFrom.GetArrayLength());
        Assert.Equal("web-config", envFrom[0].GetProperty("configMapRef").GetProperty("name").GetString());
        Assert.False(envFrom[0].TryGetProperty("prefix", out _));
        Assert.False(envFrom[0].GetProperty("configMapRef").TryGetProperty("optional", out _));
        Assert.Equal("SECRET_", envFrom[1].GetProperty("prefix").GetString());
        Assert.True(envFrom[1].GetProperty("secretRef").GetProperty("optional").GetBoolean());
        Assert.False(envFrom[2].GetProperty("configMapRef").GetProperty("optional").GetBoolean());
        Assert.Equal("envoy-tls", containers[1].GetProperty("envFrom")[0].GetProperty("secretRef").GetProperty("name").GetString());
        var env = containers[0].GetProperty("env");
        Assert.True(env[0].GetProperty("valueFrom").GetProperty("secretKeyRef").GetProperty("optional").GetBoolean());
        Assert.False(env[1].GetProperty("valueFrom").GetProperty("configMapKeyRef").GetProperty("optional").GetBoolean());
        Assert.False(env[2].GetProperty("valueFrom").GetProperty("configMapKeyRef").TryGetProperty("optional", out _));

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var web = typed.Spec.Template.Spec.Containers[0];
        Assert.Equal("web-config", web.EnvFrom[0].ConfigMapRef.Name);
        Assert.Null(web.EnvFrom[0].SecretRef);
        Assert.Equal("web-secrets", web.EnvFrom[1].SecretRef.Name);
        Assert.Equal(true, web.EnvFrom[1].SecretRef.Optional);
        Assert.Equal("SECRET_", web.EnvFrom[1].Prefix);
        Assert.Equal(false, web.EnvFrom[2].ConfigMapRef.Optional);
        Assert.Equal("FF_", web.EnvFrom[2].Prefix);
        Assert.Equal(true, web.Env[0].ValueFrom.SecretKeyRef.Optional);
        Assert.Equal(false, web.Env[1].ValueFrom.ConfigMapKeyRef.Optional);
        Assert.Null(web.Env[2].ValueFrom.ConfigMapKeyRef.Optional);
        Assert.Equal("envoy-tls", typed.Spec.Template.Spec.Containers[1].EnvFrom[0].SecretRef.Name);
    }

    /// <summary>
    /// The obsolete 3-argument forms are still one env variable each, the same YAML as [EnvSecretKey]/[EnvConfigMapKey]
    /// (Optional included), warn CS0618 at the constructor only, and add no envFrom.
    /// </summary>
    [Fact]
    public void ObsoleteThreeArgumentForms_SameYamlAsKeyRefs_OptionalToo_NoEnvFrom()
    {
        const string Current = """
            using ProbeGen;
            namespace Demo;
            [Pod("env")]
            [Container("app", "busybox")]
            [EnvSecretKey("PASSWORD", "db", "password", Optional = true)]
            [EnvConfigMapKey("FLAGS", "config", "flags")]
            public partial class Env { }
            """;
        string old = Current.Replace("[EnvSecretKey(", "[EnvFromSecret(", StringComparison.Ordinal).Replace("[EnvConfigMapKey(", "[EnvFromConfigMap(", StringComparison.Ordinal);
        var (currentOutput, _, currentDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Current));
        var (oldOutput, _, oldDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(old));
        Assert.Empty(currentDiagnostics);
        Assert.Empty(oldDiagnostics);
        string yaml = ManifestYaml(TestCompilation.Load(currentOutput), "Demo.Env");
        Assert.Contains("    env:\n    - name: PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db\n          key: password\n          optional: true\n    - name: FLAGS\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("envFrom", yaml, StringComparison.Ordinal);
        Assert.Equal(yaml, ManifestYaml(TestCompilation.Load(oldOutput), "Demo.Env"));
        var obsolete = oldOutput.GetDiagnostics().Where(d => d.Id == "CS0618").ToList();
        Assert.Equal(2, obsolete.Count);
        Assert.All(obsolete, d => Assert.Contains("with one argument is Kubernetes envFrom", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
