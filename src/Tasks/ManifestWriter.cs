using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ProbeGen.Tasks
{
    /// <summary>The outcome of one sync, for logging and tests.</summary>
    internal sealed class SyncResult
    {
        public List<string> Written { get; } = new();
        public List<string> Unchanged { get; } = new();
        public List<string> Removed { get; } = new();
        public List<string> KeptForeign { get; } = new();
        public List<string> Current { get; } = new();
    }

    /// <summary>
    /// Brings a manifests folder in line with the assembly: writes changed files atomically (temp file, then rename),
    /// leaves equal files alone, and removes files it wrote before for workloads that are gone — only when their
    /// content is still what it wrote (the state file in obj/ records name and hash). Nothing else is touched.
    /// </summary>
    internal static class ManifestWriter
    {
        private static readonly UTF8Encoding Utf8NoBom = new(false);

        public static SyncResult Sync(IReadOnlyList<KeyValuePair<string, string>> manifests, string directory, string stateFile)
        {
            var result = new SyncResult();
            string dir = NormalizeDirectory(directory);
            // Refuse the whole set before writing anything: a file written but never recorded would be no one's to remove.
            foreach (var m in manifests)
            {
                if (!IsSafeFileName(m.Key)) throw new InvalidDataException("ProbeGen: refusing to write manifest file name '" + m.Key + "': it must be a plain file name ending in .yaml");
            }
            // The state names the folder it was written for: when ProbeGenManifestsDir changes, the old folder's files are stale.
            var (previousDir, previous) = ReadState(stateFile);
            var current = new SortedDictionary<string, string>(StringComparer.Ordinal);

            foreach (var m in manifests)
            {
                string name = m.Key;
                byte[] bytes = Utf8NoBom.GetBytes(m.Value);
                string path = Path.Combine(dir, name);
                current[name] = Hash(bytes);
                result.Current.Add(path);
                if (ContentEquals(path, bytes))
                {
                    result.Unchanged.Add(path);
                    continue;
                }
                Directory.CreateDirectory(dir);
                string temp = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
                try
                {
                    File.WriteAllBytes(temp, bytes);
                    File.Move(temp, path, overwrite: true);
                }
                finally
                {
                    if (File.Exists(temp)) File.Delete(temp);
                }
                result.Written.Add(path);
            }

            foreach (var old in previous)
            {
                if (!IsSafeFileName(old.Key)) continue;
                string path = Path.Combine(previousDir ?? dir, old.Key);
                if (current.ContainsKey(old.Key) && SamePath(path, Path.Combine(dir, old.Key))) continue;
                byte[]? existing = TryReadAllBytes(path);
                if (existing is null) continue;
                if (Hash(existing) == old.Value)
                {
                    File.Delete(path);
                    result.Removed.Add(path);
                }
                else
                {
                    result.KeptForeign.Add(path); // someone else wrote it since: not ours to delete
                }
            }

            WriteState(stateFile, dir, current);
            return result;
        }

        /// <summary>
        /// Removes every file the state records (for <c>dotnet clean</c>), if still ours, and the state file. The folder the
        /// state recorded wins over <paramref name="directory"/>: that is where the files were written.
        /// </summary>
        public static List<string> Clean(string directory, string stateFile)
        {
            var removed = new List<string>();
            var (recordedDir, previous) = ReadState(stateFile);
            string dir = recordedDir ?? NormalizeDirectory(directory);
            foreach (var old in previous)
            {
                if (!IsSafeFileName(old.Key)) continue;
                string path = Path.Combine(dir, old.Key);
                byte[]? existing = TryReadAllBytes(path);
                if (existing is not null && Hash(existing) == old.Value)
                {
                    File.Delete(path);
                    removed.Add(path);
                }
            }
            if (File.Exists(stateFile)) File.Delete(stateFile);
            return removed;
        }

        public static bool IsSafeFileName(string name) =>
            name.Length > 0 && name.Length <= 255 && name != "." && name != ".." && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            && name.IndexOf('/') < 0 && name.IndexOf('\\') < 0 && name.EndsWith(".yaml", StringComparison.Ordinal);

        /// <summary>Full path without a trailing separator, so <c>deploy</c> and <c>deploy/</c> are one folder.</summary>
        private static string NormalizeDirectory(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

        private static bool SamePath(string a, string b) =>
            string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        private static bool ContentEquals(string path, byte[] bytes)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length) return false;
            byte[]? existing = TryReadAllBytes(path);
            return existing is not null && existing.AsSpan().SequenceEqual(bytes);
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

        private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

        private const string DirectoryHeader = "# ProbeGen: manifests written to ";

        /// <summary>State: a header naming the folder, then one line per file, <c>&lt;sha256&gt; &lt;name&gt;</c>.</summary>
        private static (string? Directory, Dictionary<string, string> Files) ReadState(string stateFile)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            string? dir = null;
            if (!File.Exists(stateFile)) return (dir, map);
            foreach (var line in File.ReadAllLines(stateFile))
            {
                if (line.StartsWith(DirectoryHeader, StringComparison.Ordinal))
                {
                    string recorded = line.Substring(DirectoryHeader.Length);
                    if (recorded.Length > 0 && Path.IsPathRooted(recorded)) dir = NormalizeDirectory(recorded);
                    continue;
                }
                int space = line.IndexOf(' ');
                if (space <= 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                map[line.Substring(space + 1)] = line.Substring(0, space);
            }
            return (dir, map);
        }

        private static void WriteState(string stateFile, string dir, SortedDictionary<string, string> current)
        {
            var sb = new StringBuilder();
            sb.Append(DirectoryHeader).Append(dir).Append('\n');
            foreach (var kv in current) sb.Append(kv.Value).Append(' ').Append(kv.Key).Append('\n');
            string text = sb.ToString();
            if (File.Exists(stateFile) && File.ReadAllText(stateFile) == text) return;
            string? parent = Path.GetDirectoryName(Path.GetFullPath(stateFile));
            if (parent is not null) Directory.CreateDirectory(parent);
            File.WriteAllText(stateFile, text, Utf8NoBom);
        }
    }
}
