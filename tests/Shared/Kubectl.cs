using System.Diagnostics;

namespace ProbeGen.Tests;

/// <summary>
/// kubectl as an independent reader: `kubectl set image --local -f FILE '*=decode-sentinel' -o json` decodes a manifest
/// into the real Kubernetes Go types without a cluster. Images are replaced by the sentinel (compare them separately).
/// </summary>
internal static class Kubectl
{
    public static string Decode(string yaml)
    {
        string file = Path.Combine(Path.GetTempPath(), "probegen-kubectl-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, yaml);
        try
        {
            return DecodeFile(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string DecodeFile(string file)
    {
        var psi = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "set", "image", "--local", "-f", file, "*=decode-sentinel", "-o", "json" }) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("kubectl is required by this test (an independent decoder of the manifests) and was not found on PATH: " + ex.Message);
        }
        string stdout = p.StandardOutput.ReadToEnd();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("kubectl rejected the manifest: " + stderr + "\n---\n" + File.ReadAllText(file));
        if (stdout.Length == 0) throw new InvalidOperationException("kubectl printed nothing: every image already was the sentinel, so nothing was decoded");
        return stdout;
    }
}
