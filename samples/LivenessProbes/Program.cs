using System;
using ProbeGen.Generated;

// Every manifest of this assembly, as the build also wrote them to bin/<Configuration>/net10.0/manifests/.
foreach (var manifest in Manifests.All)
{
    Console.WriteLine($"# {manifest.FileName}");
    Console.WriteLine(manifest.Yaml);
}

// The typed objects, for code that talks to the cluster with KubernetesClient.
var pod = LivenessProbes.LivenessExec.CreateManifest();
Console.WriteLine($"# typed: {pod.Kind} {pod.Metadata.Name}, liveness every {pod.Spec.Containers[0].LivenessProbe.PeriodSeconds}s");
