using System;
using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// The resource-name predicates of core helper/helpers.go (<c>IsNativeResource</c>, <c>IsHugePageResourceName</c>,
    /// <c>IsExtendedResourceName</c>, <c>IsOvercommitAllowed</c>, <c>IsIntegerResourceName</c>,
    /// <c>IsStandardContainerResourceName</c>, <c>IsStandardResourceName</c>) and core validation.go's
    /// <c>validateResourceName</c> + <c>validateContainerResourceName</c>.
    /// </summary>
    public static class K8sResourceNames
    {
        public const string DefaultNamespacePrefix = "kubernetes.io/";
        public const string RequestsPrefix = "requests.";
        public const string HugePagesPrefix = "hugepages-";

        public const string NotStandardOrQualifiedError = "must be a standard resource type or fully qualified";
        public const string NotStandardForContainersError = "must be a standard resource for containers";
        public const string NotExtendedError = "doesn't follow extended resource name standard";
        public const string NotIntegerError = "must be an integer";
        public const string LimitRequiredError = "Limit must be set for non overcommitable resources";
        public const string HugePagesNeedCpuOrMemoryError = "HugePages require cpu or memory";

        private static readonly HashSet<string> StandardContainerResources = new(StringComparer.Ordinal) { "cpu", "memory", "ephemeral-storage" };

        // helpers.go standardResources (quota and limit names included).
        private static readonly HashSet<string> StandardResources = new(StringComparer.Ordinal)
        {
            "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
            "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas", "services",
            "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims", "storage", "requests.storage",
            "services.nodeports", "services.loadbalancers",
        };

        // helpers.go integerResources (besides every extended resource).
        private static readonly HashSet<string> IntegerResources = new(StringComparer.Ordinal)
        {
            "pods", "resourcequotas", "services", "replicationcontrollers", "secrets", "configmaps",
            "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
        };

        /// <summary>IsNativeResource: no '/' (implicitly kubernetes.io/), or the name contains "kubernetes.io/".</summary>
        public static bool IsNativeResource(string name) =>
            name.IndexOf('/') < 0 || name.IndexOf(DefaultNamespacePrefix, StringComparison.Ordinal) >= 0;

        /// <summary>IsHugePageResourceName: the prefix "hugepages-".</summary>
        public static bool IsHugePageResourceName(string name) => name.StartsWith(HugePagesPrefix, StringComparison.Ordinal);

        /// <summary>IsExtendedResourceName: not native, no "requests." prefix, and "requests." + name is a qualified name.</summary>
        public static bool IsExtendedResourceName(string name)
        {
            if (IsNativeResource(name) || name.StartsWith(RequestsPrefix, StringComparison.Ordinal)) return false;
            return K8sFormats.QualifiedName(RequestsPrefix + name).Count == 0;
        }

        /// <summary>IsOvercommitAllowed: native and not hugepages; otherwise requests must equal limits.</summary>
        public static bool IsOvercommitAllowed(string name) => IsNativeResource(name) && !IsHugePageResourceName(name);

        /// <summary>IsIntegerResourceName: the object-count quota names and every extended resource.</summary>
        public static bool IsIntegerResourceName(string name) => IntegerResources.Contains(name) || IsExtendedResourceName(name);

        /// <summary>IsStandardContainerResourceName: cpu, memory, ephemeral-storage, hugepages-*.</summary>
        public static bool IsStandardContainerResourceName(string name) => StandardContainerResources.Contains(name) || IsHugePageResourceName(name);

        /// <summary>IsStandardResourceName: helpers.go's standard resources, or a (quota) hugepages name.</summary>
        public static bool IsStandardResourceName(string name) =>
            StandardResources.Contains(name) || IsHugePageResourceName(name) || name.StartsWith(RequestsPrefix + HugePagesPrefix, StringComparison.Ordinal);

        /// <summary>
        /// validateContainerResourceName: the details the API server reports for a key of <c>resources.limits</c> or
        /// <c>requests</c>, in its order (all Invalid, value = the name). Empty when the name is accepted.
        /// </summary>
        public static List<string> ValidateContainerResourceName(string name)
        {
            // validateResourceName: a qualified name, and without '/' a standard resource name; it stops at the first failure.
            var errors = K8sFormats.QualifiedName(name);
            bool unprefixed = name.Split('/').Length == 1;
            if (errors.Count == 0 && unprefixed && !IsStandardResourceName(name)) errors.Add(NotStandardOrQualifiedError);
            // validateContainerResourceName adds its own check whatever validateResourceName said.
            if (unprefixed)
            {
                if (!IsStandardContainerResourceName(name)) errors.Add(NotStandardForContainersError);
            }
            else if (!IsNativeResource(name) && !IsExtendedResourceName(name))
            {
                errors.Add(NotExtendedError);
            }
            return errors;
        }
    }
}
