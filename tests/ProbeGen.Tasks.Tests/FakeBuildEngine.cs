using System.Collections;
using Microsoft.Build.Framework;

namespace ProbeGen.Tasks.Tests;

/// <summary>The least an MSBuild task needs to run outside MSBuild: it records what the task logs.</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();
    public List<BuildWarningEventArgs> Warnings { get; } = new();
    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "Consumer.csproj";

    public string Log => string.Join("\n",
        Errors.Select(e => "error " + e.Code + ": " + e.Message)
            .Concat(Warnings.Select(w => "warning: " + w.Message))
            .Concat(Messages.Select(m => "message: " + m.Message)));

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);
    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);
    public void LogCustomEvent(CustomBuildEventArgs e) { }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();
}
