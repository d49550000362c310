using System.Globalization;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>
/// The security-context, scheduling, pod-spec, strategy and Job rules on workloads whose long tail is given as
/// settings directly (what [Set] and the YAML capture produce): per rule a near-miss valid workload with no finding of
/// the rule, and an invalid one with the exact path and message the API server reports.
/// </summary>
public class SchedulingSecurityRuleTests
{
    private const string Dns1123SubdomainError = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private const string Dns1123LabelError = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name' or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private const string NamePartError = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName' or 'my.name' or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private const string LabelValueError = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue' or 'my_value' or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    private const string Na = "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution";
    private const string Tsc = "spec.topologySpreadConstraints[0]";
    private const string Pfp = "spec.podFailurePolicy.rules[0]";

    public sealed record Case(string Rule, WorkloadKind Kind, string[] Valid, string[] Invalid, string Path, string Message)
    {
        public override string ToString() => Rule + " " + Path;
    }

    private static Case C(string rule, string[] valid, string[] invalid, string path, string message, WorkloadKind kind = WorkloadKind.Pod) => new(rule, kind, valid, invalid, path, message);

    private static string[] S(params string[] settings) => settings;

    public static readonly Case[] All =
    [
        C("PG1701", S("spec.containers[0].securityContext.runAsUser=4294967295"), S("spec.containers[0].securityContext.runAsUser=-1"),
            "spec.containers[0].securityContext.runAsUser", "spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 4294967295, inclusive"),
        C("PG1701", S("spec.securityContext.runAsUser=0"), S("spec.securityContext.runAsUser=4294967296"),
            "spec.securityContext.runAsUser", "spec.securityContext.runAsUser: Invalid value: 4294967296: must be between 0 and 4294967295, inclusive"),
        C("PG1702", S("spec.template.spec.initContainers[0].securityContext.runAsGroup=0"), S("spec.template.spec.initContainers[0].securityContext.runAsGroup=-2"),
            "spec.template.spec.initContainers[0].securityContext.runAsGroup", "spec.template.spec.initContainers[0].securityContext.runAsGroup: Invalid value: -2: must be between 0 and 4294967295, inclusive", WorkloadKind.Deployment),
        C("PG1703", S("spec.securityContext.fsGroup=2000"), S("spec.securityContext.fsGroup=-1"),
            "spec.securityContext.fsGroup", "spec.securityContext.fsGroup: Invalid value: -1: must be between 0 and 4294967295, inclusive"),
        C("PG1704", S("spec.securityContext.supplementalGroups[0]=1", "spec.securityContext.supplementalGroups[1]=4294967295"), S("spec.securityContext.supplementalGroups[0]=1", "spec.securityContext.supplementalGroups[1]=-5"),
            "spec.securityContext.supplementalGroups[1]", "spec.securityContext.supplementalGroups[1]: Invalid value: -5: must be between 0 and 4294967295, inclusive"),
        C("PG1705", S("spec.containers[0].securityContext.privileged=true", "spec.containers[0].securityContext.allowPrivilegeEscalation=true"),
            S("spec.containers[0].securityContext.privileged=true", "spec.containers[0].securityContext.allowPrivilegeEscalation=false"),
            "spec.containers[0].securityContext", "spec.containers[0].securityContext: Invalid value: <SecurityContext>: cannot set `allowPrivilegeEscalation` to false and `privileged` to true"),
        C("PG1706", S("spec.containers[0].securityContext.capabilities.add[0]=SYS_ADMIN", "spec.containers[0].securityContext.allowPrivilegeEscalation=false"),
            S("spec.containers[0].securityContext.capabilities.add[0]=NET_ADMIN", "spec.containers[0].securityContext.capabilities.add[1]=CAP_SYS_ADMIN", "spec.containers[0].securityContext.allowPrivilegeEscalation=false"),
            "spec.containers[0].securityContext", "spec.containers[0].securityContext: Invalid value: <SecurityContext>: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"),
        C("PG1708", S("spec.securityContext.seccompProfile.type=RuntimeDefault"), S("spec.securityContext.seccompProfile={}"),
            "spec.securityContext.seccompProfile.type", "spec.securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set"),
        C("PG1708", S("spec.containers[0].securityContext.seccompProfile.type=Unconfined"), S("spec.containers[0].securityContext.seccompProfile.type=Default"),
            "spec.containers[0].securityContext.seccompProfile.type", "spec.containers[0].securityContext.seccompProfile.type: Unsupported value: \"Default\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\""),
        C("PG1709", S("spec.securityContext.seccompProfile.type=Localhost", "spec.securityContext.seccompProfile.localhostProfile=profiles/audit.json"),
            S("spec.securityContext.seccompProfile.type=Localhost", "spec.securityContext.seccompProfile.localhostProfile=../audit.json"),
            "spec.securityContext.seccompProfile.localhostProfile", "spec.securityContext.seccompProfile.localhostProfile: Invalid value: \"../audit.json\": must not contain '..'"),
        C("PG1709", S("spec.securityContext.seccompProfile.type=RuntimeDefault"), S("spec.securityContext.seccompProfile.type=RuntimeDefault", "spec.securityContext.seccompProfile.localhostProfile=a.json"),
            "spec.securityContext.seccompProfile.localhostProfile", "spec.securityContext.seccompProfile.localhostProfile: Invalid value: <SeccompProfile>: can only be set when seccomp type is Localhost"),
        C("PG1710", S("spec.containers[0].securityContext.appArmorProfile.type=Unconfined"), S("spec.containers[0].securityContext.appArmorProfile.type=Enforce"),
            "spec.containers[0].securityContext.appArmorProfile.type", "spec.containers[0].securityContext.appArmorProfile.type: Unsupported value: \"Enforce\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\""),
        C("PG1711", S("spec.securityContext.appArmorProfile.type=Localhost", "spec.securityContext.appArmorProfile.localhostProfile=k8s-nginx"),
            S("spec.securityContext.appArmorProfile.type=Localhost", "spec.securityContext.appArmorProfile.localhostProfile=  "),
            "spec.securityContext.appArmorProfile.localhostProfile", "spec.securityContext.appArmorProfile.localhostProfile: Invalid value: \"  \": must not be padded with whitespace"),
        C("PG1711", S("spec.securityContext.appArmorProfile.type=Localhost", "spec.securityContext.appArmorProfile.localhostProfile=k8s-nginx"),
            S("spec.securityContext.appArmorProfile.type=Localhost", "spec.securityContext.appArmorProfile.localhostProfile=" + new string('p', 4096)),
            "spec.securityContext.appArmorProfile.localhostProfile", "spec.securityContext.appArmorProfile.localhostProfile: Too long: may not be more than 4095 bytes"),
        C("PG1713", S("spec.os.name=windows", "spec.containers[0].securityContext.windowsOptions.runAsUserName=ContainerUser"),
            S("spec.os.name=windows", "spec.securityContext.fsGroup=2000"),
            "spec.securityContext.fsGroup", "spec.securityContext.fsGroup: Forbidden: cannot be set for a windows pod"),
        C("PG1713", S("spec.os.name=windows", "spec.hostPID=false"), S("spec.os.name=windows", "spec.hostPID=true"),
            "spec.hostPID", "spec.hostPID: Forbidden: cannot be set for a windows pod"),
        C("PG1714", S("spec.os.name=windows", "spec.containers[0].securityContext.windowsOptions.runAsUserName=ContainerUser"),
            S("spec.os.name=linux", "spec.containers[0].securityContext.windowsOptions.runAsUserName=ContainerUser"),
            "spec.containers[0].securityContext.windowsOptions", "spec.containers[0].securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod"),
        C("PG1715", S("spec.template.spec.shareProcessNamespace=true", "spec.template.spec.hostPID=false"), S("spec.template.spec.shareProcessNamespace=true", "spec.template.spec.hostPID=true"),
            "spec.template.spec.securityContext.shareProcessNamespace", "spec.template.spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled", WorkloadKind.Deployment),
        C("PG1716", S("spec.securityContext.sysctls[0].name=kernel.shm_rmid_forced", "spec.securityContext.sysctls[0].value=1"),
            S("spec.securityContext.sysctls[0].name=kernel.shm_rmid_forced", "spec.securityContext.sysctls[1].name=kernel.shm_rmid_forced"),
            "spec.securityContext.sysctls[1].name", "spec.securityContext.sysctls[1].name: Duplicate value: \"kernel.shm_rmid_forced\""),
        C("PG1716", S("spec.hostIPC=true", "spec.securityContext.sysctls[0].name=net.core.somaxconn"), S("spec.hostIPC=true", "spec.securityContext.sysctls[0].name=kernel/shm_rmid_forced"),
            "spec.securityContext.sysctls[0].name", "spec.securityContext.sysctls[0].name: Invalid value: \"kernel/shm_rmid_forced\": may not be specified when 'hostIPC' is true"),
        C("PG1716", S("spec.securityContext.sysctls[0].name=net.ipv4.ip_local_port_range"), S("spec.securityContext.sysctls[0].value=1"),
            "spec.securityContext.sysctls[0].name", "spec.securityContext.sysctls[0].name: Required value"),
        C("PG1717", S("spec.securityContext.fsGroupChangePolicy=OnRootMismatch"), S("spec.securityContext.fsGroupChangePolicy=Sometimes"),
            "spec.securityContext.fsGroupChangePolicy", "spec.securityContext.fsGroupChangePolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnRootMismatch\""),
        C("PG1719", S("spec.securityContext.windowsOptions.runAsUserName=NT AUTHORITY\\NETWORK SERVICE"), S("spec.securityContext.windowsOptions.runAsUserName=a\\b\\c"),
            "spec.securityContext.windowsOptions.runAsUserName", "spec.securityContext.windowsOptions.runAsUserName: Invalid value: \"a\\\\b\\\\c\": runAsUserName cannot contain more than one backslash"),
        C("PG1719", S("spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName=webapp1"), S("spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName=WebApp1"),
            "spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName", "spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value: \"WebApp1\": " + Dns1123SubdomainError),
        C("PG1719", S("spec.securityContext.windowsOptions.runAsUserName=CONTOSO\\svc-web"), S("spec.securityContext.windowsOptions.runAsUserName=CON*TOSO\\svc-web"),
            "spec.securityContext.windowsOptions.runAsUserName", "spec.securityContext.windowsOptions.runAsUserName: Invalid value: \"CON*TOSO\\\\svc-web\": runAsUserName's Domain doesn't match the NetBios nor the DNS format"),
        C("PG1719", S("spec.securityContext.windowsOptions.runAsUserName=corp.example.com\\web"), S("spec.securityContext.windowsOptions.runAsUserName=corp\\"),
            "spec.securityContext.windowsOptions.runAsUserName", "spec.securityContext.windowsOptions.runAsUserName: Invalid value: \"corp\\\\\": runAsUserName's User cannot be empty"),
        C("PG1719", S("spec.containers[0].securityContext.windowsOptions.runAsUserName=ContainerUser"), S("spec.containers[0].securityContext.windowsOptions.runAsUserName=..."),
            "spec.containers[0].securityContext.windowsOptions.runAsUserName", "spec.containers[0].securityContext.windowsOptions.runAsUserName: Invalid value: \"...\": runAsUserName's User cannot contain only periods or spaces"),
        C("PG1719", S("spec.containers[0].securityContext.windowsOptions.runAsUserName=web_user"), S("spec.containers[0].securityContext.windowsOptions.runAsUserName=web@corp"),
            "spec.containers[0].securityContext.windowsOptions.runAsUserName", "spec.containers[0].securityContext.windowsOptions.runAsUserName: Invalid value: \"web@corp\": runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]"),
        C("PG1719", S("spec.hostNetwork=true", "spec.securityContext.windowsOptions.hostProcess=true"), S("spec.securityContext.windowsOptions.hostProcess=true"),
            "spec.hostNetwork", "spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers"),
        C("PG1719", S("spec.hostNetwork=true", "spec.securityContext.windowsOptions.hostProcess=true", "spec.containers[0].securityContext.windowsOptions.hostProcess=true"),
            S("spec.hostNetwork=true", "spec.securityContext.windowsOptions.hostProcess=true", "spec.containers[0].securityContext.windowsOptions.hostProcess=false"),
            "spec.containers[0].securityContext.windowsOptions.hostProcess", "spec.containers[0].securityContext.windowsOptions.hostProcess: Invalid value: false: pod hostProcess value must be identical if both are specified, was true"),
        C("PG1719", S("spec.template.spec.hostNetwork=true", "spec.template.spec.containers[0].securityContext.windowsOptions.hostProcess=true", "spec.template.spec.containers[1].name=sidecar", "spec.template.spec.containers[1].securityContext.windowsOptions.hostProcess=true"),
            S("spec.template.spec.hostNetwork=true", "spec.template.spec.containers[0].securityContext.windowsOptions.hostProcess=true", "spec.template.spec.containers[1].name=sidecar"),
            "spec.template.spec", "spec.template.spec: Invalid value: \"\": If pod contains any hostProcess containers then all containers must be HostProcess containers", WorkloadKind.Deployment),
        C("PG1712", S("spec.containers[0].securityContext.procMount=Default"), S("spec.containers[0].securityContext.procMount=Masked"),
            "spec.containers[0].securityContext.procMount", "spec.containers[0].securityContext.procMount: Unsupported value: \"Masked\": supported values: \"Default\", \"Unmasked\""),
        C("PG1712", S("spec.hostUsers=false", "spec.containers[0].securityContext.procMount=Unmasked"), S("spec.containers[0].securityContext.procMount=Unmasked"),
            "spec.containers[0].securityContext.procMount", "spec.containers[0].securityContext.procMount: Invalid value: \"Unmasked\": `hostUsers` must be false to use `Unmasked`"),
        C("PG1712", S("spec.template.spec.hostUsers=false", "spec.template.spec.initContainers[0].securityContext.procMount=Unmasked"), S("spec.template.spec.hostUsers=true", "spec.template.spec.initContainers[0].securityContext.procMount=Unmasked"),
            "spec.template.spec.initContainers[0].securityContext.procMount", "spec.template.spec.initContainers[0].securityContext.procMount: Invalid value: \"Unmasked\": `hostUsers` must be false to use `Unmasked`", WorkloadKind.DaemonSet),
        C("PG1718", S("spec.hostUsers=true", "spec.hostNetwork=true"), S("spec.hostUsers=false", "spec.hostNetwork=true"),
            "spec.hostNetwork", "spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false"),
        C("PG1718", S("spec.hostUsers=false", "spec.hostPID=false"), S("spec.hostUsers=false", "spec.hostPID=true"),
            "spec.HostPID", "spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false"),
        C("PG1718", S("spec.template.spec.hostIPC=true"), S("spec.template.spec.hostUsers=false", "spec.template.spec.hostIPC=true"),
            "spec.template.spec.HostIPC", "spec.template.spec.HostIPC: Forbidden: when `pod.Spec.HostUsers` is false", WorkloadKind.Deployment),

        C("PG1408", S("spec.dnsPolicy=ClusterFirstWithHostNet"), S("spec.dnsPolicy=clusterfirst"),
            "spec.dnsPolicy", "spec.dnsPolicy: Unsupported value: \"clusterfirst\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\""),
        C("PG1409", S("spec.dnsPolicy=None", "spec.dnsConfig.nameservers[0]=1.1.1.1"), S("spec.dnsPolicy=None"),
            "spec.dnsConfig", "spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"),
        C("PG1440", S("spec.dnsConfig.nameservers[0]=2001:db8::1"), S("spec.dnsConfig.nameservers[0]=dns.example.com"),
            "spec.dnsConfig.nameservers[0]", "spec.dnsConfig.nameservers[0]: Invalid value: \"dns.example.com\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
        C("PG1440", S("spec.dnsPolicy=None", "spec.dnsConfig.nameservers[0]=010.0.0.1"), S("spec.dnsPolicy=None", "spec.dnsConfig.searches[0]=example.com"),
            "spec.dnsConfig.nameservers", "spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None"),
        C("PG1441", S("spec.dnsConfig.searches[0]=corp.example."), S("spec.dnsConfig.searches[0]=ok.example", "spec.dnsConfig.searches[1]=bad_name.example."),
            "spec.dnsConfig.searches[1]", "spec.dnsConfig.searches[1]: Invalid value: \"bad_name.example\": " + Dns1123SubdomainError),
        C("PG1442", S("spec.dnsConfig.options[0].name=ndots", "spec.dnsConfig.options[0].value=2"), S("spec.dnsConfig.options[0].value=2"),
            "spec.dnsConfig.options[0]", "spec.dnsConfig.options[0]: Required value: must not be empty"),
        C("PG1443", S("spec.jobTemplate.spec.template.spec.priorityClassName=batch-low"), S("spec.jobTemplate.spec.template.spec.priorityClassName=Batch"),
            "spec.jobTemplate.spec.template.spec.priorityClassName", "spec.jobTemplate.spec.template.spec.priorityClassName: Invalid value: \"Batch\": " + Dns1123SubdomainError, WorkloadKind.CronJob),
        C("PG1444", S("spec.os.name=windows"), S("spec.os.name=Linux"),
            "spec.os", "spec.os: Unsupported value: \"Linux\": supported values: \"linux\", \"windows\""),
        C("PG1444", S("spec.os.name=linux"), S("spec.os={}"),
            "spec.os.name", "spec.os.name: Required value: cannot be empty"),

        C("PG1404", S("spec.activeDeadlineSeconds=1"), S("spec.activeDeadlineSeconds=0"),
            "spec.activeDeadlineSeconds", "spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"),
        C("PG1404", S("spec.jobTemplate.spec.template.spec.activeDeadlineSeconds=2147483647"), S("spec.jobTemplate.spec.template.spec.activeDeadlineSeconds=2147483648"),
            "spec.jobTemplate.spec.template.spec.activeDeadlineSeconds", "spec.jobTemplate.spec.template.spec.activeDeadlineSeconds: Invalid value: 2147483648: must be between 1 and 2147483647, inclusive", WorkloadKind.CronJob),
        C("PG1415", S("spec.template.spec.terminationGracePeriodSeconds=30"), S("spec.template.spec.activeDeadlineSeconds=600"),
            "spec.template.spec.activeDeadlineSeconds", "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported", WorkloadKind.Deployment),
        C("PG1418", S("spec.strategy.type=Recreate"), S("spec.strategy.type=BlueGreen"),
            "spec.strategy", "spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:\"BlueGreen\", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: \"Recreate\", \"RollingUpdate\"", WorkloadKind.Deployment),
        C("PG1419", S("spec.strategy.type=RollingUpdate", "spec.strategy.rollingUpdate.maxSurge=1"), S("spec.strategy.type=Recreate", "spec.strategy.rollingUpdate.maxSurge=1"),
            "spec.strategy.rollingUpdate", "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'", WorkloadKind.Deployment),
        C("PG1450", S("spec.strategy.rollingUpdate.maxSurge=0%"), S("spec.strategy.rollingUpdate.maxSurge=10 %"),
            "spec.strategy.rollingUpdate.maxSurge", "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"10 %\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%')", WorkloadKind.Deployment),
        C("PG1450", S("spec.strategy.rollingUpdate.maxUnavailable=0"), S("spec.strategy.rollingUpdate.maxUnavailable=-1"),
            "spec.strategy.rollingUpdate.maxUnavailable", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0", WorkloadKind.Deployment),
        // A missing maxUnavailable is 25% (SetDefaults_Deployment), so maxSurge 0 alone is valid.
        C("PG1451", S("spec.strategy.rollingUpdate.maxSurge=0"), S("spec.strategy.rollingUpdate.maxSurge=0%", "spec.strategy.rollingUpdate.maxUnavailable=0"),
            "spec.strategy.rollingUpdate.maxUnavailable", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0 when `maxSurge` is 0", WorkloadKind.Deployment),
        C("PG1452", S("spec.strategy.rollingUpdate.maxUnavailable=100%", "spec.strategy.rollingUpdate.maxSurge=300%"), S("spec.strategy.rollingUpdate.maxUnavailable=101%"),
            "spec.strategy.rollingUpdate.maxUnavailable", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"101%\"}: must not be greater than 100%", WorkloadKind.Deployment),

        C("PG1429", S("spec.completionMode=Indexed"), S("spec.completionMode=indexed"),
            "spec.completionMode", "spec.completionMode: Unsupported value: \"indexed\": supported values: \"NonIndexed\", \"Indexed\"", WorkloadKind.Job),
        C("PG1424", S("spec.completionMode=NonIndexed"), S("spec.jobTemplate.spec.completionMode=Indexed"),
            "spec.jobTemplate.spec.completions", "spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed", WorkloadKind.CronJob),
        C("PG1425", S("spec.completionMode=Indexed", "spec.backoffLimitPerIndex=1", "spec.maxFailedIndexes=1"), S("spec.completionMode=NonIndexed", "spec.backoffLimitPerIndex=1", "spec.maxFailedIndexes=3"),
            "spec.maxFailedIndexes", "spec.maxFailedIndexes: Invalid value: 3: requires indexed completion mode", WorkloadKind.Job),
        C("PG1480", S("spec.completionMode=Indexed", "spec.backoffLimitPerIndex=0", "spec.maxFailedIndexes=1"), S("spec.completionMode=Indexed", "spec.maxFailedIndexes=1"),
            "spec.backoffLimitPerIndex", "spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified", WorkloadKind.Job),
        C("PG1481", S("spec.completionMode=Indexed", "spec.backoffLimitPerIndex=1", "spec.maxFailedIndexes=5"), S("spec.completionMode=Indexed", "spec.backoffLimitPerIndex=1", "spec.maxFailedIndexes=6"),
            "spec.maxFailedIndexes", "spec.maxFailedIndexes: Invalid value: 6: must be less than or equal to completions", WorkloadKind.Job),
        C("PG1482", S("spec.completionMode=NonIndexed"), S("spec.completionMode=Indexed"),
            "spec.parallelism", "spec.parallelism: Invalid value: 200000: must be less than or equal to 100000 when completion mode is Indexed", WorkloadKind.Job),
        C("PG1422", S("spec.podFailurePolicy.rules[0].action=Ignore"), S("spec.podFailurePolicy.rules[0].action=Ignore"),
            "spec.template.spec.restartPolicy", "spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified", WorkloadKind.Job),
        C("PG1483", S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=42"), S(Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=42"),
            Pfp + ".action", Pfp + ".action: Required value: valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]", WorkloadKind.Job),
        C("PG1484", S("spec.completionMode=Indexed", "spec.backoffLimitPerIndex=1", Pfp + ".action=FailIndex", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=42"),
            S("spec.completionMode=Indexed", Pfp + ".action=FailIndex", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=42"),
            Pfp + ".action", Pfp + ".action: Invalid value: \"FailIndex\": requires the backoffLimitPerIndex to be set", WorkloadKind.Job),
        C("PG1485", S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=NotIn", Pfp + ".onExitCodes.values[0]=0"), S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=3", Pfp + ".onExitCodes.values[1]=3"),
            Pfp + ".onExitCodes.values[1]", Pfp + ".onExitCodes.values[1]: Duplicate value: 3", WorkloadKind.Job),
        C("PG1485", S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=1"), S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=Equals", Pfp + ".onExitCodes.values[0]=1"),
            Pfp + ".onExitCodes.operator", Pfp + ".onExitCodes.operator: Unsupported value: \"Equals\": supported values: \"In\", \"NotIn\"", WorkloadKind.Job),
        C("PG1485", S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=1"), S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values=[]"),
            Pfp + ".onExitCodes.values", Pfp + ".onExitCodes.values: Invalid value: []int32{}: at least one value is required", WorkloadKind.Job),
        C("PG1486", S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.containerName=main", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=1"),
            S(Pfp + ".action=FailJob", Pfp + ".onExitCodes.containerName=worker", Pfp + ".onExitCodes.operator=In", Pfp + ".onExitCodes.values[0]=1"),
            Pfp + ".onExitCodes.containerName", Pfp + ".onExitCodes.containerName: Invalid value: \"worker\": must be one of the container or initContainer names in the pod template", WorkloadKind.Job),
        C("PG1487", S(Pfp + ".action=Ignore", Pfp + ".onPodConditions[0].type=DisruptionTarget"), S(Pfp + ".action=Ignore"),
            Pfp, Pfp + ": Invalid value: specifying one of OnExitCodes and OnPodConditions is required", WorkloadKind.Job),
        C("PG1488", S(Pfp + ".action=Ignore", Pfp + ".onPodConditions[0].type=DisruptionTarget"), S(Pfp + ".action=Ignore", Pfp + ".onPodConditions[0].type=Disruption Target"),
            Pfp + ".onPodConditions[0].type", Pfp + ".onPodConditions[0].type: Invalid value: \"Disruption Target\": " + NamePartError, WorkloadKind.Job),
        C("PG1489", S("spec.podReplacementPolicy=TerminatingOrFailed"), S("spec.podReplacementPolicy=Terminating"),
            "spec.podReplacementPolicy", "spec.podReplacementPolicy: Unsupported value: \"Terminating\": supported values: \"Failed\", \"TerminatingOrFailed\"", WorkloadKind.Job),

        C("PG1801", S("spec.tolerations[0].key=example.com/gpu", "spec.tolerations[0].operator=Exists"), S("spec.tolerations[0].key=-gpu", "spec.tolerations[0].operator=Exists"),
            "spec.tolerations[0].key", "spec.tolerations[0].key: Invalid value: \"-gpu\": " + NamePartError),
        C("PG1802", S("spec.tolerations[0].operator=Exists"), S("spec.tolerations[0].effect=NoSchedule"),
            "spec.tolerations[0].operator", "spec.tolerations[0].operator: Invalid value: \"\": operator must be Exists when `key` is empty, which means \"match all values and all keys\""),
        C("PG1803", S("spec.tolerations[0].operator=Exists", "spec.tolerations[0].effect=NoExecute", "spec.tolerations[0].tolerationSeconds=60"),
            S("spec.tolerations[0].operator=Exists", "spec.tolerations[0].tolerationSeconds=60"),
            "spec.tolerations[0].effect", "spec.tolerations[0].effect: Invalid value: \"\": effect must be 'NoExecute' when `tolerationSeconds` is set"),
        C("PG1804", S("spec.tolerations[0].key=gpu", "spec.tolerations[0].value=nvidia-a100"), S("spec.tolerations[0].key=gpu", "spec.tolerations[0].value=nvidia a100"),
            "spec.tolerations[0].operator", "spec.tolerations[0].operator: Invalid value: \"nvidia a100\": " + LabelValueError),
        C("PG1805", S("spec.tolerations[0].key=gpu", "spec.tolerations[0].operator=Exists"), S("spec.tolerations[0].key=gpu", "spec.tolerations[0].operator=Exists", "spec.tolerations[0].value=true"),
            "spec.tolerations[0].operator", "spec.tolerations[0].operator: Invalid value: \"true\": value must be empty when `operator` is 'Exists'"),
        C("PG1806", S("spec.tolerations[0].key=gpu", "spec.tolerations[0].operator=Equal"), S("spec.tolerations[0].key=gpu", "spec.tolerations[0].operator=equal"),
            "spec.tolerations[0].operator", "spec.tolerations[0].operator: Unsupported value: \"equal\": supported values: \"Equal\", \"Exists\""),
        C("PG1807", S("spec.tolerations[0].operator=Exists", "spec.tolerations[0].effect=PreferNoSchedule"), S("spec.tolerations[0].operator=Exists", "spec.tolerations[0].effect=NoExec"),
            "spec.tolerations[0].effect", "spec.tolerations[0].effect: Unsupported value: \"NoExec\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\""),
        C("PG1810", S(Na + ".nodeSelectorTerms[0].matchExpressions[0].key=disktype", Na + ".nodeSelectorTerms[0].matchExpressions[0].operator=Exists"), S(Na + ".nodeSelectorTerms=[]"),
            Na + ".nodeSelectorTerms", Na + ".nodeSelectorTerms: Required value: must have at least one node selector term"),
        C("PG1811", S(Na + ".nodeSelectorTerms[0].matchExpressions[0].key=disktype", Na + ".nodeSelectorTerms[0].matchExpressions[0].operator=Exists"),
            S(Na + ".nodeSelectorTerms[0].matchExpressions[0].key=disktype", Na + ".nodeSelectorTerms[0].matchExpressions[0].operator=Exists", Na + ".nodeSelectorTerms[0].matchExpressions[0].values[0]=ssd"),
            Na + ".nodeSelectorTerms[0].matchExpressions[0].values", Na + ".nodeSelectorTerms[0].matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
        C("PG1812", S(Na + ".nodeSelectorTerms[0].matchFields[0].key=metadata.name", Na + ".nodeSelectorTerms[0].matchFields[0].operator=In", Na + ".nodeSelectorTerms[0].matchFields[0].values[0]=node-1"),
            S(Na + ".nodeSelectorTerms[0].matchFields[0].key=metadata.labels", Na + ".nodeSelectorTerms[0].matchFields[0].operator=In", Na + ".nodeSelectorTerms[0].matchFields[0].values[0]=node-1"),
            Na + ".nodeSelectorTerms[0].matchFields[0].key", Na + ".nodeSelectorTerms[0].matchFields[0].key: Invalid value: \"metadata.labels\": not a valid field selector key"),
        C("PG1813", S("spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight=100", "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey=kubernetes.io/hostname"),
            S("spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey=kubernetes.io/hostname"),
            "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight", "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100"),
        C("PG1814", S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=topology.kubernetes.io/zone"),
            S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone name"),
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: \"zone name\": " + NamePartError),
        C("PG1815", S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaces[0]=team-a"),
            S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaces[0]=team-a", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaces[1]=Team_B"),
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace: Invalid value: \"Team_B\": " + Dns1123LabelError),
        C("PG1816", S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels['app']=web", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]=pod-template-hash"),
            S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels['app']=web", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]=tier", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].mismatchLabelKeys[0]=tier"),
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0]: Invalid value: \"tier\": exists in both matchLabelKeys and mismatchLabelKeys"),
        C("PG1820", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule"), S(Tsc + ".maxSkew=-1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule"),
            Tsc + ".maxSkew", Tsc + ".maxSkew: Invalid value: -1: must be greater than zero"),
        C("PG1821", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule"), S(Tsc + ".maxSkew=1", Tsc + ".whenUnsatisfiable=DoNotSchedule"),
            Tsc + ".topologyKey", Tsc + ".topologyKey: Required value: can not be empty"),
        C("PG1822", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=ScheduleAnyway"), S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone"),
            Tsc + ".whenUnsatisfiable", Tsc + ".whenUnsatisfiable: Unsupported value: \"\": supported values: \"DoNotSchedule\", \"ScheduleAnyway\""),
        C("PG1823", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", "spec.topologySpreadConstraints[1].maxSkew=1", "spec.topologySpreadConstraints[1].topologyKey=zone", "spec.topologySpreadConstraints[1].whenUnsatisfiable=ScheduleAnyway"),
            S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", "spec.topologySpreadConstraints[1].maxSkew=2", "spec.topologySpreadConstraints[1].topologyKey=zone", "spec.topologySpreadConstraints[1].whenUnsatisfiable=DoNotSchedule"),
            Tsc + ".{topologyKey, whenUnsatisfiable}", Tsc + ".{topologyKey, whenUnsatisfiable}: Duplicate value: \"{zone, DoNotSchedule}\""),
        C("PG1824", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".minDomains=3"), S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".minDomains=0"),
            Tsc + ".minDomains", Tsc + ".minDomains: Invalid value: 0: must be greater than zero"),
        C("PG1825", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".nodeAffinityPolicy=Ignore"), S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".nodeAffinityPolicy=Respect"),
            Tsc + ".nodeAffinityPolicy", Tsc + ".nodeAffinityPolicy: Unsupported value: \"Respect\": supported values: \"Honor\", \"Ignore\""),
        C("PG1826", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".labelSelector.matchLabels['app']=web", Tsc + ".matchLabelKeys[0]=pod-template-hash"),
            S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".labelSelector.matchLabels['app']=web", Tsc + ".matchLabelKeys[0]=app"),
            Tsc + ".matchLabelKeys[0]", Tsc + ".matchLabelKeys[0]: Invalid value: \"app\": exists in both matchLabelKeys and labelSelector"),
        C("PG1830", S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".labelSelector.matchLabels['app']=web"),
            S(Tsc + ".maxSkew=1", Tsc + ".topologyKey=zone", Tsc + ".whenUnsatisfiable=DoNotSchedule", Tsc + ".labelSelector.matchLabels['app']=web server"),
            Tsc + ".labelSelector.matchLabels", Tsc + ".labelSelector.matchLabels: Invalid value: \"web server\": " + LabelValueError),
        C("PG1830", S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].key=team", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].operator=Exists"),
            S("spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey=zone", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].key=team", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].operator=Any"),
            "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].operator", "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector.matchExpressions[0].operator: Invalid value: \"Any\": not a valid selector operator"),
        C("PG1830", S("spec.selector.matchExpressions[0].key=app", "spec.selector.matchExpressions[0].operator=In", "spec.selector.matchExpressions[0].values[0]=web"),
            S("spec.selector.matchExpressions[0].key=app", "spec.selector.matchExpressions[0].operator=In"),
            "spec.selector.matchExpressions[0].values", "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'", WorkloadKind.Deployment),
        // ValidateDeploymentSpec validates its selector strictly (AllowInvalidLabelValueInSelector false): each value is a label value.
        C("PG1830", S("spec.selector.matchExpressions[0].key=app", "spec.selector.matchExpressions[0].operator=In", "spec.selector.matchExpressions[0].values[0]=web"),
            S("spec.selector.matchExpressions[0].key=app", "spec.selector.matchExpressions[0].operator=In", "spec.selector.matchExpressions[0].values[0]=web", "spec.selector.matchExpressions[0].values[1]=web server"),
            "spec.selector.matchExpressions[0].values[1]", "spec.selector.matchExpressions[0].values[1]: Invalid value: \"web server\": " + LabelValueError, WorkloadKind.Deployment),
    ];

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var c in All) data.Add(c);
        return data;
    }

    /// <summary>"path=value": an integer, true/false, {} or [] as such, anything else a string.</summary>
    private static FieldSetting Parse(string setting)
    {
        int eq = setting.IndexOf('=', StringComparison.Ordinal);
        string path = setting.Substring(0, eq), text = setting.Substring(eq + 1);
        if (text == "{}") return FieldSetting.EmptyObject(path);
        if (text == "[]") return FieldSetting.EmptyList(path);
        if (text is "true" or "false") return FieldSetting.Bool(path, text == "true");
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) && !text.StartsWith('0') || text == "0") return FieldSetting.Integer(path, long.Parse(text, CultureInfo.InvariantCulture));
        return FieldSetting.String(path, text);
    }

    /// <summary>A workload of <paramref name="kind"/> with one container "main" and the settings; a Job's restartPolicy Never (OnFailure for PG1422's invalid case) and the counts PG1481/PG1482 need.</summary>
    public static WorkloadSpec Workload(WorkloadKind kind, IEnumerable<string> settings, string rule = "", bool invalid = false)
    {
        var pod = new PodSpec
        {
            Containers = EquatableArray.From(new[] { new ContainerSpec { Name = "main", Image = "busybox:1.36" } }),
            RestartPolicy = kind is WorkloadKind.Job or WorkloadKind.CronJob ? (rule == "PG1422" && invalid ? "OnFailure" : "Never") : null,
        };
        var job = kind is WorkloadKind.Job or WorkloadKind.CronJob
            ? new JobSpec { Completions = rule == "PG1481" ? 5 : rule == "PG1482" ? 300000 : null, Parallelism = rule == "PG1482" ? 200000 : null }
            : null;
        return new WorkloadSpec(kind, "w", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, pod, Job: job,
            CronJob: kind == WorkloadKind.CronJob ? new CronJobSpec { Schedule = "0 * * * *" } : null)
        {
            Settings = FieldSettings.Sorted(settings.Select(Parse)),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_NearMissIsValid_InvalidHasExactPathAndMessage(Case c)
    {
        var valid = RuleEngine.Validate(Workload(c.Kind, c.Valid, c.Rule));
        Assert.DoesNotContain(valid, f => f.Rule.Id == RuleCatalog.InternalError.Id);
        Assert.DoesNotContain(valid, f => f.Rule.Id == c.Rule);

        var invalid = RuleEngine.Validate(Workload(c.Kind, c.Invalid, c.Rule, invalid: true));
        Assert.DoesNotContain(invalid, f => f.Rule.Id == RuleCatalog.InternalError.Id);
        var mine = invalid.Where(f => f.Rule.Id == c.Rule).ToArray();
        Assert.Contains(mine, f => f.Path == c.Path && f.Message == c.Message);
    }

    [Fact]
    public void EveryRuleOfTheLane_HasACase()
    {
        var covered = All.Select(c => c.Rule).ToHashSet(StringComparer.Ordinal);
        string[] podSpec = { "PG1404", "PG1408", "PG1409", "PG1415", "PG1418", "PG1419", "PG1422", "PG1424", "PG1425", "PG1429", "PG1440", "PG1441", "PG1442", "PG1443", "PG1444", "PG1450", "PG1451", "PG1452" };
        var lane = RuleEngine.Rules.Select(r => r.Descriptor.Id).Where(id => id.StartsWith("PG17", StringComparison.Ordinal) || id.StartsWith("PG18", StringComparison.Ordinal) || id.StartsWith("PG148", StringComparison.Ordinal) || podSpec.Contains(id)).ToArray();
        Assert.Equal(68, lane.Length);
        foreach (var id in lane) Assert.Contains(id, covered);
    }

    [Theory]
    // validateJobSpec's high-completions limits: above 100000 completions with backoffLimitPerIndex, maxFailedIndexes
    // is required and at most 10000, parallelism at most 10000.
    [InlineData(200000, 5000, 10000, null, null)]
    [InlineData(100000, null, 100000, null, null)]
    [InlineData(200000, null, 100, "PG1481", "spec.maxFailedIndexes: Required value: must be specified when completions is above 100000")]
    [InlineData(200000, 10001, 100, "PG1481", "spec.maxFailedIndexes: Invalid value: 10001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index")]
    [InlineData(200000, 100001, 100, "PG1481", "spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000")]
    [InlineData(200000, 10000, 10001, "PG1482", "spec.parallelism: Invalid value: 10001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index")]
    public void IndexedJob_HighCompletionsLimits(int completions, int? maxFailed, int parallelism, string? rule, string? message)
    {
        var settings = new List<string> { "spec.completionMode=Indexed", "spec.backoffLimitPerIndex=1" };
        if (maxFailed is int m) settings.Add("spec.maxFailedIndexes=" + m.ToString(CultureInfo.InvariantCulture));
        var w = Workload(WorkloadKind.Job, settings) with { Job = new JobSpec { Completions = completions, Parallelism = parallelism } };
        var found = RuleEngine.Validate(w).Where(f => f.Rule.Id is "PG1481" or "PG1482").Select(f => f.Rule.Id + " " + f.Message).ToArray();
        if (rule is null) Assert.Empty(found);
        else Assert.Contains(rule + " " + message, found);
    }

    [Fact]
    public void IndexedJob_WithoutBackoffLimitPerIndex_HasNoHighCompletionsLimit()
    {
        var w = Workload(WorkloadKind.Job, new[] { "spec.completionMode=Indexed" }) with { Job = new JobSpec { Completions = 200000, Parallelism = 50000 } };
        Assert.DoesNotContain(RuleEngine.Validate(w), f => f.Rule.Id is "PG1481" or "PG1482");
    }
}
