using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ProbeGen.Tasks
{
    /// <summary>A manifest file in the folder that ProbeGen did not write, or that was edited since: left as it is.</summary>
    internal sealed class Conflict
    {
        public Conflict(string path, string manifestName)
        {
            Path = path;
            ManifestName = manifestName;
        }

        /// <summary>The file on disk.</summary>
        public string Path { get; }

        /// <summary>The file name in the catalogue (before any shortening): which workload lacks its file.</summary>
        public string ManifestName { get; }
    }

    /// <summary>The outcome of one sync, for logging and tests.</summary>
    internal sealed class SyncResult
    {
        public List<string> Written { get; } = new();
        public List<string> Unchanged { get; } = new();
        public List<string> Removed { get; } = new();

        /// <summary>Stale files (their workload is gone) that were edited since ProbeGen wrote them: kept, forgotten.</summary>
        public List<string> KeptForeign { get; } = new();

        /// <summary>Files this build should have written but did not, because they are not ProbeGen's (see <see cref="Conflict"/>).</summary>
        public List<Conflict> Conflicts { get; } = new();

        /// <summary>Every file that now holds one of this build's manifests.</summary>
        public List<string> Current { get; } = new();

        /// <summary>Catalogue name → shorter name on disk, for names longer than a file system allows.</summary>
        public List<KeyValuePair<string, string>> Shortened { get; } = new();

        /// <summary>The folder the previous build wrote to, when it was another one and still holds files ProbeGen wrote there.</summary>
        public string? PreviousFolder { get; set; }

        /// <summary>How many of ProbeGen's files <see cref="PreviousFolder"/> still holds (they are left there).</summary>
        public int LeftInPreviousFolder { get; set; }

        /// <summary>The state file did not read back as ProbeGen writes it (edited or damaged): it was ignored.</summary>
        public bool StateIgnored { get; set; }
    }

    /// <summary>
    /// Brings a manifests folder in line with the assembly, under one rule: ProbeGen overwrites or deletes only a file it
    /// can prove it wrote, in the folder it is writing now. The proof is the state file in obj/: per folder (keyed
    /// relative to the project, compared and never followed as a path), the SHA-256 of each file as ProbeGen last wrote
    /// it. A file whose bytes are exactly what ProbeGen writes now is ProbeGen's too (a fresh clone of committed
    /// manifests). Anything else in the folder — hand-written, or edited since — is never overwritten or removed.
    /// </summary>
    internal static class ManifestWriter
    {
        /// <summary>The longest file name, in UTF-8 bytes, that every common file system takes (ext4, APFS, NTFS in UTF-16 units).</summary>
        public const int MaxFileNameBytes = 255;

        /// <summary>The state file of ProbeGen before ownership was keyed per folder; read once (same folder only), then removed.</summary>
        public const string LegacyStateFileName = "probegen.manifests.txt";

        private static readonly UTF8Encoding Utf8NoBom = new(false);

        private static bool CaseInsensitiveFileSystem =>
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX);

        private static StringComparer PathComparer => CaseInsensitiveFileSystem ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        public static SyncResult Sync(IReadOnlyList<KeyValuePair<string, string>> manifests, string directory, string stateFile, string? projectDirectory = null)
        {
            var result = new SyncResult();
            string dir = NormalizeDirectory(directory);
            string key = FolderKey(dir, projectDirectory);

            // Refuse the whole set before writing anything: a file written but never recorded would be no one's to remove.
            var files = new List<(string Name, string ManifestName, string Yaml)>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var m in manifests)
            {
                string name = FitFileName(m.Key);
                if (!IsSafeFileName(name)) throw new InvalidDataException("ProbeGen: refusing to write manifest file name '" + m.Key + "': it must be a plain file name ending in .yaml");
                if (!seen.Add(name)) throw new InvalidDataException("ProbeGen: refusing to write two manifests to one file name '" + name + "'");
                if (!string.Equals(name, m.Key, StringComparison.Ordinal)) result.Shortened.Add(new KeyValuePair<string, string>(m.Key, name));
                files.Add((name, m.Key, m.Value));
            }

            var state = ReadState(stateFile, dir, key);
            result.StateIgnored = state.Ignored;
            // Only the section of the folder written now is consulted: nothing recorded for another folder is ever acted on.
            var section = state.Sections.TryGetValue(key, out var recorded) ? new SortedDictionary<string, string>(recorded, StringComparer.Ordinal) : new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (state.Last is not null && !PathComparer.Equals(state.Last, key) && state.Sections.TryGetValue(state.Last, out var previous) && previous.Count > 0)
            {
                result.PreviousFolder = state.Last;
                result.LeftInPreviousFolder = previous.Count;
            }

            var wanted = new HashSet<string>(CaseInsensitiveFileSystem ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            var exact = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                foreach (var (name, manifestName, yaml) in files)
                {
                    wanted.Add(name);
                    exact.Add(name);
                    byte[] bytes = Utf8NoBom.GetBytes(yaml);
                    string hash = Hash(bytes);
                    string path = Path.Combine(dir, name);
                    byte[]? existing = TryReadAllBytes(path);
                    if (existing is not null && BytesEqual(existing, bytes))
                    {
                        section[name] = hash;
                        result.Unchanged.Add(path);
                        result.Current.Add(path);
                        continue;
                    }
                    if (existing is not null && !(TryGetRecordedHash(section, name, out var ours) && Hash(existing) == ours))
                    {
                        section.Remove(name); // not ours: never overwritten, and no longer recorded as ours
                        result.Conflicts.Add(new Conflict(path, manifestName));
                        continue;
                    }
                    Directory.CreateDirectory(dir);
                    WriteAtomically(dir, path, bytes);
                    section[name] = hash;
                    result.Written.Add(path);
                    result.Current.Add(path);
                }

                foreach (var old in new List<KeyValuePair<string, string>>(section))
                {
                    if (wanted.Contains(old.Key))
                    {
                        // on a case-insensitive file system an old spelling is the same file as the new one: forget the old entry only
                        if (!exact.Contains(old.Key)) section.Remove(old.Key);
                        continue;
                    }
                    section.Remove(old.Key);
                    if (!IsSafeFileName(old.Key)) continue;
                    string path = Path.Combine(dir, old.Key);
                    byte[]? existing = TryReadAllBytes(path);
                    if (existing is null) continue;
                    if (Hash(existing) == old.Value)
                    {
                        File.Delete(path);
                        result.Removed.Add(path);
                    }
                    else
                    {
                        result.KeptForeign.Add(path); // edited since: not ours to delete
                    }
                }
            }
            finally
            {
                // Also after a failure: what this run wrote is recorded, so the next build and `dotnet clean` know it.
                if (section.Count > 0) state.Sections[key] = section;
                else state.Sections.Remove(key);
                state.Last = key;
                WriteState(stateFile, state);
            }
            return result;
        }

        /// <summary>The hash recorded for <paramref name="name"/>; on a case-insensitive file system also under another spelling (the same file).</summary>
        private static bool TryGetRecordedHash(SortedDictionary<string, string> section, string name, out string hash)
        {
            if (section.TryGetValue(name, out hash!)) return true;
            if (CaseInsensitiveFileSystem)
            {
                foreach (var kv in section)
                {
                    if (string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        hash = kv.Value;
                        return true;
                    }
                }
            }
            hash = "";
            return false;
        }

        /// <summary>
        /// For <c>dotnet clean</c>: removes the files ProbeGen wrote in <paramref name="directory"/> that are still as it
        /// wrote them. Other folders the state knows are left alone (and stay recorded); the state goes when none is left.
        /// </summary>
        public static List<string> Clean(string directory, string stateFile, string? projectDirectory = null) =>
            Clean(directory, stateFile, projectDirectory, new List<string>());

        public static List<string> Clean(string directory, string stateFile, string? projectDirectory, List<string> keptEdited)
        {
            var removed = new List<string>();
            string dir = NormalizeDirectory(directory);
            string key = FolderKey(dir, projectDirectory);
            var state = ReadState(stateFile, dir, key);
            if (state.Sections.TryGetValue(key, out var section))
            {
                foreach (var old in section)
                {
                    if (!IsSafeFileName(old.Key)) continue;
                    string path = Path.Combine(dir, old.Key);
                    byte[]? existing = TryReadAllBytes(path);
                    if (existing is null) continue;
                    if (Hash(existing) == old.Value)
                    {
                        File.Delete(path);
                        removed.Add(path);
                    }
                    else
                    {
                        keptEdited.Add(path);
                    }
                }
                state.Sections.Remove(key);
            }
            if (state.Sections.Count == 0)
            {
                DeleteLegacyState(stateFile);
                if (File.Exists(stateFile)) File.Delete(stateFile);
            }
            else
            {
                WriteState(stateFile, state);
            }
            return removed;
        }

        public static bool IsSafeFileName(string name)
        {
            if (name.Length == 0 || name == "." || name == ".." || Utf8NoBom.GetByteCount(name) > MaxFileNameBytes) return false;
            if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.IndexOf('/') >= 0 || name.IndexOf('\\') >= 0) return false;
            foreach (char c in name)
            {
                if (c < ' ' || c == '\u007f') return false; // control characters: never in a file name ProbeGen writes (nor in the state's lines)
            }
            return name.EndsWith(".yaml", StringComparison.Ordinal);
        }

        /// <summary>
        /// The name as it goes on disk: unchanged when it fits <see cref="MaxFileNameBytes"/>; otherwise the start of it,
        /// <c>~</c> and 12 hex digits of the SHA-256 of the whole name, then the kind and <c>.yaml</c>
        /// (<c>&lt;start&gt;~1a2b3c4d5e6f.pod.yaml</c>): deterministic, unique, and still sorted and recognisable.
        /// </summary>
        public static string FitFileName(string name)
        {
            if (Utf8NoBom.GetByteCount(name) <= MaxFileNameBytes) return name;
            int yaml = name.LastIndexOf('.');
            int kind = yaml > 0 ? name.LastIndexOf('.', yaml - 1) : -1;
            int suffixStart = kind > 0 ? kind : yaml >= 0 ? yaml : name.Length;
            string suffix = name.Substring(suffixStart);
            string tag = "~" + Hash(Utf8NoBom.GetBytes(name)).Substring(0, 12).ToLowerInvariant();
            int budget = MaxFileNameBytes - Utf8NoBom.GetByteCount(suffix) - tag.Length;
            if (budget <= 0) return name; // a suffix alone over the limit: not a name ProbeGen makes; IsSafeFileName refuses it
            var stem = new StringBuilder();
            int bytes = 0;
            for (int i = 0; i < suffixStart; i++)
            {
                int length = char.IsHighSurrogate(name[i]) && i + 1 < suffixStart ? 2 : 1;
                int size = Utf8NoBom.GetByteCount(name.ToCharArray(i, length));
                if (bytes + size > budget) break;
                stem.Append(name, i, length);
                bytes += size;
                i += length - 1;
            }
            return stem + tag + suffix;
        }

        /// <summary>Full path without a trailing separator, so <c>deploy</c> and <c>deploy/</c> are one folder.</summary>
        private static string NormalizeDirectory(string directory)
        {
            string full = Path.GetFullPath(directory);
            string root = Path.GetPathRoot(full) ?? "";
            while (full.Length > root.Length && (full[full.Length - 1] == Path.DirectorySeparatorChar || full[full.Length - 1] == Path.AltDirectorySeparatorChar))
                full = full.Substring(0, full.Length - 1);
            return full;
        }

        /// <summary>
        /// The folder as the state names it: relative to the project (with <c>/</c>), so a moved or copied project keeps
        /// owning its own folder and never the original's; the full path when the project is not known or on another drive.
        /// </summary>
        internal static string FolderKey(string fullDirectory, string? projectDirectory)
        {
            if (string.IsNullOrEmpty(projectDirectory)) return fullDirectory.Replace('\\', '/');
            string project = NormalizeDirectory(projectDirectory!);
            string[] from = Split(project), to = Split(fullDirectory);
            if (from.Length == 0 || to.Length == 0 || !PathComparer.Equals(from[0], to[0])) return fullDirectory.Replace('\\', '/');
            int common = 0;
            while (common < from.Length && common < to.Length && PathComparer.Equals(from[common], to[common])) common++;
            var parts = new List<string>();
            for (int i = common; i < from.Length; i++) parts.Add("..");
            for (int i = common; i < to.Length; i++) parts.Add(to[i]);
            return parts.Count == 0 ? "." : string.Join("/", parts);
        }

        private static string[] Split(string fullPath)
        {
            string root = Path.GetPathRoot(fullPath) ?? "";
            var parts = new List<string> { root.Replace('\\', '/') };
            foreach (var part in fullPath.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries)) parts.Add(part);
            return parts.ToArray();
        }

        /// <summary>A short temp name in the same folder (a long manifest name plus a suffix could exceed the file system's limit), then a rename over the target.</summary>
        private static void WriteAtomically(string dir, string path, byte[] bytes)
        {
            string temp = Path.Combine(dir, ".probegen-" + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                File.WriteAllBytes(temp, bytes);
#if NETFRAMEWORK
                if (File.Exists(path)) File.Replace(temp, path, null);
                else File.Move(temp, path);
#else
                File.Move(temp, path, overwrite: true);
#endif
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }

        private static bool BytesEqual(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        /// <summary>
        /// The file's bytes, or null when it is not there. Checking first is not enough: the target frameworks of one
        /// project build in parallel and may share a ProbeGenManifestsDir, so another build can remove the file in between.
        /// </summary>
        private static byte[]? TryReadAllBytes(string path)
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
        }

        internal static string Hash(byte[] bytes)
        {
            using var sha = SHA256.Create();
            byte[] digest = sha.ComputeHash(bytes);
            var sb = new StringBuilder(digest.Length * 2);
            foreach (byte b in digest) sb.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        // ---- the state file ------------------------------------------------------------------------------------------

        private const string StateHeader = "# ProbeGen manifests state 2: per folder (relative to the project), the SHA-256 of each file as ProbeGen last wrote it. Do not edit.";
        private const string LastPrefix = "last ";
        private const string FolderPrefix = "folder ";
        private const string CheckPrefix = "check ";
        private const string LegacyHeader = "# ProbeGen: manifests written to ";

        private sealed class State
        {
            public Dictionary<string, SortedDictionary<string, string>> Sections { get; } = new(PathComparer);
            public string? Last { get; set; }
            public bool Ignored { get; set; }
        }

        /// <summary>
        /// <c>last &lt;folder&gt;</c>, then per folder <c>folder &lt;folder&gt;</c> and its <c>&lt;sha256&gt; &lt;name&gt;</c> lines,
        /// then <c>check &lt;sha256 of all lines above&gt;</c>. A state that does not check out was edited or damaged: it
        /// is ignored whole (ProbeGen then owns only files whose bytes are what it writes now).
        /// </summary>
        private static State ReadState(string stateFile, string currentDirectory, string currentKey)
        {
            var state = new State();
            string? text = TryReadText(stateFile);
            if (text is null)
            {
                ReadLegacyState(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(stateFile)) ?? "", LegacyStateFileName), currentDirectory, currentKey, state);
                return state;
            }
            int check = text.LastIndexOf("\n" + CheckPrefix, StringComparison.Ordinal);
            if (check < 0 || !text.StartsWith(StateHeader + "\n", StringComparison.Ordinal)
                || text.Substring(check + 1 + CheckPrefix.Length).TrimEnd('\n') != Hash(Utf8NoBom.GetBytes(text.Substring(0, check + 1))))
            {
                state.Ignored = true;
                return state;
            }
            SortedDictionary<string, string>? section = null;
            foreach (var line in text.Substring(0, check).Split('\n'))
            {
                if (line.StartsWith(LastPrefix, StringComparison.Ordinal)) state.Last = Unescape(line.Substring(LastPrefix.Length));
                else if (line.StartsWith(FolderPrefix, StringComparison.Ordinal))
                {
                    string folder = Unescape(line.Substring(FolderPrefix.Length));
                    if (!state.Sections.TryGetValue(folder, out section)) state.Sections[folder] = section = new SortedDictionary<string, string>(StringComparer.Ordinal);
                }
                else if (section is not null && !line.StartsWith("#", StringComparison.Ordinal))
                {
                    int space = line.IndexOf(' ');
                    if (space > 0) section[line.Substring(space + 1)] = line.Substring(0, space);
                }
            }
            return state;
        }

        /// <summary>The state of an older ProbeGen (one absolute folder): taken over only when it names the folder written now.</summary>
        private static void ReadLegacyState(string legacyFile, string currentDirectory, string currentKey, State state)
        {
            string? text = TryReadText(legacyFile);
            if (text is null) return;
            var lines = text.Split('\n');
            if (lines.Length == 0 || !lines[0].StartsWith(LegacyHeader, StringComparison.Ordinal)) return;
            string recorded = lines[0].Substring(LegacyHeader.Length);
            if (recorded.Length == 0 || !Path.IsPathRooted(recorded) || !PathComparer.Equals(NormalizeDirectory(recorded), currentDirectory)) return;
            var section = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                int space = line.IndexOf(' ');
                if (space <= 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                section[line.Substring(space + 1)] = line.Substring(0, space);
            }
            state.Sections[currentKey] = section;
            state.Last = currentKey;
        }

        private static void WriteState(string stateFile, State state)
        {
            DeleteLegacyState(stateFile);
            string? parent = Path.GetDirectoryName(Path.GetFullPath(stateFile));

            var sb = new StringBuilder();
            sb.Append(StateHeader).Append('\n');
            if (state.Last is not null) sb.Append(LastPrefix).Append(Escape(state.Last)).Append('\n');
            var folders = new List<string>(state.Sections.Keys);
            folders.Sort(StringComparer.Ordinal);
            foreach (var folder in folders)
            {
                sb.Append(FolderPrefix).Append(Escape(folder)).Append('\n');
                foreach (var kv in state.Sections[folder]) sb.Append(kv.Value).Append(' ').Append(kv.Key).Append('\n');
            }
            string checksum = Hash(Utf8NoBom.GetBytes(sb.ToString()));
            sb.Append(CheckPrefix).Append(checksum).Append('\n');
            string text = sb.ToString();
            if (TryReadText(stateFile) == text) return;
            if (parent is not null) Directory.CreateDirectory(parent);
            File.WriteAllText(stateFile, text, Utf8NoBom);
        }

        private static void DeleteLegacyState(string stateFile)
        {
            string legacy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(stateFile)) ?? "", LegacyStateFileName);
            if (File.Exists(legacy) && !PathComparer.Equals(Path.GetFullPath(legacy), Path.GetFullPath(stateFile))) File.Delete(legacy);
        }

        private static string? TryReadText(string path)
        {
            byte[]? bytes = TryReadAllBytes(path);
            return bytes is null ? null : Utf8NoBom.GetString(bytes);
        }

        /// <summary>A folder path on one line: <c>%</c> and control characters as <c>%XX</c>.</summary>
        private static string Escape(string value)
        {
            var sb = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (c == '%' || c < ' ' || c == '\u007f') sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.ToString();
        }

        private static string Unescape(string value)
        {
            var sb = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] == '%' && i + 2 < value.Length && int.TryParse(value.Substring(i + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code))
                {
                    sb.Append((char)code);
                    i += 2;
                }
                else
                {
                    sb.Append(value[i]);
                }
            }
            return sb.ToString();
        }
    }
}
