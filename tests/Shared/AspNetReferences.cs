using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Tests;

/// <summary>
/// The ASP.NET Core reference assemblies the SDK ships (packs/Microsoft.AspNetCore.App.Ref/&lt;version&gt;/ref/&lt;tfm&gt;),
/// found from the running runtime's location, so tests compile real minimal APIs without a package download.
/// </summary>
internal static class AspNetReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(() =>
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <dotnet root>
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.AspNetCore.App.Ref");
        string version = Directory.GetDirectories(packs)
            .Select(d => Path.GetFileName(d)!)
            .Where(v => v.StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal))
            .OrderBy(v => Version.TryParse(v.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .Last();
        string dir = Directory.GetDirectories(Path.Combine(packs, version, "ref")).Single();
        return Directory.GetFiles(dir, "*.dll").OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> All => s_all.Value;
}
