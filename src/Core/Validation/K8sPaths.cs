using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// The path and file-mode checks of volumes and mounts (core validation.go): <c>fileModeErrorMsg</c>,
    /// <c>validatePathNoBacksteps</c>, <c>validateLocalDescendingPath</c>, <c>ValidateLocalNonReservedPath</c>.
    /// </summary>
    public static class K8sPaths
    {
        public const int MaxFileMode = 511; // 0777

        public const string FileModeError = "must be a number between 0 and 0777 (octal), both inclusive";
        public const string RelativePathError = "must be a relative path";
        public const string BackstepsError = "must not contain '..'";
        public const string DotDotPrefixError = "must not start with '..'";

        /// <summary>defaultMode and items[].mode: 0 to 0777 (511) inclusive.</summary>
        public static bool IsValidFileMode(long mode) => mode >= 0 && mode <= MaxFileMode;

        /// <summary>validatePathNoBacksteps: no element is exactly "..", after <c>filepath.ToSlash</c> (a no-op on the Linux API server).</summary>
        public static List<string> ValidatePathNoBacksteps(string targetPath)
        {
            var errors = new List<string>();
            foreach (var part in targetPath.Split('/'))
            {
                if (part == "..")
                {
                    errors.Add(BackstepsError);
                    break; // one error is enough, as the API server says
                }
            }
            return errors;
        }

        /// <summary>validateLocalDescendingPath: not absolute (Go <c>path.IsAbs</c>: starts with '/'), and no ".." element.</summary>
        public static List<string> ValidateLocalDescendingPath(string targetPath)
        {
            var errors = new List<string>();
            if (targetPath.StartsWith("/", System.StringComparison.Ordinal)) errors.Add(RelativePathError);
            errors.AddRange(ValidatePathNoBacksteps(targetPath));
            return errors;
        }

        /// <summary>ValidateLocalNonReservedPath: a descending path that also does not start with ".." (unless "../", already reported).</summary>
        public static List<string> ValidateLocalNonReservedPath(string targetPath)
        {
            var errors = ValidateLocalDescendingPath(targetPath);
            if (targetPath.StartsWith("..", System.StringComparison.Ordinal) && !targetPath.StartsWith("../", System.StringComparison.Ordinal)) errors.Add(DotDotPrefixError);
            return errors;
        }
    }
}
