using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Analyzers.App
{
    /// <summary>
    /// What the build tells the analyzers about the app beyond its code: the appsettings*.json files (AdditionalFiles)
    /// and the SDK container publishing settings (build properties the package makes visible to the compiler).
    /// </summary>
    internal sealed class BuildSettings
    {
        private readonly Dictionary<string, Dictionary<string, string>?> _files = new(System.StringComparer.OrdinalIgnoreCase);

        public List<KeyValuePair<string, string>> ImageEnvironment { get; } = new();
        public List<int> ContainerPorts { get; } = new();
        public string? ContainerRepository { get; private set; }
        /// <summary>The image is built on Microsoft's ASP.NET Core images (the SDK's default), so their environment applies.</summary>
        public bool ImageIsDotNet { get; private set; } = true;

        public static BuildSettings Read(AnalyzerOptions options, CancellationToken ct)
        {
            var b = new BuildSettings();
            foreach (var file in options.AdditionalFiles)
            {
                string name = System.IO.Path.GetFileName(file.Path);
                if (!name.StartsWith("appsettings", System.StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase)) continue;
                var text = file.GetText(ct);
                // Two files of the same name (another project's copy): which one the app reads is not known.
                b._files[name] = text is null || b._files.ContainsKey(name) ? null : AppSettings.Parse(text.ToString());
            }
            var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (global.TryGetValue("build_property.ProbeGenContainerEnvironment", out var env))
            {
                foreach (var entry in env.Split(';'))
                {
                    int eq = entry.IndexOf('=');
                    if (eq > 0) b.ImageEnvironment.Add(new KeyValuePair<string, string>(entry.Substring(0, eq).Trim(), entry.Substring(eq + 1)));
                }
            }
            if (global.TryGetValue("build_property.ProbeGenContainerPorts", out var ports))
            {
                foreach (var entry in ports.Split(';'))
                {
                    string number = entry.Split('/')[0].Trim();
                    if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && !b.ContainerPorts.Contains(p)) b.ContainerPorts.Add(p);
                }
            }
            if (global.TryGetValue("build_property.ContainerRepository", out var repository) && repository.Trim().Length > 0) b.ContainerRepository = repository.Trim();
            if (global.TryGetValue("build_property.ContainerBaseImage", out var baseImage) && baseImage.Trim().Length > 0)
            {
                b.ImageIsDotNet = baseImage.IndexOf("mcr.microsoft.com/dotnet/", System.StringComparison.OrdinalIgnoreCase) >= 0;
            }
            return b;
        }

        /// <summary>appsettings.json with appsettings.{environment}.json over it; null when a file cannot be read or the environment is not known.</summary>
        public Dictionary<string, string>? SettingsFor(string? environment)
        {
            if (environment is null) return null;
            var merged = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var name in new[] { "appsettings.json", "appsettings." + environment + ".json" })
            {
                if (!_files.TryGetValue(name, out var values)) continue;
                if (values is null) return null;
                foreach (var kv in values) merged[kv.Key] = kv.Value;
            }
            return merged;
        }
    }
}
