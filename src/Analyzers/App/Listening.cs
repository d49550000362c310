using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProbeGen.Core.Model;

namespace ProbeGen.Analyzers.App
{
    /// <summary>Where the app listens in the container, and why the analyzer thinks so (for the message).</summary>
    internal sealed class ListenResult
    {
        public ListenResult(List<ListenPort> ports, string source)
        {
            Ports = ports;
            Source = source;
        }

        public List<ListenPort> Ports { get; }
        public string Source { get; }

        public string Describe() => string.Join(", ", Ports.Select(p => p.Port.ToString(CultureInfo.InvariantCulture) + (p.Https ? " (https)" : "") + (p.LoopbackOnly ? " (localhost only)" : "")).Distinct());
    }

    /// <summary>The environment a container gives the app: the pod's [Env] over the image's environment.</summary>
    internal sealed class AppEnvironment
    {
        private readonly Dictionary<string, string?> _values = new(System.StringComparer.Ordinal);

        public AppEnvironment(ContainerSpec container, IEnumerable<KeyValuePair<string, string>> imageEnvironment)
        {
            foreach (var kv in imageEnvironment) _values[kv.Key] = kv.Value;
            // A value from a secret, a config map or a pod field cannot be known here (null).
            foreach (var e in container.Env) _values[e.Name] = e.ValueFrom is null ? e.Value ?? "" : null;
            foreach (var e in container.Env) FromPod.Add(e.Name);
        }

        public HashSet<string> FromPod { get; } = new(System.StringComparer.Ordinal);

        public bool Has(string name) => _values.ContainsKey(name);

        /// <summary>False when the variable is set from somewhere the analyzer cannot read.</summary>
        public bool TryGet(string name, out string? value) => _values.TryGetValue(name, out value);

        public IEnumerable<KeyValuePair<string, string?>> All => _values;

        /// <summary>ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT); Production when unset; null when not knowable.</summary>
        public string? EnvironmentName
        {
            get
            {
                foreach (var n in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
                {
                    if (_values.TryGetValue(n, out var v)) return v;
                }
                return "Production";
            }
        }
    }

    /// <summary>
    /// Kestrel's precedence, as the app resolves it at start-up: endpoints configured for Kestrel (Listen* in code,
    /// Kestrel:Endpoints in configuration) replace the URL settings; else the URLs (code over configuration and
    /// environment); else HTTP_PORTS / HTTPS_PORTS; else the container image's own setting (.NET 8+ images:
    /// ASPNETCORE_HTTP_PORTS=8080; earlier: ASPNETCORE_URLS=http://+:80). Where two sources compete and the order is not
    /// certain, both are taken: the rule only reports a port that no source listens on.
    /// </summary>
    internal static class Listening
    {
        private static readonly string[] UrlVariables = { "ASPNETCORE_URLS", "DOTNET_URLS", "URLS" };
        private static readonly string[] HttpPortVariables = { "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "HTTP_PORTS" };
        private static readonly string[] HttpsPortVariables = { "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTPS_PORTS", "HTTPS_PORTS" };

        /// <summary>Null when where the app listens cannot be known.</summary>
        public static ListenResult? Resolve(AppFacts facts, ContainerSpec container, AppEnvironment env, Dictionary<string, string>? settings, IReadOnlyList<int> imagePorts, bool imageIsDotNet)
        {
            if (facts.ConfigurationUnknown || facts.KestrelUnknown || settings is null) return null;
            foreach (var arg in container.Command.Concat(container.Args))
            {
                // --urls, --http_ports, --Kestrel:… on the command line override everything.
                if (arg.IndexOf("urls", System.StringComparison.OrdinalIgnoreCase) >= 0 || arg.IndexOf("_ports", System.StringComparison.OrdinalIgnoreCase) >= 0
                    || arg.IndexOf("kestrel", System.StringComparison.OrdinalIgnoreCase) >= 0) return null;
            }

            // Kestrel endpoints: code, configuration files and Kestrel__Endpoints__*__Url variables.
            var kestrel = new List<ListenPort>(facts.KestrelListens);
            var sources = new List<string>();
            if (facts.KestrelListens.Count > 0) sources.Add("Kestrel Listen* calls");
            var endpointUrls = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var kv in settings)
            {
                if (IsEndpointUrlKey(kv.Key, ':')) endpointUrls[kv.Key] = kv.Value;
            }
            foreach (var kv in env.All)
            {
                if (!IsEndpointUrlKey(kv.Key, '_')) continue;
                if (kv.Value is null) return null;
                endpointUrls[kv.Key.Replace("__", ":")] = kv.Value;
            }
            if (endpointUrls.Count > 0)
            {
                foreach (var url in endpointUrls.OrderBy(k => k.Key, System.StringComparer.OrdinalIgnoreCase).Select(k => k.Value))
                {
                    if (!AddUrls(url, kestrel)) return null;
                }
                sources.Add("Kestrel:Endpoints");
            }
            if (kestrel.Count > 0) return new ListenResult(kestrel, string.Join(" and ", sources));

            // URLs: set in code, they win; otherwise the environment and the configuration files.
            var ports = new List<ListenPort>();
            if (facts.CodeUrlsUnknown) return null;
            if (facts.CodeUrls.Count > 0)
            {
                foreach (var url in facts.CodeUrls) if (!AddUrls(url, ports)) return null;
                return new ListenResult(ports, "the URLs set in code (" + string.Join(";", facts.CodeUrls) + ")");
            }
            var found = new List<string>();
            if (!Collect(UrlVariables, "urls", env, settings, found, out bool unknown) || unknown) return null;
            if (found.Count > 0)
            {
                foreach (var url in found) if (!AddUrls(url, ports)) return null;
                return new ListenResult(ports, Described(UrlVariables, "Urls", env, settings));
            }
            var http = new List<string>();
            var https = new List<string>();
            if (!Collect(HttpPortVariables, "http_ports", env, settings, http, out bool u1) || u1) return null;
            if (!Collect(HttpsPortVariables, "https_ports", env, settings, https, out bool u2) || u2) return null;
            if (http.Count > 0 || https.Count > 0)
            {
                foreach (var list in http) if (!AddPorts(list, false, ports)) return null;
                foreach (var list in https) if (!AddPorts(list, true, ports)) return null;
                return new ListenResult(ports, http.Count > 0 ? Described(HttpPortVariables, "HTTP_PORTS", env, settings) : Described(HttpsPortVariables, "HTTPS_PORTS", env, settings));
            }

            // Nothing set: the container image's default, and the ports the image is declared to expose.
            if (!imageIsDotNet) return null;
            int port = facts.AspNetMajorVersion >= 8 ? 8080 : 80;
            ports.Add(new ListenPort(port, false, false));
            foreach (var p in imagePorts) if (p != port) ports.Add(new ListenPort(p, false, false));
            string source = facts.AspNetMajorVersion >= 8
                ? "the .NET 8+ container images set ASPNETCORE_HTTP_PORTS=8080, and nothing in the app or the pod changes it"
                : "the .NET container images before 8 set ASPNETCORE_URLS=http://+:80, and nothing in the app or the pod changes it";
            if (imagePorts.Count > 0) source += "; the image also declares <ContainerPort> " + string.Join(", ", imagePorts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
            return new ListenResult(ports, source);
        }

        private static bool IsEndpointUrlKey(string key, char separator)
        {
            string prefix = separator == ':' ? "Kestrel:Endpoints:" : "Kestrel__Endpoints__";
            string suffix = separator == ':' ? ":Url" : "__Url";
            return key.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase) && key.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase)
                && key.Length > prefix.Length + suffix.Length;
        }

        /// <summary>The values of a setting from the environment and the configuration files (both: their order is not certain).</summary>
        private static bool Collect(string[] variables, string key, AppEnvironment env, Dictionary<string, string> settings, List<string> into, out bool unknown)
        {
            unknown = false;
            foreach (var v in variables)
            {
                if (!env.TryGet(v, out var value)) continue;
                if (value is null) unknown = true;
                else if (value.Trim().Length > 0) into.Add(value);
            }
            if (settings.TryGetValue(key, out var fromFile) && fromFile.Trim().Length > 0) into.Add(fromFile);
            return true;
        }

        private static string Described(string[] variables, string key, AppEnvironment env, Dictionary<string, string> settings)
        {
            foreach (var v in variables)
            {
                if (env.TryGet(v, out var value) && value is not null) return v + "=" + value + (env.FromPod.Contains(v) ? " in [Env]" : " in the image's environment");
            }
            return "\"" + key + "\": \"" + (settings.TryGetValue(key, out var s) ? s : "") + "\" in appsettings";
        }

        /// <summary>http://+:5000;https://localhost:5001 → ports; false when a URL cannot be read.</summary>
        internal static bool AddUrls(string urls, List<ListenPort> into)
        {
            foreach (var raw in urls.Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                string url = raw.Trim();
                if (url.Length == 0) continue;
                int scheme = url.IndexOf("://", System.StringComparison.Ordinal);
                if (scheme < 0) return false;
                string s = url.Substring(0, scheme).ToLowerInvariant();
                if (s != "http" && s != "https") return false;
                string rest = url.Substring(scheme + 3);
                int slash = rest.IndexOf('/');
                if (slash >= 0) rest = rest.Substring(0, slash);
                string host = rest;
                int port = s == "https" ? 443 : 80;
                int colon = rest.LastIndexOf(':');
                if (colon >= 0 && rest.IndexOf(']', colon) < 0)
                {
                    host = rest.Substring(0, colon);
                    if (!int.TryParse(rest.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port)) return false;
                }
                if (port == 0) return false; // a dynamic port
                bool loopback = host.Equals("localhost", System.StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1" || host == "[::1]";
                into.Add(new ListenPort(port, s == "https", loopback));
            }
            return true;
        }

        private static bool AddPorts(string list, bool https, List<ListenPort> into)
        {
            foreach (var raw in list.Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int port)) return false;
                into.Add(new ListenPort(port, https, false));
            }
            return true;
        }
    }
}
