using System.Reflection;
using ProbeGen.Core.Schema;

namespace ProbeGen.Tests;

/// <summary>The lowered attributes' table (src/Core/Schema/LoweredAttributes*.cs) against the schema and ProbeGen.dll: every row resolves to a settable leaf of the right kind, and names exactly the attribute's properties with matching C# types.</summary>
public class LoweredAttributeTableTests
{
    private static readonly Assembly Abstractions = typeof(ProbeGen.PodAttribute).Assembly;

    [Fact]
    public void EveryRow_ResolvesToALeafOfItsKind()
    {
        Assert.NotEmpty(LoweredAttributes.All);
        var options = new SchemaPathOptions { RefuseModeled = false };
        foreach (var a in LoweredAttributes.All)
        {
            foreach (var p in a.Properties)
            {
                string path = SchemaPath.Join(a.ItemPath(0), p.Path); // [PodSpec]'s base is the scope itself
                var resolved = SchemaPath.Resolve(a.Start, path, options);
                Assert.True(resolved.Ok, a.Name + "." + p.Name + ": " + resolved.Error?.Message);
                // An int-or-string field takes a number row and a name row (a hook's port) or one row of either (a strategy's maxSurge); every other field its own kind.
                if (resolved.Value!.Field.Kind == FieldKind.IntOrString) Assert.Contains(p.Value, new[] { LoweredValue.Int, LoweredValue.String, LoweredValue.IntOrString });
                // A file mode is an octal string in C# and the integer field in the manifest.
                else if (p.Value == LoweredValue.OctalMode) Assert.Equal(LoweredValue.Int, Lowered.ValueOf(resolved.Value!.Field));
                else Assert.Equal(p.Value, Lowered.ValueOf(resolved.Value!.Field));
                Assert.Same(resolved.Value.Field.Allowed, p.Enum);
                // A [Set] of the row's path is refused with the attribute's name (PG0044): the first row at that path. A list
                // item's fields stay settable ([Set] items follow the attribute items; PG0042/PG0043 report a clash), so none owns them.
                var owning = LoweredAttributes.Owning(a.Scope, path, a.Start)?.Property;
                if (a.IsListItem) Assert.Null(owning);
                else Assert.Equal(a.Properties.First(q => q.Path == p.Path), owning);
                // A workload attribute owns its path only on its own kind: a DaemonSet's spec.updateStrategy.type is not [StatefulSetUpdateStrategy]'s.
                if (a.Scope == LoweredScope.Workload)
                    foreach (var other in LoweredAttributes.All.Where(o => o.Scope == LoweredScope.Workload && !ReferenceEquals(o.Start, a.Start)))
                        Assert.NotEqual(a.Name, LoweredAttributes.Owning(a.Scope, path, other.Start)?.Attribute.Name);
            }
        }
    }

    [Fact]
    public void EveryRow_NamesAPropertyOfTheAttribute_AndEveryPropertyHasARow()
    {
        foreach (var a in LoweredAttributes.All)
        {
            var type = Abstractions.GetType("ProbeGen." + a.Name, throwOnError: true)!;
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToDictionary(p => p.Name, StringComparer.Ordinal);
            // An attribute with several constructors ([EnvFromSecret]: envFrom, and its obsolete 3-argument env form) names the one its table describes.
            var parameters = (a.CtorArity < 0 ? type.GetConstructors().Single() : type.GetConstructors().Single(c => c.GetParameters().Length == a.CtorArity)).GetParameters();
            if (a.CtorArity >= 0) Assert.True(type.GetConstructors().Length > 1, a.Name + " has one constructor: its table needs no CtorArity");
            foreach (var p in a.Properties)
            {
                Type clr = p.CtorIndex >= 0 ? parameters[p.CtorIndex].ParameterType : settable.TryGetValue(p.Name, out var prop) ? prop.PropertyType : throw new Xunit.Sdk.XunitException(a.Name + " has no property " + p.Name);
                if (p.CtorIndex >= 0) Assert.Equal(p.Name, parameters[p.CtorIndex].Name);
                Type expected = p.Value switch
                {
                    LoweredValue.Bool => typeof(bool),
                    LoweredValue.Int => typeof(int),
                    LoweredValue.Long => typeof(long),
                    LoweredValue.StringArray => typeof(string[]),
                    LoweredValue.LongArray => typeof(long[]),
                    LoweredValue.Enum => Abstractions.GetType("ProbeGen." + p.Enum!.Name, throwOnError: true)!,
                    _ => typeof(string),
                };
                Assert.Equal(expected, clr);
            }
            Assert.Equal(settable.Keys.Order(StringComparer.Ordinal), a.Properties.Where(p => p.CtorIndex < 0).Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(parameters.Length, a.Properties.Count(p => p.CtorIndex >= 0));
        }
    }
}
