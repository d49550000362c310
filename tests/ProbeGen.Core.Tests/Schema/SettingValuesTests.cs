using ProbeGen.Core.Schema;

namespace ProbeGen.Tests.Schema;

/// <summary>[Set] values checked against the leaf kind of their path, and the checks over all settings of a workload.</summary>
public class SettingValuesTests
{
    private static readonly TypeDescriptor Pod = PodSchema.Descriptor;
    private static readonly TypeDescriptor Deployment = DeploymentSchema.Descriptor;
    private static readonly SchemaPathOptions ShapeOnly = new() { RefuseModeled = false };

    private static ResolvedPath Leaf(TypeDescriptor root, string path) => SchemaPath.Resolve(root, path, ShapeOnly).Value!;

    private static List<FieldSetting> Accept(TypeDescriptor root, string path, object value)
    {
        var output = new List<FieldSetting>();
        string? error = SettingValues.Check(Leaf(root, path), value, output);
        Assert.Null(error);
        return output;
    }

    private static string Refuse(TypeDescriptor root, string path, object? value)
    {
        var output = new List<FieldSetting>();
        string? error = SettingValues.Check(Leaf(root, path), value, output);
        Assert.NotNull(error);
        Assert.Empty(output);
        return error!;
    }

    [Fact]
    public void ScalarsOfEachKind_BecomeOneSettingInCanonicalText()
    {
        Assert.Equal(new[] { FieldSetting.Bool("spec.hostNetwork", true) }, Accept(Pod, "spec.hostNetwork", true));
        Assert.Equal(new[] { FieldSetting.String("spec.priorityClassName", "high") }, Accept(Pod, "spec.priorityClassName", "high"));
        Assert.Equal(new[] { FieldSetting.Integer("spec.priority", 1000) }, Accept(Pod, "spec.priority", 1000));
        Assert.Equal(new[] { FieldSetting.Integer("spec.priority", -5) }, Accept(Pod, "spec.priority", (short)-5));
        Assert.Equal(new[] { FieldSetting.Integer("spec.activeDeadlineSeconds", 5_000_000_000) }, Accept(Pod, "spec.activeDeadlineSeconds", 5_000_000_000L));
        Assert.Equal(new[] { FieldSetting.Integer("spec.securityContext.runAsUser", 1000) }, Accept(Pod, "spec.securityContext.runAsUser", 1000));
        Assert.Equal(new FieldSetting("spec.dnsPolicy", SettingValueKind.String, "ClusterFirstWithHostNet"), Accept(Pod, "spec.dnsPolicy", "ClusterFirstWithHostNet").Single());
    }

    [Fact]
    public void IntOrString_TakesAnIntegerOrAPercentage()
    {
        Assert.Equal(SettingValueKind.Integer, Accept(Deployment, "spec.strategy.rollingUpdate.maxSurge", 1).Single().ValueKind);
        Assert.Equal(FieldSetting.String("spec.strategy.rollingUpdate.maxSurge", "25%"), Accept(Deployment, "spec.strategy.rollingUpdate.maxSurge", "25%").Single());
        Assert.Equal("spec.strategy.rollingUpdate.maxSurge takes an integer (int32) or a non-empty string (a name, or a percentage as \"25%\"), not the boolean true",
            Refuse(Deployment, "spec.strategy.rollingUpdate.maxSurge", true));
        Assert.Equal("spec.strategy.rollingUpdate.maxSurge takes an integer (int32) or a non-empty string (a name, or a percentage as \"25%\"), not the number 3000000000",
            Refuse(Deployment, "spec.strategy.rollingUpdate.maxSurge", 3_000_000_000L));
    }

    [Fact]
    public void Quantity_IsParsedAsTheApiServerDoes()
    {
        Assert.Equal(FieldSetting.String("spec.overhead['cpu']", "250m"), Accept(Pod, "spec.overhead['cpu']", "250m").Single());
        Assert.Equal(FieldSetting.Integer("spec.overhead['nvidia.com/gpu']", 1), Accept(Pod, "spec.overhead['nvidia.com/gpu']", 1).Single());
        Assert.Equal(FieldSetting.Float("spec.overhead['cpu']", 0.5), Accept(Pod, "spec.overhead['cpu']", 0.5).Single());
        Assert.Equal("spec.overhead['cpu']: the string \"lots\" is not a quantity: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            Refuse(Pod, "spec.overhead['cpu']", "lots"));
        Assert.Equal("spec.overhead['cpu'] takes a quantity (a string such as \"100m\" or \"1Gi\", or a number), not the boolean false", Refuse(Pod, "spec.overhead['cpu']", false));
    }

    [Fact]
    public void EnumString_OutsideItsTable_ListsTheAllowedValues_AndTheNearOne()
    {
        Assert.Equal("spec.dnsPolicy takes one of \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\", not the string \"clusterfirst\"; did you mean \"ClusterFirst\"?",
            Refuse(Pod, "spec.dnsPolicy", "clusterfirst"));
        Assert.Equal("spec.tolerations[0].effect takes one of \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\", not the string \"Sometimes\"",
            Refuse(Pod, "spec.tolerations[0].effect", "Sometimes"));
    }

    [Fact]
    public void WrongType_NamesThePathWhatItTakesAndWhatWasGiven()
    {
        Assert.Equal("spec.hostNetwork takes a boolean (true or false), not the string \"yes\"", Refuse(Pod, "spec.hostNetwork", "yes"));
        Assert.Equal("spec.priority takes an integer (int32) from -2147483648 to 2147483647, not the number 2147483648", Refuse(Pod, "spec.priority", 2147483648L));
        Assert.Equal("spec.priority takes an integer (int32) from -2147483648 to 2147483647, not the number 1.5", Refuse(Pod, "spec.priority", 1.5));
        Assert.Equal("spec.activeDeadlineSeconds takes an integer (int64), not the number 18446744073709551615", Refuse(Pod, "spec.activeDeadlineSeconds", ulong.MaxValue));
        Assert.Equal("spec.priorityClassName takes a string, not the number 7", Refuse(Pod, "spec.priorityClassName", 7));
        Assert.Equal("spec.hostNetwork takes a boolean (true or false): the value is null", Refuse(Pod, "spec.hostNetwork", null));
        Assert.Equal("spec.hostNetwork takes a boolean (true or false): an array of 1 values is not a single value", Refuse(Pod, "spec.hostNetwork", new[] { "true" }));
        Assert.Equal("spec.priority takes an integer (int32) from -2147483648 to 2147483647: the number NaN has no JSON form", Refuse(Pod, "spec.priority", double.NaN));
        Assert.Equal("spec.priority takes an integer (int32) from -2147483648 to 2147483647: a value of type DayOfWeek is none of string, number, boolean", Refuse(Pod, "spec.priority", DayOfWeek.Monday));
    }

    [Fact]
    public void ArrayOnAListOfScalars_BecomesOneSettingPerItem()
    {
        var settings = Accept(Pod, "spec.containers[0].securityContext.capabilities.add", new[] { "NET_ADMIN", "SYS_TIME" });
        Assert.Equal(new[]
        {
            FieldSetting.String("spec.containers[0].securityContext.capabilities.add[0]", "NET_ADMIN"),
            FieldSetting.String("spec.containers[0].securityContext.capabilities.add[1]", "SYS_TIME"),
        }, settings);
        Assert.Equal(new[] { FieldSetting.EmptyList("spec.containers[0].securityContext.capabilities.drop") },
            Accept(Pod, "spec.containers[0].securityContext.capabilities.drop", Array.Empty<string>()));
        Assert.Equal("spec.containers[0].securityContext.capabilities.add[1] takes a string, not the number 3",
            Refuse(Pod, "spec.containers[0].securityContext.capabilities.add", new object[] { "NET_ADMIN", 3 }));
        Assert.Equal("spec.containers[0].securityContext.capabilities.add is a list of strings: give an array (new[] { … }), not the string \"NET_ADMIN\"",
            Refuse(Pod, "spec.containers[0].securityContext.capabilities.add", "NET_ADMIN"));
    }

    [Fact]
    public void EmptyObjectAndMap_AreGivenAsBraces_OtherwiseTheirLeavesAreSet()
    {
        Assert.Equal(new[] { FieldSetting.EmptyObject("spec.volumes[0].emptyDir") }, Accept(Pod, "spec.volumes[0].emptyDir", "{}"));
        Assert.Equal("spec.affinity is an object (Affinity): set its fields one by one, as spec.affinity.nodeAffinity, or give \"{}\" for an empty object; not the boolean true",
            Refuse(Pod, "spec.affinity", true));
        Assert.Equal("spec.nodeSelector is a map of strings: set its entries one key at a time, as spec.nodeSelector['key'], or give \"{}\" for an empty map; not the string \"a=b\"",
            Refuse(Pod, "spec.nodeSelector", "a=b"));
        Assert.Equal("spec.tolerations is a list of Toleration: set its items' fields one by one, as spec.tolerations[0].effect, or give an empty array for an empty list; not an array of 1 values",
            Refuse(Pod, "spec.tolerations", new[] { "x" }));
        Assert.Equal(new[] { FieldSetting.EmptyList("spec.tolerations") }, Accept(Pod, "spec.tolerations", Array.Empty<string>()));
    }

    [Fact]
    public void SettingReadFromYaml_IsCheckedTheSameWay()
    {
        Assert.Null(SettingValues.Check(Leaf(Pod, "spec.hostNetwork"), FieldSetting.Bool("spec.hostNetwork", true)));
        Assert.Equal("spec.hostNetwork takes a boolean (true or false), not the string \"true\"", SettingValues.Check(Leaf(Pod, "spec.hostNetwork"), FieldSetting.String("spec.hostNetwork", "true")));
        Assert.Null(SettingValues.Check(Leaf(Pod, "spec.volumes[0].emptyDir"), FieldSetting.EmptyObject("spec.volumes[0].emptyDir")));
        Assert.Equal("spec.priority takes an integer (int32) from -2147483648 to 2147483647, not {}", SettingValues.Check(Leaf(Pod, "spec.priority"), FieldSetting.EmptyObject("spec.priority")));
    }

    [Fact]
    public void FloatText_IsInvariantAndReadsAsAFloat()
    {
        Assert.Equal("0.5", FieldSetting.FloatText(0.5));
        Assert.Equal("3.0", FieldSetting.FloatText(3));
        Assert.Equal("1e+21", FieldSetting.FloatText(1e21));
        Assert.Equal("1e-07", FieldSetting.FloatText(1e-7));
    }
}

public class SettingChecksTests
{
    [Fact]
    public void DenseDistinctSettings_HaveNoFinding()
    {
        var settings = new[]
        {
            FieldSetting.String("spec.tolerations[0].key", "a"),
            FieldSetting.String("spec.tolerations[1].key", "b"),
            FieldSetting.String("spec.tolerations[0].effect", "NoSchedule"),
            FieldSetting.Bool("spec.hostNetwork", true),
        };
        Assert.Empty(SettingChecks.Check(settings));
    }

    [Fact]
    public void GapInIndices_IsReportedOnceAtTheSettingAboveTheGap()
    {
        var settings = new[]
        {
            FieldSetting.String("spec.tolerations[0].key", "a"),
            FieldSetting.String("spec.tolerations[2].key", "c"),
            FieldSetting.String("spec.tolerations[3].key", "d"),
        };
        var f = Assert.Single(SettingChecks.Check(settings));
        Assert.Equal(new SettingConflict(1, SettingConflictKind.IndexGap, "spec.tolerations",
            "spec.tolerations has [0], [2], [3] but no [1]: list items are numbered 0, 1, 2 … without a gap"), f);
    }

    [Fact]
    public void ListStartingPastZero_IsAGap()
    {
        var f = Assert.Single(SettingChecks.Check(new[] { FieldSetting.String("spec.containers[0].securityContext.capabilities.add[1]", "X") }));
        Assert.Equal("spec.containers[0].securityContext.capabilities.add has [1] but no [0]: list items are numbered 0, 1, 2 … without a gap", f.Message);
    }

    [Fact]
    public void Duplicate_IsReportedAtTheSecond_WhateverTheSpelling()
    {
        // Settings carry the resolved (canonical) path, so two spellings of one entry are one path.
        var options = new SchemaPathOptions { RefuseModeled = false };
        var settings = new[]
        {
            FieldSetting.String(SchemaPath.Resolve(DeploymentSchema.Descriptor, "spec.selector.matchLabels['app']", options).Value!.Path, "a"),
            FieldSetting.String(SchemaPath.Resolve(DeploymentSchema.Descriptor, "spec.selector.matchLabels.app", options).Value!.Path, "b"),
        };
        var f = Assert.Single(SettingChecks.Check(settings));
        Assert.Equal(new SettingConflict(1, SettingConflictKind.Duplicate, "spec.selector.matchLabels['app']",
            "spec.selector.matchLabels['app'] is set twice (setting 1 and setting 2): a field holds one value; remove one"), f);
    }

    [Fact]
    public void WholeValueAndAFieldInsideIt_Overlap()
    {
        var settings = new[]
        {
            FieldSetting.String("spec.volumes[0].emptyDir.medium", "Memory"),
            FieldSetting.EmptyObject("spec.volumes[0].emptyDir"),
        };
        var f = Assert.Single(SettingChecks.Check(settings));
        Assert.Equal(new SettingConflict(1, SettingConflictKind.Overlap, "spec.volumes[0].emptyDir",
            "spec.volumes[0].emptyDir is set to {} and spec.volumes[0].emptyDir.medium sets a field inside it: set the fields one by one, or the whole value, not both"), f);
    }

    [Fact]
    public void ListBuiltByAttributes_TakesFieldsOfItsItems_NotNewItems()
    {
        var settings = new[]
        {
            FieldSetting.Integer("spec.template.spec.containers[0].securityContext.runAsUser", 1000),
            FieldSetting.Integer("spec.template.spec.containers[2].securityContext.runAsUser", 1000),
        };
        int? Built(string list) => list == "spec.template.spec.containers" ? 2 : null;
        var f = Assert.Single(SettingChecks.Check(settings, Built));
        Assert.Equal(new SettingConflict(1, SettingConflictKind.PastAttributeItems, "spec.template.spec.containers[2]",
            "spec.template.spec.containers has 2 items from attributes: [Set] sets fields of [0] to [1], it does not add [2]; add the item with its attribute"), f);
        Assert.Empty(SettingChecks.Check(settings.Take(1).ToArray(), Built));
    }

    [Fact]
    public void UnparsableOrNullSettings_AreSkipped_NotThrown()
    {
        Assert.Empty(SettingChecks.Check(new[] { new FieldSetting("spec..x", SettingValueKind.String, "a"), null! }));
    }

    [Fact]
    public void Sorted_OrdersIndicesByNumber_AndIsStable()
    {
        var sorted = FieldSettings.Sorted(new[]
        {
            FieldSetting.String("spec.tolerations[10].key", "k"),
            FieldSetting.String("spec.tolerations[2].key", "c"),
            FieldSetting.Bool("spec.hostNetwork", true),
            FieldSetting.String("spec.tolerations[2].effect", "NoSchedule"),
        });
        Assert.Equal(new[] { "spec.hostNetwork", "spec.tolerations[2].effect", "spec.tolerations[2].key", "spec.tolerations[10].key" }, sorted.Select(s => s.Path));
        Assert.Equal(sorted, FieldSettings.Sorted(sorted.Reverse()));
    }

    [Fact]
    public void Anchor_PutsContainerSettingsUnderTheirContainer()
    {
        var anchored = FieldSettings.Anchor("spec.template.spec.containers[1]", new[] { FieldSetting.Integer("securityContext.runAsUser", 1000) });
        Assert.Equal(FieldSetting.Integer("spec.template.spec.containers[1].securityContext.runAsUser", 1000), Assert.Single(anchored));
    }

    [Fact]
    public void Under_TakesAContainersSettingsRelativeToIt()
    {
        var settings = new[]
        {
            FieldSetting.Integer("spec.containers[1].securityContext.runAsUser", 1000),
            FieldSetting.Integer("spec.containers[10].securityContext.runAsUser", 7),
            FieldSetting.Bool("spec.hostNetwork", true),
        };
        Assert.Equal(new[] { FieldSetting.Integer("securityContext.runAsUser", 1000) }, FieldSettings.Under("spec.containers[1]", settings));
    }

    [Fact]
    public void ToArguments_FoldsAWholeListOfStrings_IntoOneArray()
    {
        var sorted = FieldSettings.Sorted(new[]
        {
            FieldSetting.String("spec.containers[0].securityContext.capabilities.add[0]", "NET_ADMIN"),
            FieldSetting.String("spec.containers[0].securityContext.capabilities.add[1]", "SYS_TIME"),
            FieldSetting.Bool("spec.hostNetwork", true),
            FieldSetting.String("spec.x[0]", "a"),
            FieldSetting.Integer("spec.x[1]", 2),
            FieldSetting.String("spec.tolerations[0].key", "k"),
        }).ToArray();
        var args = FieldSettings.ToArguments(sorted);
        Assert.Equal(new[] { "spec.containers[0].securityContext.capabilities.add", "spec.hostNetwork", "spec.tolerations[0].key", "spec.x[0]", "spec.x[1]" }, args.Select(a => a.Path));
        Assert.True(args[0].IsArray);
        Assert.Equal(new[] { "NET_ADMIN", "SYS_TIME" }, args[0].Items);
        Assert.False(args[1].IsArray);
        Assert.Equal((SettingValueKind.Bool, "true"), (args[1].ValueKind, args[1].Text));
        Assert.False(args[3].IsArray); // a list with an item of another kind stays item by item
    }
}
