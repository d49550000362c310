using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ProbeGen.Cli
{
    /// <summary>
    /// Whether a path is a regular file, without opening it (opening a FIFO blocks until a writer comes; /dev/zero
    /// never ends). .NET has no public API for the file type, so on Unix it asks the runtime's own native shim,
    /// libSystem.Native's SystemNative_Stat, whose struct starts with Flags and Mode (S_IFMT bits) on every platform.
    /// </summary>
    internal static class FileKind
    {
        private const int TypeMask = 0xF000;
        private const int Regular = 0x8000;

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
        private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

        /// <summary>True for a regular file (after following links); false for a FIFO, device, socket or folder.</summary>
        public static bool IsRegularFile(string path)
        {
            if (OperatingSystem.IsWindows()) return File.Exists(path) && (File.GetAttributes(path) & FileAttributes.Device) == 0;
            try
            {
                var status = new byte[512]; // larger than any version of the runtime's FileStatus
                if (Stat(path, status) != 0) return false;
                int mode = BitConverter.ToInt32(status, 4);
                return (mode & TypeMask) == Regular;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // A runtime without the shim: fall back to what .NET can tell (devices and FIFOs look like files here).
                return File.Exists(path);
            }
        }
    }
}
