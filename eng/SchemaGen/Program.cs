using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ProbeGen.SchemaGen
{
    /// <summary><c>dotnet run --project eng/SchemaGen [-- --check]</c> from anywhere in the repository.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            bool check = args.Contains("--check");
            var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
            if (root is null) { Console.Error.WriteLine("SchemaGen: run it inside the repository (ProbeGen.sln not found above the current folder)"); return 2; }
            var (files, errors) = SchemaGenerator.Generate(File.ReadAllText(Path.Combine(root, SchemaGenerator.SpecPath)));
            foreach (var e in errors) Console.Error.WriteLine("SchemaGen: " + e);
            if (errors.Count > 0) return 1;
            int stale = 0;
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(root, path);
                var current = File.Exists(full) ? File.ReadAllText(full) : null;
                if (current == text) continue;
                stale++;
                if (check) { Console.Error.WriteLine("SchemaGen: " + path + " is not what the tool writes; run dotnet run --project eng/SchemaGen"); continue; }
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, new UTF8Encoding(false));
                Console.WriteLine("SchemaGen: wrote " + path);
            }
            if (!check) Console.WriteLine("SchemaGen: " + files.Count + " files, " + stale + " changed");
            return check && stale > 0 ? 1 : 0;
        }

        private static string? FindRoot(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ProbeGen.sln"))) return dir.FullName;
            return null;
        }
    }
}
