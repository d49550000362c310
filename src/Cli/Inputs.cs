using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ProbeGen.Cli
{
    /// <summary>One manifest file (or standard input) to read, with the names it is reported under.</summary>
    internal sealed class InputFile
    {
        public InputFile(string displayPath, string? fullPath, string configPath, string artifactUri)
        {
            DisplayPath = displayPath;
            FullPath = fullPath;
            ConfigPath = configPath;
            ArtifactUri = artifactUri;
        }

        /// <summary>As the user named it: the argument, or the argument joined with the path inside a folder.</summary>
        public string DisplayPath { get; }

        /// <summary>Null for standard input.</summary>
        public string? FullPath { get; }

        /// <summary>The path whose .editorconfig files apply (standard input: --stdin-name, or stdin.yaml in the current folder).</summary>
        public string ConfigPath { get; }

        /// <summary>For SARIF: relative to the working directory with '/' (as GitHub code scanning wants), else an absolute file URI.</summary>
        public string ArtifactUri { get; }

        public bool IsStandardInput => FullPath is null;
    }

    /// <summary>An input that could not be used: not found, not text, an empty folder.</summary>
    internal sealed record InputProblem(string DisplayPath, string ArtifactUri, string Message);

    internal static class Inputs
    {
        public const string StandardInput = "-";

        /// <summary>Arguments → files: folders are searched recursively for *.yaml and *.yml (hidden folders such as .git are not entered; symbolic links to folders are not followed).</summary>
        public static List<InputFile> Expand(IEnumerable<string> args, CliContext context, string? stdinName, List<InputProblem> problems)
        {
            var files = new List<InputFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool stdinTaken = false;
            foreach (string arg in args)
            {
                if (arg == StandardInput)
                {
                    if (stdinTaken) continue;
                    stdinTaken = true;
                    string config = context.Resolve(stdinName ?? "stdin.yaml");
                    string display = stdinName ?? "<stdin>";
                    files.Add(new InputFile(display, null, config, stdinName is null ? "stdin" : ArtifactUri(context, config)));
                    continue;
                }
                string full = context.Resolve(arg);
                if (File.Exists(full))
                {
                    if (!FileKind.IsRegularFile(full)) problems.Add(new InputProblem(arg, ArtifactUri(context, full), NotRegular));
                    else if (seen.Add(full)) files.Add(new InputFile(arg, full, full, ArtifactUri(context, full)));
                }
                else if (Directory.Exists(full))
                {
                    var found = new List<string>();
                    Search(full, found);
                    string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(full));
                    found.Sort(StringComparer.Ordinal);
                    int refused = found.RemoveAll(f => Refused(f, root, arg, full, context, problems));
                    if (found.Count == 0 && refused > 0) continue;
                    if (found.Count == 0)
                    {
                        problems.Add(new InputProblem(arg, ArtifactUri(context, full), "no *.yaml or *.yml file in this folder"));
                        continue;
                    }
                    string prefix = arg.TrimEnd('/', Path.DirectorySeparatorChar);
                    foreach (string f in found)
                    {
                        if (!seen.Add(f)) continue;
                        string relative = Path.GetRelativePath(full, f);
                        string display = prefix is "." or "" ? relative : Path.Combine(prefix, relative);
                        files.Add(new InputFile(display, f, f, ArtifactUri(context, f)));
                    }
                }
                else
                {
                    problems.Add(new InputProblem(arg, ArtifactUri(context, full), "file not found"));
                }
            }
            return files;
        }

        private const string NotRegular = "not a regular file (a FIFO, device or socket): lint reads regular files only";

        /// <summary>
        /// A file found in a folder is read only when it is a regular file inside that folder: a link to a file elsewhere
        /// (say ~/.ssh/id_rsa named app.yaml) is not followed; name the file itself to lint it.
        /// </summary>
        private static bool Refused(string file, string root, string arg, string argFull, CliContext context, List<InputProblem> problems)
        {
            string prefix = arg.TrimEnd('/', Path.DirectorySeparatorChar);
            string relative = Path.GetRelativePath(argFull, file);
            string display = prefix is "." or "" ? relative : Path.Combine(prefix, relative);
            string? problem = null;
            try
            {
                var target = new FileInfo(file).LinkTarget is null ? null : File.ResolveLinkTarget(file, returnFinalTarget: true);
                if (target is not null && !target.FullName.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    problem = "a symbolic link to a file outside " + arg + ": not followed (name the file itself to lint it)";
                }
                else if (!FileKind.IsRegularFile(file))
                {
                    problem = NotRegular;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = "cannot be read: " + ex.Message;
            }
            if (problem is null) return false;
            problems.Add(new InputProblem(display, ArtifactUri(context, file), problem));
            return true;
        }

        private static void Search(string folder, List<string> found)
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
            foreach (string f in Directory.EnumerateFiles(folder, "*", options))
            {
                if (f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) found.Add(f);
            }
            foreach (string d in Directory.EnumerateDirectories(folder, "*", options))
            {
                var info = new DirectoryInfo(d);
                if (info.Name.StartsWith(".", StringComparison.Ordinal) || info.LinkTarget is not null) continue;
                Search(d, found);
            }
        }

        /// <summary>The text of an input, strictly UTF-8 (a byte-order mark is allowed); null with a reason when it is not text.</summary>
        public static string? Read(InputFile file, CliContext context, out string? problem)
        {
            problem = null;
            if (file.FullPath is null) return ReadCapped(context.In, out problem);
            byte[] bytes;
            try
            {
                // Checked again here: the file may have been swapped since the folder was listed.
                if (!FileKind.IsRegularFile(file.FullPath))
                {
                    problem = NotRegular;
                    return null;
                }
                using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                if (stream.Length > MaxInputBytes)
                {
                    problem = TooLarge(stream.Length);
                    return null;
                }
                bytes = new byte[stream.Length];
                int read = 0;
                while (read < bytes.Length)
                {
                    int n = stream.Read(bytes, read, bytes.Length - read);
                    if (n == 0) break;
                    read += n;
                }
                if (read < bytes.Length) Array.Resize(ref bytes, read);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = "cannot be read: " + ex.Message;
                return null;
            }
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException)
            {
                problem = "not YAML: the file is not UTF-8 text";
                return null;
            }
        }

        /// <summary>The YAML front-end's limit (8 MiB of text), checked before anything is read into memory.</summary>
        public const int MaxInputBytes = ProbeGen.Yaml.ManifestYamlReader.MaxTextLength;

        private static string TooLarge(long size) =>
            "larger than the limit of " + MaxInputBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes (8 MiB)"
            + (size > 0 ? ": " + size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes" : "");

        /// <summary>Standard input up to the limit: a pipe from /dev/zero must not exhaust memory.</summary>
        private static string? ReadCapped(TextReader reader, out string? problem)
        {
            problem = null;
            var sb = new StringBuilder();
            var buffer = new char[81920];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                sb.Append(buffer, 0, n);
                if (sb.Length > MaxInputBytes)
                {
                    problem = TooLarge(0);
                    return null;
                }
            }
            return sb.ToString();
        }

        /// <summary>Whether two paths name one file: equal, or equal once symbolic links are followed.</summary>
        public static bool SameFile(string a, string b)
        {
            if (string.Equals(a, b, StringComparison.Ordinal)) return true;
            return string.Equals(FinalPath(a), FinalPath(b), StringComparison.Ordinal);
        }

        private static string FinalPath(string path)
        {
            try
            {
                return new FileInfo(path).LinkTarget is null ? path : File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return path;
            }
        }

        public static string ArtifactUri(CliContext context, string fullPath)
        {
            string relative = Path.GetRelativePath(context.BaseDirectory, fullPath);
            if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return new Uri(fullPath).AbsoluteUri;
            }
            return string.Join("/", relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
        }
    }
}
