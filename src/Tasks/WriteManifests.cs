using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ProbeGen.Tasks
{
    /// <summary>The build diagnostics of the task (PGB000, the SDK check, is in ProbeGen.targets). README: "Where the files go".</summary>
    internal static class BuildCodes
    {
        public const string AssemblyMissing = "PGB001";
        public const string CannotWrite = "PGB002";
        public const string UnreadableCatalogue = "PGB003";
        public const string NotProbeGensFile = "PGB004";
        public const string StaleFileEdited = "PGB005";
        public const string FolderChanged = "PGB006";
        public const string StateIgnored = "PGB007";
        public const string NameShortened = "PGB008";
        public const string CannotClean = "PGB009";
        public const string ManifestHeldBack = "PGB010";
    }

    /// <summary>MSBuild task: writes the manifests embedded in <see cref="Assembly"/> to <see cref="OutputDirectory"/>.</summary>
    public sealed class WriteManifests : Task
    {
        /// <summary>The built assembly (in obj/, or the copy in the output folder).</summary>
        [Required]
        public string Assembly { get; set; } = "";

        /// <summary>Where the YAML files go (<c>$(ProbeGenManifestsDir)</c>).</summary>
        [Required]
        public string OutputDirectory { get; set; } = "";

        /// <summary>The record of what this project wrote there (in obj/), so only its own files are ever replaced or removed.</summary>
        [Required]
        public string StateFile { get; set; } = "";

        /// <summary>The project's folder: the state names manifests folders relative to it (so a copied project owns only its own).</summary>
        public string ProjectDirectory { get; set; } = "";

        /// <summary>Every manifest file of this build, for publish.</summary>
        [Output]
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            try
            {
                if (!File.Exists(Assembly))
                {
                    Log.LogError(null, BuildCodes.AssemblyMissing, null, null, 0, 0, 0, 0, "ProbeGen: the built assembly '{0}' was not found, so no manifests were written.", Assembly);
                    return false;
                }
                var manifests = ManifestReader.Read(Assembly);
                var result = ManifestWriter.Sync(manifests, OutputDirectory, StateFile, ProjectDirectory);
                Report(result);
                ReportHeldBack(ManifestReader.ReadHeldBack(Assembly));
                Files = result.Current.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
                return !Log.HasLoggedErrors;
            }
            catch (Exception ex) when (ex is InvalidDataException or BadImageFormatException)
            {
                Log.LogError(null, BuildCodes.UnreadableCatalogue, null, null, 0, 0, 0, 0,
                    "ProbeGen: could not read the manifests from '{0}': {1} (rebuild the project; if it persists, the assembly was not built by this version of ProbeGen's generator)",
                    Assembly, ex.Message);
                return false;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.LogError(null, BuildCodes.CannotWrite, null, null, 0, 0, 0, 0,
                    "ProbeGen: could not write the manifests to '{0}': {1} (set ProbeGenManifestsDir to a writable folder, or ProbeGenEmitManifests=false)",
                    OutputDirectory, ex.Message);
                return false;
            }
        }

        /// <summary>
        /// The backstop for a workload that has no manifest: the build showed PG0017 when a suppression hid its error,
        /// unless PG0017 itself was turned off — then this warning says it, so a manifest is never missing in silence.
        /// </summary>
        private void ReportHeldBack(List<HeldBackWorkload> heldBack)
        {
            foreach (var h in heldBack)
            {
                string rules = h.Rules.Length == 0 ? "an attribute argument that does not compile" : string.Join(", ", h.Rules);
                if (h.Reported)
                {
                    Log.LogMessage(null, BuildCodes.ManifestHeldBack, null, null, 0, 0, 0, 0, MessageImportance.Normal,
                        "ProbeGen: '{0}' ({1}) has no manifest: {2} holds it back (reported as PG0017).", h.Type, h.Kind, rules);
                    continue;
                }
                Log.LogWarning(null, BuildCodes.ManifestHeldBack, null, null, 0, 0, 0, 0,
                    "ProbeGen: '{0}' ({1}) has no manifest: {2} holds it back, and that diagnostic was hidden (suppressed, with PG0017 turned off too). A suppressed error is still one the API server rejects: fix it{3}.",
                    h.Type, h.Kind, rules, h.Rules.Length == 0 ? "" : " (docs/rules/" + h.Rules[0] + ".md)");
            }
        }

        private void Report(SyncResult result)
        {
            if (result.StateIgnored)
                Log.LogWarning(null, BuildCodes.StateIgnored, null, StateFile, 0, 0, 0, 0,
                    "ProbeGen: the state file '{0}' was edited or damaged, so it was ignored: ProbeGen treats as its own only the files whose content is exactly what it writes now, and leaves every other file alone. Rebuilding rewrites the state.",
                    StateFile);
            if (result.PreviousFolder is not null)
                Log.LogMessage(null, BuildCodes.FolderChanged, null, null, 0, 0, 0, 0, MessageImportance.High,
                    "ProbeGen: the manifests folder is now '{0}'; the {1} file(s) ProbeGen wrote to '{2}' (relative to the project) were left there. To remove them: dotnet clean -p:ProbeGenManifestsDir={2}, or delete them.",
                    OutputDirectory, result.LeftInPreviousFolder, result.PreviousFolder);
            foreach (var s in result.Shortened)
                Log.LogMessage(null, BuildCodes.NameShortened, null, null, 0, 0, 0, 0, MessageImportance.High,
                    "ProbeGen: the manifest file name '{0}' is longer than the {1} bytes a file system allows; it is written as '{2}'.",
                    s.Key, ManifestWriter.MaxFileNameBytes, s.Value);
            foreach (var f in result.Written) Log.LogMessage(MessageImportance.High, "ProbeGen: wrote {0}", f);
            foreach (var f in result.Removed) Log.LogMessage(MessageImportance.Normal, "ProbeGen: removed stale {0}", f);
            foreach (var f in result.KeptForeign)
                Log.LogWarning(null, BuildCodes.StaleFileEdited, null, f, 0, 0, 0, 0,
                    "ProbeGen: '{0}' is no longer generated (its workload was removed or renamed), but it was edited since ProbeGen wrote it, so it was left in place. Delete it if you no longer need it.",
                    f);
            foreach (var c in result.Conflicts)
                Log.LogError(null, BuildCodes.NotProbeGensFile, null, c.Path, 0, 0, 0, 0,
                    "ProbeGen: '{0}' was not written by ProbeGen, or was edited since, so it was left as it is and the manifest '{1}' was not written. Move or delete that file to let ProbeGen write it, or set ProbeGenManifestsDir to a folder of ProbeGen's own.",
                    c.Path, c.ManifestName);
        }
    }

    /// <summary>MSBuild task for <c>dotnet clean</c>: removes the manifests this project wrote in the current folder.</summary>
    public sealed class CleanManifests : Task
    {
        [Required]
        public string OutputDirectory { get; set; } = "";

        [Required]
        public string StateFile { get; set; } = "";

        /// <summary>The project's folder (see <see cref="WriteManifests.ProjectDirectory"/>).</summary>
        public string ProjectDirectory { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                var kept = new List<string>();
                foreach (var f in ManifestWriter.Clean(OutputDirectory, StateFile, ProjectDirectory, kept)) Log.LogMessage(MessageImportance.Normal, "ProbeGen: removed {0}", f);
                foreach (var f in kept) Log.LogMessage(MessageImportance.Normal, "ProbeGen: left {0} in place: it was edited since ProbeGen wrote it", f);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.LogWarning(null, BuildCodes.CannotClean, null, null, 0, 0, 0, 0, "ProbeGen: could not remove manifests from '{0}': {1}", OutputDirectory, ex.Message);
                return true;
            }
        }
    }
}
