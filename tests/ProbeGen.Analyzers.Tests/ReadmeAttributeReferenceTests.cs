using System.Reflection;

namespace ProbeGen.Tests;

/// <summary>
/// The README's attribute reference against ProbeGen.dll by reflection: one row per attribute with its constructor
/// parameters, named arguments and repeatability exactly as the classes declare them, one row per enum with its
/// values; the "on" and "Kubernetes" columns are prose, checked only for being there.
/// </summary>
public class ReadmeAttributeReferenceTests
{
    private static readonly Assembly Abstractions = typeof(ProbeGen.PodAttribute).Assembly;

    [Fact]
    public void ReadmeAttributeTable_MatchesTheAttributeClasses()
    {
        var rows = Rows("<!-- attributes-table:start -->", "<!-- attributes-table:end -->", columns: 6);
        var attributes = Abstractions.GetExportedTypes()
            .Where(t => typeof(Attribute).IsAssignableFrom(t) && !t.IsAbstract)
            .ToDictionary(t => "`[" + t.Name.Substring(0, t.Name.Length - "Attribute".Length) + "]`", StringComparer.Ordinal);

        var wrong = new List<string>();
        foreach (var (name, type) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            string expected = "| " + string.Join(" | ", name, Constructors(type), NamedArguments(type), Repeatable(type)) + " |";
            var row = rows.FirstOrDefault(r => r[0] == name);
            if (row is null) wrong.Add("missing row, starting: " + expected);
            else if ("| " + string.Join(" | ", row.Take(4)) + " |" != expected) wrong.Add("row should start: " + expected + "\n           but is: | " + string.Join(" | ", row.Take(4)) + " |");
            else if (row[4].Length == 0 || row[5].Length == 0) wrong.Add(name + ": the 'on' and 'Kubernetes' columns are empty");
        }
        foreach (var row in rows.Where(r => !attributes.ContainsKey(r[0]))) wrong.Add("no such attribute: " + row[0]);
        Assert.True(wrong.Count == 0, "README attribute reference:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void ReadmeEnumTable_MatchesTheEnums()
    {
        var rows = Rows("<!-- enums-table:start -->", "<!-- enums-table:end -->", columns: 3);
        var enums = Abstractions.GetExportedTypes().Where(t => t.IsEnum).ToDictionary(t => "`" + t.Name + "`", StringComparer.Ordinal);

        var wrong = new List<string>();
        foreach (var (name, type) in enums.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            // In value order: the first is what an enum argument's default (0) means.
            string values = string.Join(", ", type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture))
                .Select(f => "`" + f.Name + "`"));
            var row = rows.FirstOrDefault(r => r[0] == name);
            if (row is null) wrong.Add("missing row, starting: | " + name + " | " + values + " |");
            else if (row[1] != values) wrong.Add(name + ": values should be " + values + " but are " + row[1]);
            else if (row[2].Length == 0) wrong.Add(name + ": the 'used by' column is empty");
        }
        foreach (var row in rows.Where(r => !enums.ContainsKey(r[0]))) wrong.Add("no such enum: " + row[0]);
        Assert.True(wrong.Count == 0, "README enum reference:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void TypeNames_AreWrittenAsInCSharp()
    {
        Assert.Equal("string[]", TypeName(typeof(string[])));
        Assert.Equal("long", TypeName(typeof(long)));
        Assert.Equal("PortProtocol", TypeName(typeof(PortProtocol)));
        Assert.Equal("`string name, string secretName, string key`", Constructors(typeof(EnvSecretKeyAttribute)));
        Assert.Equal("—", Constructors(typeof(ResourcesAttribute)));
    }

    /// <summary>Each constructor's parameters, <c>`type name, …`</c>; "—" for a parameterless one.</summary>
    private static string Constructors(Type type)
    {
        var ctors = type.GetConstructors().OrderBy(c => c.GetParameters().Length).ToArray();
        return string.Join(" or ", ctors.Select(c => c.GetParameters() is { Length: > 0 } p
            ? "`" + string.Join(", ", p.Select(x => TypeName(x.ParameterType) + " " + x.Name)) + "`"
            : "—"));
    }

    /// <summary>The public settable properties, base class first, in declaration order: <c>`Name` type, …</c>.</summary>
    private static string NamedArguments(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType != typeof(Attribute))
            .OrderBy(p => Depth(p.DeclaringType!)).ThenBy(p => p.MetadataToken)
            .Select(p => "`" + p.Name + "` " + TypeName(p.PropertyType))
            .ToArray();
        return properties.Length == 0 ? "—" : string.Join(", ", properties);
    }

    private static int Depth(Type t)
    {
        int depth = 0;
        for (var b = t.BaseType; b is not null; b = b.BaseType) depth++;
        return depth;
    }

    private static string Repeatable(Type type) => type.GetCustomAttribute<AttributeUsageAttribute>()!.AllowMultiple ? "yes" : "no";

    private static string TypeName(Type t) => t switch
    {
        _ when t == typeof(string) => "string",
        _ when t == typeof(int) => "int",
        _ when t == typeof(long) => "long",
        _ when t == typeof(bool) => "bool",
        _ when t == typeof(object) => "object",
        { IsArray: true } => TypeName(t.GetElementType()!) + "[]",
        _ => t.Name,
    };

    /// <summary>The table rows between the markers (header and separator excluded), each split into its cells.</summary>
    private static List<string[]> Rows(string start, string end, int columns)
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
        int a = readme.IndexOf(start, StringComparison.Ordinal), b = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, "markers " + start + " … " + end + " missing in README.md");
        var lines = readme.Substring(a + start.Length, b - a - start.Length).Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var rows = lines.Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.All(rows, r => Assert.True(r.Length == columns, "expected " + columns + " cells: " + string.Join(" | ", r)));
        Assert.NotEmpty(rows);
        return rows;
    }
}
