using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ProbeGen.Cli.Lint
{
    /// <summary>A warning about an .editorconfig line that was ignored.</summary>
    internal sealed record ConfigWarning(string File, int Line, string Message)
    {
        public override string ToString() => File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Message;
    }

    /// <summary>
    /// A small .editorconfig reader, enough for the analyzers' severity keys on YAML files. Supported: the files in the
    /// manifest's folder and every folder above it, up to one with <c>root = true</c> (a closer file wins; later sections
    /// of a file win); sections whose glob matches the file, with <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>,
    /// <c>[!abc]</c>, <c>{yaml,yml}</c> — so <c>[*]</c>, <c>[*.yaml]</c>, <c>[*.{yaml,yml}]</c>, <c>[k8s/**.yaml]</c>;
    /// a glob without '/' matches the file name in any folder below, one with '/' is relative to the .editorconfig's
    /// folder; comments with '#' or ';' (whole lines, or after a value, as Roslyn reads them). Not supported: numeric
    /// ranges <c>{1..3}</c> (matched literally).
    /// </summary>
    internal sealed class EditorConfigFile
    {
        private static readonly Regex SectionLine = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex PropertyLine = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

        private readonly List<Section> _sections = new();

        private EditorConfigFile(string path)
        {
            Path = path;
            Directory = System.IO.Path.GetDirectoryName(path)!;
        }

        public string Path { get; }

        public string Directory { get; }

        public bool IsRoot { get; private set; }

        public static EditorConfigFile Parse(string path, string text)
        {
            var file = new EditorConfigFile(path);
            Section? current = null;
            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd('\r');
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';') continue;
                var section = SectionLine.Match(line);
                if (section.Success)
                {
                    current = new Section(section.Groups[1].Value, Glob.ToRegex(section.Groups[1].Value));
                    file._sections.Add(current);
                    continue;
                }
                var property = PropertyLine.Match(line);
                if (!property.Success) continue;
                string key = property.Groups[1].Value.ToLowerInvariant();
                string value = property.Groups[2].Value;
                if (current is null)
                {
                    if (key == "root") file.IsRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                    continue;
                }
                current.Properties.Add((key, value, i + 1));
            }
            return file;
        }

        /// <summary>The properties of the sections that match the file, in file order (later ones override earlier ones).</summary>
        public IEnumerable<(string Key, string Value, int Line)> PropertiesFor(string fullPath)
        {
            string relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
            if (relative.StartsWith("../", StringComparison.Ordinal)) yield break;
            foreach (var s in _sections)
            {
                if (!s.Matcher.IsMatch(relative)) continue;
                foreach (var p in s.Properties) yield return p;
            }
        }

        private sealed class Section
        {
            public Section(string glob, Regex matcher)
            {
                Glob = glob;
                Matcher = matcher;
            }

            public string Glob { get; }

            public Regex Matcher { get; }

            public List<(string Key, string Value, int Line)> Properties { get; } = new();
        }
    }

    /// <summary>EditorConfig globs → regular expressions over a path relative to the .editorconfig's folder, with '/'.</summary>
    internal static class Glob
    {
        public static Regex ToRegex(string glob)
        {
            string pattern = glob;
            bool anywhere = pattern.IndexOf('/') < 0;
            if (pattern.StartsWith("/", StringComparison.Ordinal)) pattern = pattern.Substring(1);
            var sb = new StringBuilder("^");
            if (anywhere) sb.Append("(?:.*/)?");
            int i = 0;
            Convert(pattern, ref i, sb, inBraces: false);
            sb.Append('$');
            return new Regex(sb.ToString(), RegexOptions.CultureInvariant);
        }

        private static void Convert(string p, ref int i, StringBuilder sb, bool inBraces)
        {
            while (i < p.Length)
            {
                char c = p[i];
                if (inBraces && (c == ',' || c == '}')) return;
                i++;
                switch (c)
                {
                    case '\\' when i < p.Length:
                        sb.Append(Regex.Escape(p[i].ToString()));
                        i++;
                        break;
                    case '*':
                        if (i < p.Length && p[i] == '*')
                        {
                            i++;
                            // "**/" also matches no folder at all.
                            if (i < p.Length && p[i] == '/')
                            {
                                i++;
                                sb.Append("(?:.*/)?");
                            }
                            else
                            {
                                sb.Append(".*");
                            }
                        }
                        else
                        {
                            sb.Append("[^/]*");
                        }
                        break;
                    case '?':
                        sb.Append("[^/]");
                        break;
                    case '[':
                        int close = p.IndexOf(']', i);
                        if (close < 0)
                        {
                            sb.Append("\\[");
                            break;
                        }
                        string set = p.Substring(i, close - i);
                        i = close + 1;
                        bool negate = set.StartsWith("!", StringComparison.Ordinal);
                        if (negate) set = set.Substring(1);
                        sb.Append('[').Append(negate ? "^" : "").Append(set.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                        break;
                    case '{':
                        int save = sb.Length;
                        var alternatives = new List<string>();
                        int j = i;
                        bool closed = false;
                        while (j <= p.Length)
                        {
                            var alt = new StringBuilder();
                            Convert(p, ref j, alt, inBraces: true);
                            alternatives.Add(alt.ToString());
                            if (j >= p.Length) break;
                            if (p[j] == '}')
                            {
                                closed = true;
                                j++;
                                break;
                            }
                            j++; // ','
                        }
                        if (!closed)
                        {
                            sb.Length = save;
                            sb.Append("\\{");
                            break;
                        }
                        i = j;
                        sb.Append("(?:").Append(string.Join("|", alternatives)).Append(')');
                        break;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }
        }
    }

    /// <summary>Finds and caches the .editorconfig files that apply to a path.</summary>
    internal sealed class EditorConfigLookup
    {
        private readonly Dictionary<string, EditorConfigFile?> _byFolder = new(StringComparer.Ordinal);

        /// <summary>The merged properties for a file: keys lower-case, a closer file and a later section win.</summary>
        public Dictionary<string, (string Value, string File, int Line)> PropertiesFor(string fullPath)
        {
            var chain = new List<EditorConfigFile>();
            for (var dir = System.IO.Path.GetDirectoryName(fullPath); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
            {
                var file = Load(dir);
                if (file is null) continue;
                chain.Add(file);
                if (file.IsRoot) break;
            }
            var result = new Dictionary<string, (string, string, int)>(StringComparer.Ordinal);
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                foreach (var (key, value, line) in chain[i].PropertiesFor(fullPath)) result[key] = (value, chain[i].Path, line);
            }
            return result;
        }

        private EditorConfigFile? Load(string folder)
        {
            if (_byFolder.TryGetValue(folder, out var cached)) return cached;
            string path = System.IO.Path.Combine(folder, ".editorconfig");
            EditorConfigFile? file = null;
            try
            {
                if (File.Exists(path)) file = EditorConfigFile.Parse(path, File.ReadAllText(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                file = null; // unreadable: as if absent, like the compiler
            }
            _byFolder[folder] = file;
            return file;
        }
    }
}
