using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ProbeGen.Tasks
{
    /// <summary>MSBuild task: writes the manifests embedded in <see cref="Assembly"/> to <see cref="OutputDirectory"/>.</summary>
    public sealed class WriteManifests : Task
    {
        /// <summary>The built assembly (in obj/, or the copy in the output folder).</summary>
        [Required]
        public string Assembly { get; set; } = "";

        /// <summary>Where the YAML files go (<c>$(ProbeGenManifestsDir)</c>).</summary>
        [Required]
        public string OutputDirectory { get; set; } = "";

        /// <summary>The record of what this project wrote there (in obj/), so only its own stale files are removed.</summary>
        [Required]
        public string StateFile { get; set; } = "";

        /// <summary>Every manifest file of this build, for <c>FileWrites</c>.</summary>
        [Output]
        public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            try
            {
                if (!File.Exists(Assembly))
                {
                    Log.LogError(null, "PGB001", null, null, 0, 0, 0, 0, "ProbeGen: the built assembly '{0}' was not found, so no manifests were written.", Assembly);
                    return false;
                }
                var manifests = ManifestReader.Read(Assembly);
                var result = ManifestWriter.Sync(manifests, OutputDirectory, StateFile);
                foreach (var f in result.Written) Log.LogMessage(MessageImportance.High, "ProbeGen: wrote {0}", f);
                foreach (var f in result.Removed) Log.LogMessage(MessageImportance.Normal, "ProbeGen: removed stale {0}", f);
                foreach (var f in result.KeptForeign) Log.LogMessage(MessageImportance.Normal, "ProbeGen: left {0} in place: its content is no longer what ProbeGen wrote", f);
                Files = result.Current.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException)
            {
                Log.LogError(null, "PGB002", null, null, 0, 0, 0, 0,
                    "ProbeGen: could not write the manifests to '{0}': {1} (set ProbeGenManifestsDir to a writable folder, or ProbeGenEmitManifests=false)",
                    OutputDirectory, ex.Message);
                return false;
            }
        }
    }

    /// <summary>MSBuild task for <c>dotnet clean</c>: removes the manifests this project wrote.</summary>
    public sealed class CleanManifests : Task
    {
        [Required]
        public string OutputDirectory { get; set; } = "";

        [Required]
        public string StateFile { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                foreach (var f in ManifestWriter.Clean(OutputDirectory, StateFile)) Log.LogMessage(MessageImportance.Normal, "ProbeGen: removed {0}", f);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.LogWarning("ProbeGen: could not remove manifests from '{0}': {1}", OutputDirectory, ex.Message);
                return true;
            }
        }
    }
}
