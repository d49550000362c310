using System;
using System.IO;
using System.Text;

namespace ProbeGen.Cli
{
    /// <summary>What a command reads and writes besides files: passed in, so that tests run the tool in-process.</summary>
    public sealed class CliContext
    {
        public CliContext(TextReader input, TextWriter output, TextWriter error, string baseDirectory)
        {
            In = input;
            Out = output;
            Error = error;
            BaseDirectory = Path.GetFullPath(baseDirectory);
        }

        public TextReader In { get; }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        /// <summary>Relative inputs and outputs are resolved against it; SARIF URIs are relative to it.</summary>
        public string BaseDirectory { get; }

        public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

        public static CliContext FromConsole()
        {
            // UTF-8 both ways whatever the console's code page: manifests and messages carry any text.
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
            var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true, NewLine = "\n" };
            var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
            return new CliContext(input, output, error, Environment.CurrentDirectory);
        }
    }

    /// <summary>The exit codes every command shares.</summary>
    public static class ExitCodes
    {
        /// <summary>Nothing at error severity (warnings and infos allowed); for import: every workload written.</summary>
        public const int Success = 0;

        /// <summary>lint: a finding at error severity; import: a field that cannot be imported (without --allow-lossy).</summary>
        public const int Findings = 1;

        /// <summary>Unusable input or command line: a file not found, text that is not YAML, an unknown option.</summary>
        public const int UnusableInput = 2;
    }
}
