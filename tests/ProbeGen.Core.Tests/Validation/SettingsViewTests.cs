using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>Rules read the settings (from [Set] or captured YAML) through SettingsView: leaves, list items, map keys.</summary>
public class SettingsViewTests
{
    private static WorkloadSpec Deployment(params FieldSetting[] settings) =>
        new WorkloadSpec(WorkloadKind.Deployment, "web", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, new PodSpec())
        {
            Settings = FieldSettings.Sorted(settings),
        };

    [Fact]
    public void PodSpecView_ReadsLeavesItemsAndKeys_UnderTheKindsPodSpecPath()
    {
        var w = Deployment(
            FieldSetting.String("spec.template.spec.volumes[1].name", "data"),
            FieldSetting.String("spec.template.spec.volumes[0].name", "config"),
            FieldSetting.String("spec.template.spec.volumes[0].configMap.name", "app-config"),
            FieldSetting.EmptyObject("spec.template.spec.volumes[1].emptyDir"),
            FieldSetting.Bool("spec.template.spec.hostNetwork", true),
            FieldSetting.Integer("spec.template.spec.securityContext.runAsUser", 1000),
            FieldSetting.String("spec.template.spec.nodeSelector['kubernetes.io/os']", "linux"),
            FieldSetting.String("spec.template.spec.nodeSelector['it''s']", "x"),
            FieldSetting.String("spec.strategy.type", "Recreate"));
        var pod = SettingsView.PodSpec(w);

        Assert.Equal("spec.template.spec", pod.Path);
        Assert.Equal(2, pod.Count("volumes"));
        var volumes = pod.Items("volumes");
        Assert.Equal("config", volumes[0].Text("name"));
        Assert.Equal("app-config", volumes[0].Text("configMap.name"));
        Assert.True(volumes[1].Any("emptyDir"));
        Assert.False(volumes[1].Any("configMap"));
        Assert.Equal(SettingValueKind.EmptyObject, volumes[1].Leaf("emptyDir")!.ValueKind);
        Assert.Equal("spec.template.spec.volumes[1].name", volumes[1].PathOf("name"));
        Assert.True(pod.Bool("hostNetwork"));
        Assert.Null(pod.Bool("hostPID"));
        Assert.Equal(1000L, pod.Integer("securityContext.runAsUser"));
        Assert.Null(pod.Integer("hostNetwork"));
        Assert.Equal(new[] { "it's", "kubernetes.io/os" }, pod.Keys("nodeSelector").OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("linux", pod.Text("nodeSelector" + SettingsView.Key("kubernetes.io/os")));
        Assert.Equal("Recreate", SettingsView.Root(w).Text("spec.strategy.type"));
        Assert.Equal(0, pod.Count("tolerations"));
        Assert.False(pod.Any("volume"));            // a prefix of a name is not the field
        Assert.Equal(4, pod.Under("volumes").Count);
    }

    [Fact]
    public void ListOfScalars_ReadsAsTexts()
    {
        var w = Deployment(
            FieldSetting.String("spec.template.spec.containers[0].securityContext.capabilities.add[0]", "NET_ADMIN"),
            FieldSetting.String("spec.template.spec.containers[0].securityContext.capabilities.add[1]", "SYS_TIME"));
        var caps = SettingsView.PodSpec(w).At("containers[0].securityContext.capabilities");
        Assert.Equal(new[] { "NET_ADMIN", "SYS_TIME" }, caps.Texts("add"));
        Assert.Empty(caps.Texts("drop"));
    }

    [Fact]
    public void NoSettings_NothingExists()
    {
        var pod = SettingsView.PodSpec(Deployment());
        Assert.False(pod.Exists);
        Assert.Empty(pod.Items("volumes"));
        Assert.Empty(pod.Keys("nodeSelector"));
        Assert.Null(pod.Text("hostname"));
    }
}
