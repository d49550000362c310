namespace ProbeGen.Cli.Tests;

/// <summary>Small manifests for the command tests.</summary>
internal static class Manifests
{
    /// <summary>Nothing to report, not even an info.</summary>
    public const string CleanDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 8080
                  name: http
                readinessProbe:
                  httpGet:
                    path: /ready
                    port: http
        """;

    /// <summary>A warning (PG3003, periodSeconds: 0 means the default), no error.</summary>
    public const string WarningDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                readinessProbe:
                  exec:
                    command: [cat, /tmp/ready]
                  periodSeconds: 0
        """;

    /// <summary>The Kubernetes docs' httpGet liveness example, with the timings indented one level too deep (under httpGet).</summary>
    public const string DocsHttpGetTimingsUnderHttpGet = """
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            test: liveness
          name: liveness-http
        spec:
          containers:
          - name: liveness
            image: registry.k8s.io/e2e-test-images/agnhost:2.40
            args:
            - liveness
            livenessProbe:
              httpGet:
                path: /healthz
                port: 8080
                httpHeaders:
                - name: Custom-Header
                  value: Awesome
                initialDelaySeconds: 3
                periodSeconds: 3
        """;

    public const string ConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          mode: fast
        """;

    /// <summary>Two workloads: a Job with an error (PG1316) and a Deployment with an unknown field (PG0102).</summary>
    public const string TwoDocuments = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
              - name: migrate
                image: busybox:1.36
                livenessProbe:
                  exec:
                    command: ["true"]
                  successThreshold: 2
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels:
              app: api
          template:
            metadata:
              labels:
                app: api
            spec:
              containers:
              - name: api
                image: ghcr.io/example/api:1.0
                readinessProbe:
                  tcpSocket:
                    port: 8080
                  timeoutSecond: 2
        """;

    /// <summary>The 1-based line of the first line containing <paramref name="text"/>.</summary>
    public static int LineOf(string yaml, string text, int occurrence = 1)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        for (int i = 0, seen = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal) && ++seen == occurrence) return i + 1;
        }
        throw new InvalidOperationException("'" + text + "' is not in the manifest");
    }
}
