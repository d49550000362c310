using CsCheck;
using ProbeGen.Core.Schema;

namespace ProbeGen.Tests.Schema;

/// <summary>[Set] paths resolved against the generated descriptors: valid deep paths of every kind, and every refusal with its message.</summary>
public class SchemaPathTests
{
    // Shape-only resolution: these tests are about the schema's structure, not about which fields the model carries today.
    private static readonly SchemaPathOptions ShapeOnly = new() { RefuseModeled = false };

    private static TypeDescriptor Root(string kind) => SchemaPath.RootOf(KindDescriptors.Find(kind)!);

    private static ResolvedPath Ok(TypeDescriptor start, string path, SchemaPathOptions? options = null)
    {
        var r = SchemaPath.Resolve(start, path, options ?? ShapeOnly);
        Assert.True(r.Ok, r.Error?.Message);
        Assert.Null(r.Error);
        return r.Value!;
    }

    private static PathError Error(TypeDescriptor start, string path, SchemaPathOptions? options = null)
    {
        var r = SchemaPath.Resolve(start, path, options ?? SchemaPathOptions.Default);
        Assert.False(r.Ok);
        return r.Error!;
    }

    [Theory]
    [InlineData("Pod", "spec.volumes[0].configMap.items[0].key", "KeyToPath", "key", FieldKind.String, LeafShape.Scalar)]
    [InlineData("Deployment", "spec.template.spec.containers[1].securityContext.capabilities.add", "Capabilities", "add", FieldKind.String, LeafShape.WholeList)]
    [InlineData("Deployment", "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key", "NodeSelectorRequirement", "key", FieldKind.String, LeafShape.Scalar)]
    [InlineData("Job", "spec.template.spec.tolerations[1].effect", "Toleration", "effect", FieldKind.String, LeafShape.Scalar)]
    [InlineData("CronJob", "spec.jobTemplate.spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels['app']", "LabelSelector", "matchLabels", FieldKind.String, LeafShape.MapValue)]
    [InlineData("StatefulSet", "spec.volumeClaimTemplates[0].spec.resources.requests['storage']", "VolumeResourceRequirements", "requests", FieldKind.Quantity, LeafShape.MapValue)]
    [InlineData("DaemonSet", "spec.updateStrategy.rollingUpdate.maxUnavailable", "RollingUpdateDaemonSet", "maxUnavailable", FieldKind.IntOrString, LeafShape.Scalar)]
    [InlineData("Deployment", "spec.strategy.rollingUpdate.maxSurge", "RollingUpdateDeployment", "maxSurge", FieldKind.IntOrString, LeafShape.Scalar)]
    [InlineData("Pod", "spec.nodeSelector['kubernetes.io/os']", "PodSpec", "nodeSelector", FieldKind.String, LeafShape.MapValue)]
    [InlineData("Pod", "spec.securityContext.capabilities", null, null, FieldKind.None, LeafShape.Scalar)]
    public void DeepPath_ResolvesToItsLeaf(string kind, string path, string? owner, string? field, FieldKind valueKind, LeafShape shape)
    {
        if (owner is null)
        {
            // PodSecurityContext has no capabilities (only the container's SecurityContext does).
            Assert.Equal(PathErrorKind.UnknownField, Error(Root(kind), path, ShapeOnly).Kind);
            return;
        }
        var leaf = Ok(Root(kind), path);
        Assert.Equal(owner, leaf.OwnerType);
        Assert.Equal(field, leaf.Field.JsonName);
        Assert.Equal(valueKind, leaf.ValueKind);
        Assert.Equal(shape, leaf.Shape);
        Assert.Equal(path, leaf.Path);
    }

    [Fact]
    public void ContainerRelativePaths_ResolveFromTheContainer()
    {
        var container = ContainerSchema.Descriptor;
        Assert.Equal(FieldKind.Int64, Ok(container, "securityContext.runAsUser").ValueKind);
        Assert.Equal(LeafShape.ListItem, Ok(container, "securityContext.capabilities.drop[0]").Shape);
        Assert.Equal("TerminationMessagePolicy", Ok(container, "terminationMessagePolicy").Allowed!.Name);
        Assert.Equal("ConfigMapEnvSource", Ok(container, "envFrom[0].configMapRef.name").OwnerType);
        Assert.Equal("volumeMounts[0].subPath", Ok(container, "volumeMounts[0].subPath").Path);
        Assert.Equal("spec.template.spec.containers[1].securityContext.runAsUser", SchemaPath.Join("spec.template.spec.containers[1]", "securityContext.runAsUser"));
    }

    [Fact]
    public void BareKeyAfterAMap_IsCanonicalisedToBracketForm()
    {
        var leaf = Ok(Root("Deployment"), "spec.selector.matchLabels.app");
        Assert.Equal("spec.selector.matchLabels['app']", leaf.Path);
        Assert.Equal(LeafShape.MapValue, leaf.Shape);
        Assert.Equal("metadata.annotations['it''s.example/x']", Ok(Root("Pod"), "metadata.annotations['it''s.example/x']").Path);
        Assert.Equal("it's.example/x", Ok(Root("Pod"), "metadata.annotations['it''s.example/x']").Segments[2].Name);
    }

    [Fact]
    public void ValidUnmodeledField_ResolvesWithTheDefaultOptions()
    {
        var leaf = Ok(Root("Deployment"), "spec.template.spec.shareProcessNamespace", SchemaPathOptions.Default);
        Assert.Equal(FieldKind.Bool, leaf.ValueKind);
        Assert.Equal(LeafShape.WholeObject, Ok(Root("Pod"), "spec.volumes[0].emptyDir", SchemaPathOptions.Default).Shape);
    }

    [Fact]
    public void UnknownField_NamesThePlaceTheNearMatchAndTheFields()
    {
        var e = Error(Root("Deployment"), "spec.template.spec.hostNetwrok");
        Assert.Equal(PathErrorKind.UnknownField, e.Kind);
        Assert.Equal("hostNetwork", e.Suggestion);
        Assert.Equal("spec.template.spec", e.ResolvedPrefix);
        Assert.Equal("hostNetwrok", e.BadSegment);
        Assert.Contains("shareProcessNamespace", e.Allowed);
        Assert.Equal("unknown field \"hostNetwrok\" in spec.template.spec (PodSpec); did you mean \"hostNetwork\"? Its fields are "
            + string.Join(", ", PodSpecSchema.Descriptor.Fields.Select(f => f.JsonName)), e.Message);
    }

    [Fact]
    public void UnknownFieldAtTheTop_WithoutANearMatch_SaysWhere()
    {
        var e = Error(Root("Pod"), "zzzzzz");
        Assert.Null(e.Suggestion);
        Assert.Equal("unknown field \"zzzzzz\" in the top of Pod. Its fields are apiVersion, kind, metadata, spec, status", e.Message);
    }

    [Fact]
    public void CaseSlip_SuggestsTheRightCase()
    {
        Assert.Equal("hostPID", Error(Root("Pod"), "spec.hostPid").Suggestion);
    }

    [Fact]
    public void IndexOnAScalar_IsRefused()
    {
        var e = Error(Root("Deployment"), "spec.replicas[0]");
        Assert.Equal(PathErrorKind.IndexOnNonList, e.Kind);
        Assert.Equal("spec.replicas is an integer (int32), not a list: nothing can be selected in it (\"[0]\")", e.Message);
    }

    [Fact]
    public void IndexOnAMap_IsRefused()
    {
        var e = Error(Root("Pod"), "spec.nodeSelector[0]");
        Assert.Equal(PathErrorKind.IndexOnNonList, e.Kind);
        Assert.Equal("spec.nodeSelector is a map, not a list: select an entry by its key, as nodeSelector['key']", e.Message);
    }

    [Fact]
    public void IndexOnAnObject_IsRefused()
    {
        var e = Error(Root("Pod"), "spec.affinity[0]");
        Assert.Equal(PathErrorKind.IndexOnNonList, e.Kind);
        Assert.StartsWith("spec.affinity (Affinity) is an object, not a list: \"[0]\" cannot select in it; its fields are nodeAffinity, podAffinity, podAntiAffinity", e.Message);
    }

    [Fact]
    public void KeyOnAnObject_IsRefused()
    {
        var e = Error(Root("Pod"), "spec.affinity['nodeAffinity']");
        Assert.Equal(PathErrorKind.KeyOnNonMap, e.Kind);
        Assert.Equal("spec.affinity (Affinity) is an object, not a map: \"['nodeAffinity']\" cannot select in it; its fields are nodeAffinity, podAffinity, podAntiAffinity", e.Message);
    }

    [Fact]
    public void KeyOnAScalar_IsRefused()
    {
        var e = Error(Root("Pod"), "spec.hostNetwork['x']");
        Assert.Equal(PathErrorKind.KeyOnNonMap, e.Kind);
        Assert.Equal("spec.hostNetwork is a boolean, not a map: nothing can be selected in it (\"['x']\")", e.Message);
    }

    [Fact]
    public void ListWithoutIndex_AsksForOne()
    {
        var e = Error(Root("Pod"), "spec.tolerations.key");
        Assert.Equal(PathErrorKind.ListNeedsIndex, e.Kind);
        Assert.Equal("spec.tolerations is a list of Toleration: select an item with an index, as tolerations[0].key", e.Message);
    }

    [Fact]
    public void PathEndingAtAListItemObject_AsksForItsFields()
    {
        var e = Error(Root("Pod"), "spec.tolerations[0]");
        Assert.Equal(PathErrorKind.EndsAtObject, e.Kind);
        Assert.StartsWith("spec.tolerations[0] is an object (Toleration): set its fields one by one, as spec.tolerations[0].effect; its fields are effect, key, operator", e.Message);
    }

    [Fact]
    public void FieldPastAScalar_IsRefused()
    {
        var e = Error(Root("Pod"), "spec.hostNetwork.value");
        Assert.Equal(PathErrorKind.PastScalar, e.Kind);
        Assert.Equal("spec.hostNetwork is a boolean, not an object: nothing can be selected in it (\"value\")", e.Message);
        Assert.Equal("spec.nodeSelector['a'] is a string: nothing can be selected in it (\"b\")", Error(Root("Pod"), "spec.nodeSelector['a'].b", ShapeOnly).Message);
        Assert.Equal("spec.containers[0].securityContext.capabilities.add[0] is a string: nothing can be selected in it (\"x\")",
            Error(Root("Pod"), "spec.containers[0].securityContext.capabilities.add[0].x").Message);
    }

    [Theory]
    [InlineData("Pod", "spec.restartPolicy", "spec.restartPolicy (PodSpec.restartPolicy)")]
    [InlineData("Deployment", "metadata.labels['app']", "metadata.labels (ObjectMeta.labels)")]
    [InlineData("Deployment", "spec.replicas", "spec.replicas (DeploymentSpec.replicas)")]
    [InlineData("Pod", "spec.containers[0].workingDir", "spec.containers[0].workingDir (Container.workingDir)")]
    [InlineData("Deployment", "spec.template.metadata.labels['tier']", "spec.template.metadata.labels (ObjectMeta.labels)")]
    public void ModeledField_IsRefused_WithGuidanceFromTheDescriptor(string kind, string path, string subject)
    {
        var e = Error(Root(kind), path);
        Assert.Equal(PathErrorKind.Modeled, e.Kind);
        Assert.Equal(subject + " is modeled by ProbeGen's attributes: set it with the attribute that models it, not with [Set]", e.Message);
    }

    [Fact]
    public void ModeledField_NamesTheAttribute_WhenTheMappingLayerKnowsIt()
    {
        var options = new SchemaPathOptions { AttributeFor = (type, field) => type == "Container" && field == "workingDir" ? "[Container(WorkingDir = …)]" : null };
        Assert.Equal("workingDir (Container.workingDir) is modeled by ProbeGen's attributes: use [Container(WorkingDir = …)] instead of [Set]",
            Error(ContainerSchema.Descriptor, "workingDir", options).Message);
    }

    [Fact]
    public void FieldOfASharedType_BelowAnUnmodeledField_IsSettable()
    {
        // ExecAction.command is modeled where a probe holds it, not in a lifecycle hook, which no attribute models.
        Assert.Equal("spec.containers[0].lifecycle.preStop.exec.command",
            Ok(Root("Pod"), "spec.containers[0].lifecycle.preStop.exec.command", SchemaPathOptions.Default).Path);
        Assert.Equal("spec.containers[0].lifecycle.postStart.httpGet.port",
            Ok(Root("Pod"), "spec.containers[0].lifecycle.postStart.httpGet.port", SchemaPathOptions.Default).Path);
        Assert.Equal(PathErrorKind.Modeled, Error(Root("Pod"), "spec.containers[0].livenessProbe.exec.command").Kind);
        Assert.Equal(PathErrorKind.Modeled, Error(Root("Pod"), "spec.containers[0].readinessProbe.httpGet.port").Kind);
    }

    [Fact]
    public void TemplateMetadata_UsesTheTemplateView_WhereLabelsAndAnnotationsAreModeled()
    {
        // The pod template's labels and annotations are [PodLabel]/[PodAnnotation]; its other metadata stays settable.
        Assert.Equal(PathErrorKind.Modeled, Error(Root("Deployment"), "spec.template.metadata.annotations['prometheus.io/scrape']").Kind);
        Assert.Equal("spec.template.metadata.name", Ok(Root("Deployment"), "spec.template.metadata.name", SchemaPathOptions.Default).Path);
        Assert.Equal(PathErrorKind.Modeled, Error(Root("Deployment"), "metadata.annotations['prometheus.io/scrape']").Kind);
    }

    [Theory]
    [InlineData("Pod", "metadata.uid", "metadata.uid")]
    [InlineData("Pod", "metadata.resourceVersion", "metadata.resourceVersion")]
    [InlineData("Job", "metadata.creationTimestamp", "metadata.creationTimestamp")]
    [InlineData("Pod", "metadata.managedFields[0].manager", "metadata.managedFields")]
    [InlineData("Pod", "status.phase", "status")]
    [InlineData("StatefulSet", "status", "status")]
    [InlineData("Deployment", "spec.template.metadata.uid", "spec.template.metadata.uid")]
    public void ReadOnlyField_IsRefused(string kind, string path, string subject)
    {
        var e = Error(Root(kind), path);
        Assert.Equal(PathErrorKind.ReadOnly, e.Kind);
        Assert.Equal(subject + " is written by the API server (read-only): a manifest does not set it", e.Message);
    }

    [Theory]
    [InlineData("", "the path \"\" is not a field path: the path is empty at character 1 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec..x", "the path \"spec..x\" is not a field path: a field name is expected at character 6 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec.", "the path \"spec.\" is not a field path: a field name is expected after '.' at character 6 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec.volumes[x]", "the path \"spec.volumes[x]\" is not a field path: an index [N] or a quoted key ['key'] is expected at character 14 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec.volumes[01]", "the path \"spec.volumes[01]\" is not a field path: an index has no leading zeros at character 14 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec.volumes[100000]", "the path \"spec.volumes[100000]\" is not a field path: the index 100000 is above the largest, 99999 at character 14 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec.nodeSelector['a", "the path \"spec.nodeSelector['a\" is not a field path: the quoted key has no closing ' (write a quote inside a key as '') at character 21 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec.nodeSelector['a'x", "the path \"spec.nodeSelector['a'x\" is not a field path: ']' is expected after the quoted key at character 22 (write fields with '.', list items [N], map keys ['key'])")]
    [InlineData("spec hostNetwork", "the path \"spec hostNetwork\" is not a field path: '.', '[N]' or '['key']' is expected, not U+0020 at character 5 (write fields with '.', list items [N], map keys ['key'])")]
    public void MalformedPath_IsASyntaxError_WithThePosition(string path, string message)
    {
        var e = Error(Root("Pod"), path);
        Assert.Equal(PathErrorKind.Syntax, e.Kind);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void NullPath_IsASyntaxError()
    {
        Assert.Equal(PathErrorKind.Syntax, SchemaPath.Resolve(PodSchema.Descriptor, (string?)null).Error!.Kind);
    }

    [Fact]
    public void Format_ParsesBackToTheSameSegments()
    {
        Assert.True(SchemaPath.TryParse("a.b[12]['x.y/z''q'].c", out var segs, out _));
        Assert.Equal("a.b[12]['x.y/z''q'].c", SchemaPath.Format(segs));
        Assert.Equal(new[] { PathSegmentKind.Field, PathSegmentKind.Field, PathSegmentKind.Index, PathSegmentKind.Key, PathSegmentKind.Field }, segs.Select(s => s.Kind));
    }

    private static readonly Gen<string> PathText = Gen.OneOf(
        Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 40],
        Gen.String[Gen.OneOfConst('a', 'Z', '0', '9', '.', '[', ']', '\'', ' ', '/', '-', '_', '"', '\n'), 0, 60],
        Gen.Select(Gen.OneOfConst("spec", "spec.template.spec", "metadata", "spec.containers"), Gen.String[Gen.OneOfConst('a', '.', '[', '0', ']', '\''), 0, 20], (a, b) => a + b));

    [Fact]
    public void AnyText_NeverThrows_AndAParsedPathFormatsToAFixedPoint()
    {
        PathText.Sample(text =>
        {
            foreach (var kind in KindDescriptors.All)
            {
                var r = SchemaPath.Resolve(SchemaPath.RootOf(kind), text);
                Assert.True(r.Ok ^ r.Error is not null);
            }
            SchemaPath.Resolve(ContainerSchema.Descriptor, text);
            if (SchemaPath.TryParse(text, out var segs, out _))
            {
                string canonical = SchemaPath.Format(segs);
                Assert.True(SchemaPath.TryParse(canonical, out var again, out _), canonical);
                Assert.Equal(segs, again);
            }
        }, iter: 3000);
    }

    [Fact]
    public void EveryDescribedScalarField_Resolves_FromSomeRoot()
    {
        // Walk the schema from each root and resolve every leaf path it reaches: the resolver agrees with the descriptors.
        int leaves = 0;
        foreach (var kind in KindDescriptors.All)
        {
            foreach (var path in SettingTreeTests.LeafPaths(SchemaPath.RootOf(kind), "", 0, maxDepth: 6))
            {
                var r = SchemaPath.Resolve(SchemaPath.RootOf(kind), path, ShapeOnly);
                if (!r.Ok) Assert.Equal(PathErrorKind.ReadOnly, r.Error!.Kind);
                leaves++;
            }
        }
        Assert.True(leaves > 1000, leaves.ToString());
    }
}
