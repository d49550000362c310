namespace ProbeGen.Yaml.Tests;

/// <summary>Small manifests for rule tests: a default Pod/Deployment/Job/CronJob with one container "app", with extra lines spliced in.</summary>
internal static class Manifests
{
    public static string Indent(string text, int n)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        string pad = new(' ', n);
        return string.Join("\n", text.Replace("\r", "").Trim('\n').Split('\n').Select(l => l.Length == 0 ? l : pad + l)) + "\n";
    }

    /// <param name="meta">lines under metadata (after name)</param>
    /// <param name="spec">lines under spec (before containers)</param>
    /// <param name="container">lines under the container (after name and image)</param>
    public static string Pod(string container = "", string spec = "", string meta = "", string name = "p") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n" + Indent(meta, 2)
        + "spec:\n" + Indent(spec, 2) + "  containers:\n  - name: app\n    image: nginx\n" + Indent(container, 4);

    public static string Deployment(string deploymentSpec = "", string podSpec = "", string container = "", string name = "web") =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\nspec:\n" + Indent(deploymentSpec, 2)
        + "  selector:\n    matchLabels:\n      app: " + name + "\n  template:\n    metadata:\n      labels:\n        app: " + name + "\n"
        + "    spec:\n" + Indent(podSpec, 6) + "      containers:\n      - name: app\n        image: nginx\n" + Indent(container, 8);

    public static string Job(string jobSpec = "", string podSpec = "restartPolicy: Never") =>
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: job\nspec:\n" + Indent(jobSpec, 2)
        + "  template:\n    spec:\n" + Indent(podSpec, 6) + "      containers:\n      - name: app\n        image: busybox\n";

    public static string CronJob(string cronSpec = "schedule: \"@daily\"", string jobSpec = "", string podSpec = "restartPolicy: OnFailure", string name = "cron") =>
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: " + name + "\nspec:\n" + Indent(cronSpec, 2)
        + "  jobTemplate:\n    spec:\n" + Indent(jobSpec, 6) + "      template:\n        spec:\n" + Indent(podSpec, 10)
        + "          containers:\n          - name: app\n            image: busybox\n";

    public static string StatefulSet(string setSpec = "", string podSpec = "", string name = "db") =>
        "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: " + name + "\nspec:\n" + Indent(setSpec, 2)
        + "  selector:\n    matchLabels:\n      app: " + name + "\n  template:\n    metadata:\n      labels:\n        app: " + name + "\n"
        + "    spec:\n" + Indent(podSpec, 6) + "      containers:\n      - name: app\n        image: nginx\n";

    public static string DaemonSet(string setSpec = "", string podSpec = "", string name = "agent") =>
        "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: " + name + "\nspec:\n" + Indent(setSpec, 2)
        + "  selector:\n    matchLabels:\n      app: " + name + "\n  template:\n    metadata:\n      labels:\n        app: " + name + "\n"
        + "    spec:\n" + Indent(podSpec, 6) + "      containers:\n      - name: app\n        image: busybox\n";
}
