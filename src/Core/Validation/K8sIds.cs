using System.Globalization;

namespace ProbeGen.Core.Validation
{
    /// <summary>apimachinery util/validation <c>IsValidUserID</c> and <c>IsValidGroupID</c>: 0 to 4294967295 (uint32) inclusive.</summary>
    public static class K8sIds
    {
        public const long MinId = 0;
        public const long MaxId = 0xffffffffL;

        public static readonly string RangeError =
            "must be between " + MinId.ToString(CultureInfo.InvariantCulture) + " and " + MaxId.ToString(CultureInfo.InvariantCulture) + ", inclusive";

        /// <summary>runAsUser (pod and container).</summary>
        public static bool IsValidUserId(long uid) => uid >= MinId && uid <= MaxId;

        /// <summary>runAsGroup, fsGroup, supplementalGroups[*].</summary>
        public static bool IsValidGroupId(long gid) => gid >= MinId && gid <= MaxId;
    }
}
