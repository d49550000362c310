using System.Reflection;
using System.Text.Json.Serialization;

namespace ProbeGen.Yaml.Tests;

/// <summary>The front-end's field lists against KubernetesClient's typed models, so "unknown field" never fires on a real one.</summary>
public class SchemaTests
{
    public static TheoryData<string, Type> Objects() => new()
    {
        { "Pod", typeof(k8s.Models.V1Pod) },
        { "Deployment", typeof(k8s.Models.V1Deployment) },
        { "Job", typeof(k8s.Models.V1Job) },
        { "CronJob", typeof(k8s.Models.V1CronJob) },
        { "ObjectMeta", typeof(k8s.Models.V1ObjectMeta) },
        { "PodSpec", typeof(k8s.Models.V1PodSpec) },
        { "Container", typeof(k8s.Models.V1Container) },
        { "ContainerPort", typeof(k8s.Models.V1ContainerPort) },
        { "EnvVar", typeof(k8s.Models.V1EnvVar) },
        { "EnvVarSource", typeof(k8s.Models.V1EnvVarSource) },
        { "ConfigMapKeySelector", typeof(k8s.Models.V1ConfigMapKeySelector) },
        { "ObjectFieldSelector", typeof(k8s.Models.V1ObjectFieldSelector) },
        { "ResourceRequirements", typeof(k8s.Models.V1ResourceRequirements) },
        { "Probe", typeof(k8s.Models.V1Probe) },
        { "ExecAction", typeof(k8s.Models.V1ExecAction) },
        { "HTTPGetAction", typeof(k8s.Models.V1HTTPGetAction) },
        { "HTTPHeader", typeof(k8s.Models.V1HTTPHeader) },
        { "TCPSocketAction", typeof(k8s.Models.V1TCPSocketAction) },
        { "GRPCAction", typeof(k8s.Models.V1GRPCAction) },
        { "DeploymentSpec", typeof(k8s.Models.V1DeploymentSpec) },
        { "LabelSelector", typeof(k8s.Models.V1LabelSelector) },
        { "PodTemplateSpec", typeof(k8s.Models.V1PodTemplateSpec) },
        { "JobSpec", typeof(k8s.Models.V1JobSpec) },
        { "CronJobSpec", typeof(k8s.Models.V1CronJobSpec) },
        { "JobTemplateSpec", typeof(k8s.Models.V1JobTemplateSpec) },
        { "StatefulSet", typeof(k8s.Models.V1StatefulSet) },
        { "DaemonSet", typeof(k8s.Models.V1DaemonSet) },
        { "StatefulSetSpec", typeof(k8s.Models.V1StatefulSetSpec) },
        { "DaemonSetSpec", typeof(k8s.Models.V1DaemonSetSpec) },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void SchemaKnowsExactlyTheClientsFields(string typeName, Type clientType)
    {
        var clientFields = clientType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.Ordinal);
        foreach (var schema in K8sSchema.All.Where(o => o.TypeName == typeName))
        {
            var known = schema.Modeled.Concat(schema.NotModeled).ToHashSet(StringComparer.Ordinal);
            Assert.Empty(clientFields.Except(known).Select(f => typeName + "." + f));
            var extra = known.Except(clientFields).Select(f => typeName + "." + f).ToList();
            Assert.Empty(extra);
            Assert.DoesNotContain(schema.Modeled, schema.NotModeled.Contains);
        }
    }

    [Fact]
    public void EverySchemaObjectIsChecked()
    {
        var checkedNames = Objects().Select(row => (string)row[0]).ToHashSet();
        Assert.All(K8sSchema.All, o => Assert.Contains(o.TypeName, checkedNames));
    }
}
