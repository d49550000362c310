using ProbeGen.Core.Emission;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>
/// Import of a container's envFrom and of the key refs' optional: each envFrom item becomes [EnvFromConfigMap] or
/// [EnvFromSecret] (1-argument form) in order, optional becomes Optional on [EnvSecretKey]/[EnvConfigMapKey]; built
/// again, kubectl reads the same object.
/// </summary>
public class EnvFromImportTests
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
                envFrom:
                - configMapRef:
                    name: web-config
                - secretRef:
                    name: web-secrets
                    optional: true
                  prefix: SECRET_
                - prefix: FF_
                  configMapRef:
                    name: "feature-flags"
                    optional: false
              - name: sidecar
                image: envoy:1.31
                envFrom:
                - secretRef:
                    name: envoy-tls
        """;

    private const string Expected = """
        using ProbeGen;

        namespace Imported;

        [Deployment("web")]
        public partial class WebDeployment
        {
            [Container("web", "nginx:1.27")]
            [EnvSecretKey("DB_PASSWORD", "db", "password", Optional = true)]
            [EnvConfigMapKey("LEVEL", "web-config", "level", Optional = false)]
            [EnvFromConfigMap("web-config")]
            [EnvFromSecret("web-secrets", Prefix = "SECRET_", Optional = true)]
            [EnvFromConfigMap("feature-flags", Prefix = "FF_", Optional = false)]
            public partial class Web { }

            [Container("sidecar", "envoy:1.31")]
            [EnvFromSecret("envoy-tls")]
            public partial class Sidecar { }
        }

        """;

    [Fact]
    public void EnvFromAndOptional_ImportAsAttributes_RoundTripKubectlEqual()
    {
        var emitted = ImportRoundTrip.Check(Manifest, Expected);
        Assert.DoesNotContain("[Set(", emitted.Source, StringComparison.Ordinal);
    }

    /// <summary>
    /// An item no attribute carries (both sources, which the API server refuses) stays [Set] at its own index, and so
    /// does every item after it, so the list keeps the manifest's order; the items before it are attributes.
    /// </summary>
    [Fact]
    public void ItemNoAttributeCarries_StaysSet_FromThere()
    {
        var document = ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: app
                image: nginx:1.27
                envFrom:
                - secretRef:
                    name: first
                - configMapRef:
                    name: both
                  secretRef:
                    name: both
                - configMapRef:
                    name: last
            """).Documents.Single();
        var emitted = AttributeSourceEmitter.Emit(document.Workload!);
        Assert.Contains("""[EnvFromSecret("first")]""", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.containers[0].envFrom[1].configMapRef.name", "both")]""", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.containers[0].envFrom[1].secretRef.name", "both")]""", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.containers[0].envFrom[2].configMapRef.name", "last")]""", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("[EnvFromConfigMap(", emitted.Source, StringComparison.Ordinal);
    }
}
