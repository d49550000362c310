namespace ProbeGen.CodeFixes
{
    /// <summary>The diagnostics that have an unambiguous fix.</summary>
    internal static class FixIds
    {
        public const string NameNotLowercaseSubdomain = "PG1002";
        public const string ContainerNameNotLabel = "PG1103";
        public const string SuccessThresholdMustBeOne = "PG1316";
        public const string ReadinessTerminationGrace = "PG1320";
        public const string DeploymentRestartPolicy = "PG1414";
        public const string JobRestartPolicy = "PG1420";
        public const string NeverWithLiveness = "PG2001";
        public const string BarePod = "PG2003";
        public const string ZeroMeansDefault = "PG3003";
        public const string ProbePathNotMapped = "PG4001";
        public const string ProbePortNotListened = "PG4002";

        /// <summary>Diagnostic properties the application analyzer sets (ProbeGen.Analyzers.App.AppAnalyzer).</summary>
        public const string FixValueProperty = "ProbeGen.FixValue";
        public const string DeclarePortProperty = "ProbeGen.DeclarePort";
    }
}
