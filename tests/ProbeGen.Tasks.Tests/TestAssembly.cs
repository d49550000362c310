using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Tasks.Tests;

/// <summary>Compiles a small C# source to a real assembly on disk (.NET 10 reference assemblies, no generator).</summary>
internal static class TestAssembly
{
    /// <summary>
    /// C# in the shape the generator emits: a workload type per manifest with its <c>ManifestYaml</c> constant, and the
    /// catalogue's index constant naming them (written with the same ManifestIndex the generator uses).
    /// </summary>
    public static string Generated(params (string File, string Yaml)[] manifests)
    {
        var index = new System.Text.StringBuilder();
        var sb = new System.Text.StringBuilder("namespace Demo\n{\n");
        for (int i = 0; i < manifests.Length; i++)
        {
            sb.Append("    public partial class W").Append(i).Append(" { public const string ManifestYaml = ").Append(Literal(manifests[i].Yaml)).Append("; }\n");
            ProbeGen.Internal.ManifestIndex.AppendLine(index, new ProbeGen.Internal.ManifestIndexLine(manifests[i].File, "Demo.W" + i, "Pod", "w" + i, null));
        }
        sb.Append("}\n");
        sb.Append(Catalogue(index.ToString()));
        return sb.ToString();
    }

    /// <summary>The catalogue type with the given index constant.</summary>
    public static string Catalogue(string index) =>
        "namespace ProbeGen.Generated\n{\n    internal static class Manifests\n    {\n        internal const string Index = " + Literal(index) + ";\n    }\n}\n";

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Compile(string source, string path)
    {
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var pe = File.Create(path))
        {
            var result = compilation.Emit(pe);
            if (!result.Success) throw new InvalidOperationException("test assembly did not compile:\n" + string.Join("\n", result.Diagnostics));
        }
        return path;
    }
}
