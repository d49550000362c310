using System;
using System.Linq;
using System.Reflection;
using ProbeGen.Cli.Import;
using ProbeGen.Cli.Lint;

namespace ProbeGen.Cli
{
    /// <summary>The <c>probegen</c> command: dispatches to <c>lint</c> and <c>import</c>.</summary>
    public static class CliApp
    {
        public const string Usage = """
            probegen — Kubernetes manifests checked with ProbeGen's rules, and imported into C# attributes

            Usage:
              probegen lint <file|folder|->... [options]
                  Reads every Pod, Deployment, Job and CronJob in the YAML files (folders: *.yaml and *.yml,
                  recursively; -: standard input) and reports each finding at its line and column.
                  -f, --format text|json|sarif   output format (default text)
                  -o, --output <file>            write the report to a file instead of standard output
                  -s, --severity <ID>=<level>    set a rule's severity: none, silent, suggestion, warning, error
                                                 (repeatable; overrides .editorconfig)
                  --no-editorconfig              ignore .editorconfig files
                  --stdin-name <path>            the file name to report (and configure) standard input as

              probegen import <file|-> [options]
                  Writes one C# class with ProbeGen attributes per workload; built, it generates the same manifest.
                  -o, --output <folder>          where the .cs files go (default: the current folder)
                  -n, --namespace <Ns>           the C# namespace of the classes (default: none)
                  --allow-lossy                  import even when fields cannot be imported; they are listed in a
                                                 comment at the top of the file
                  --force                        overwrite existing .cs files
                  --stdin-name <path>            the file name to report standard input as

              probegen simulate <manifest.yaml|project|assembly> [options]
                  What the kubelet and the controllers do with one workload, second by second: probe results,
                  kills, restarts with back-off, the Pod phase, a Job's Pods and conditions.
                  -w, --workload <name>          the workload to simulate (name or kind/name) when there are several
                  -s, --scenario <file>          how the containers behave (YAML; default: run forever, probes pass)
                  -u, --until <duration>         how long to simulate (default 300s; ends earlier once settled)
                  --at <t1,t2,...>               the times of the status rows (default: every change)
                  -f, --format text|json|svg     kubectl-like rows and events, one JSON object, or a timeline
                  -o, --output <file>            write to a file instead of standard output

            Exit codes: 0 no error (warnings and infos allowed), 1 an error finding (lint) or a field that
            cannot be imported (import), 2 unusable input: file not found, not YAML, bad command line.
            """;

        public static int Run(string[] args, CliContext context)
        {
            if (args.Length == 0)
            {
                context.Error.Write(Usage.Replace("\r\n", "\n") + "\n");
                return ExitCodes.UnusableInput;
            }
            // A real command line cannot carry NUL (C strings); an in-process caller can, and no path API accepts it.
            if (args.Any(a => a.IndexOf('\0') >= 0)) return UsageError(context, "an argument contains a NUL character");
            string command = args[0];
            var rest = args.Skip(1).ToArray();
            switch (command)
            {
                case "lint":
                    return LintCommand.Run(rest, context);
                case "import":
                    return ImportCommand.Run(rest, context);
                case "simulate":
                    return Simulate.SimulateCommand.Run(rest, context);
                case "help":
                case "-h":
                case "--help":
                case "-?":
                    context.Out.Write(Usage.Replace("\r\n", "\n") + "\n");
                    return ExitCodes.Success;
                case "--version":
                    context.Out.WriteLine(Version);
                    return ExitCodes.Success;
                default:
                    return UsageError(context, "unknown command '" + command + "' (expected lint, import or simulate)");
            }
        }

        /// <summary>The package version, without the commit SourceLink appends.</summary>
        public static string Version
        {
            get
            {
                var info = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
                int plus = info.IndexOf('+');
                return plus >= 0 ? info.Substring(0, plus) : info;
            }
        }

        internal static int UsageError(CliContext context, string message)
        {
            context.Error.WriteLine("probegen: " + ConsoleText.Escape(message));
            context.Error.WriteLine("Run 'probegen --help' for usage.");
            return ExitCodes.UnusableInput;
        }
    }
}
