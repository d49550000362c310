using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Tasks.Tests;

/// <summary>Compiles a small C# source to a real assembly on disk (.NET 10 reference assemblies, no generator).</summary>
internal static class TestAssembly
{
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
