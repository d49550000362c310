using System.Text.Json;
using k8s;
using k8s.Models;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Tests.Emission;

/// <summary>The manifest writer merges WorkloadSpec.Settings where they belong: expected text, kubectl and KubernetesYaml read it back.</summary>
public class SettingsMergeTests
{
    private static ContainerSpec Container(string name, string image) => new ContainerSpec { Name = name, Image = image };

    private static PodSpec Pod(params ContainerSpec[] containers) => new PodSpec { Containers = new EquatableArray<ContainerSpec>(containers) };

    private static WorkloadSpec With(WorkloadSpec w, params FieldSetting[] settings) => w with { Settings = FieldSettings.Sorted(settings) };

    [Fact]
    public void Deployment_SettingsAtEveryPlace_MergedIntoTheWritersObjects()
    {
        var web = Container("web", "nginx:1.27") with
        {
            Ports = new EquatableArray<ContainerPortSpec>(new[] { new ContainerPortSpec(8080, "http", null, null) }),
            Resources = new ResourcesSpec(default, default),
        };
        var spec = new WorkloadSpec(WorkloadKind.Deployment, "web", null, default, default,
            Pod(web, Container("sidecar", "busybox:1.36")) with { NodeSelector = new EquatableArray<KeyValue>(new[] { new KeyValue("disk", "ssd") }) },
            Deployment: new DeploymentSpec { Replicas = 2 });
        string yaml = ManifestYamlEmitter.Emit(With(spec,
            FieldSetting.String("spec.strategy.type", "Recreate"),
            FieldSetting.String("metadata.finalizers[0]", "example.com/keep"),
            FieldSetting.Bool("spec.template.spec.shareProcessNamespace", true),
            FieldSetting.String("spec.template.spec.nodeSelector['kubernetes.io/os']", "linux"),
            FieldSetting.String("spec.template.spec.tolerations[0].key", "dedicated"),
            FieldSetting.String("spec.template.spec.tolerations[0].effect", "NoSchedule"),
            FieldSetting.String("spec.template.spec.volumes[0].name", "scratch"),
            FieldSetting.EmptyObject("spec.template.spec.volumes[0].emptyDir"),
            FieldSetting.Integer("spec.template.spec.containers[0].securityContext.runAsUser", 1000),
            FieldSetting.String("spec.template.spec.containers[0].ports[0].hostIP", "127.0.0.1"),
            FieldSetting.String("spec.template.spec.containers[0].resources.claims[0].name", "gpu"),
            FieldSetting.String("spec.template.spec.containers[1].volumeMounts[0].name", "scratch"),
            FieldSetting.String("spec.template.spec.containers[1].volumeMounts[0].mountPath", "/scratch"),
            FieldSetting.String("spec.template.spec.containers[1].securityContext.capabilities.add[0]", "NET_ADMIN")));

        Assert.Equal("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              finalizers:
              - example.com/keep
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  nodeSelector:
                    disk: ssd
                    kubernetes.io/os: linux
                  containers:
                  - name: web
                    image: nginx:1.27
                    ports:
                    - containerPort: 8080
                      name: http
                      hostIP: "127.0.0.1"
                    resources:
                      claims:
                      - name: gpu
                    securityContext:
                      runAsUser: 1000
                  - name: sidecar
                    image: busybox:1.36
                    securityContext:
                      capabilities:
                        add:
                        - NET_ADMIN
                    volumeMounts:
                    - mountPath: /scratch
                      name: scratch
                  shareProcessNamespace: true
                  tolerations:
                  - effect: NoSchedule
                    key: dedicated
                  volumes:
                  - emptyDir: {}
                    name: scratch
              strategy:
                type: Recreate

            """.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var root = decoded.RootElement;
        var pod = root.GetProperty("spec").GetProperty("template").GetProperty("spec");
        Assert.Equal("Recreate", root.GetProperty("spec").GetProperty("strategy").GetProperty("type").GetString());
        Assert.Equal("example.com/keep", root.GetProperty("metadata").GetProperty("finalizers")[0].GetString());
        Assert.Equal("linux", pod.GetProperty("nodeSelector").GetProperty("kubernetes.io/os").GetString());
        Assert.Equal("ssd", pod.GetProperty("nodeSelector").GetProperty("disk").GetString());
        Assert.True(pod.GetProperty("shareProcessNamespace").GetBoolean());
        Assert.Equal(1000, pod.GetProperty("containers")[0].GetProperty("securityContext").GetProperty("runAsUser").GetInt32());
        Assert.Equal("127.0.0.1", pod.GetProperty("containers")[0].GetProperty("ports")[0].GetProperty("hostIP").GetString());
        Assert.Equal("gpu", pod.GetProperty("containers")[0].GetProperty("resources").GetProperty("claims")[0].GetProperty("name").GetString());
        Assert.Equal("/scratch", pod.GetProperty("containers")[1].GetProperty("volumeMounts")[0].GetProperty("mountPath").GetString());
        Assert.Equal("NET_ADMIN", pod.GetProperty("containers")[1].GetProperty("securityContext").GetProperty("capabilities").GetProperty("add")[0].GetString());
        Assert.Equal("NoSchedule", pod.GetProperty("tolerations")[0].GetProperty("effect").GetString());
        Assert.Equal(JsonValueKind.Object, pod.GetProperty("volumes")[0].GetProperty("emptyDir").ValueKind);

        var typed = KubernetesYaml.Deserialize<V1Deployment>(yaml);
        Assert.Equal("Recreate", typed.Spec.Strategy.Type);
        Assert.Equal(1000, typed.Spec.Template.Spec.Containers[0].SecurityContext.RunAsUser);
        Assert.Equal("scratch", typed.Spec.Template.Spec.Volumes[0].Name);
        Assert.NotNull(typed.Spec.Template.Spec.Volumes[0].EmptyDir);
        Assert.Equal("NET_ADMIN", typed.Spec.Template.Spec.Containers[1].SecurityContext.Capabilities.Add[0]);
    }

    public static TheoryData<WorkloadKind, string> PodSpecPlaces => new()
    {
        { WorkloadKind.Pod, "spec" },
        { WorkloadKind.Deployment, "spec.template.spec" },
        { WorkloadKind.Job, "spec.template.spec" },
        { WorkloadKind.CronJob, "spec.jobTemplate.spec.template.spec" },
    };

    [Theory]
    [MemberData(nameof(PodSpecPlaces))]
    public void EveryKind_PodSpecSettings_ReachThePodSpecAndItsContainer(WorkloadKind kind, string podSpec)
    {
        var w = new WorkloadSpec(kind, "w", null, default, default,
            Pod(Container("app", "busybox:1.36")) with { RestartPolicy = kind == WorkloadKind.Pod || kind == WorkloadKind.Deployment ? null : "Never" },
            CronJob: kind == WorkloadKind.CronJob ? new CronJobSpec { Schedule = "0 * * * *" } : null);
        string yaml = ManifestYamlEmitter.Emit(With(w,
            FieldSetting.Bool(podSpec + ".hostNetwork", true),
            FieldSetting.String(podSpec + ".containers[0].securityContext.capabilities.drop[0]", "ALL")));

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var pod = decoded.RootElement;
        foreach (var segment in podSpec.Split('.')) pod = pod.GetProperty(segment);
        Assert.True(pod.GetProperty("hostNetwork").GetBoolean());
        Assert.Equal("ALL", pod.GetProperty("containers")[0].GetProperty("securityContext").GetProperty("capabilities").GetProperty("drop")[0].GetString());
        Assert.Equal("app", pod.GetProperty("containers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void NoSettings_BytesAsBefore_AndEmptyObjectsStayFlow()
    {
        var w = new WorkloadSpec(WorkloadKind.Pod, "p", null, default, default,
            Pod(Container("app", "busybox:1.36") with { Resources = new ResourcesSpec(default, default) }));
        Assert.Equal(ManifestYamlEmitter.Emit(w), ManifestYamlEmitter.Emit(w with { Settings = EquatableArray<FieldSetting>.Empty }));
        Assert.Contains("    resources: {}\n", ManifestYamlEmitter.Emit(w));
    }
}
