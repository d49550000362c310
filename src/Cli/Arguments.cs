using System;
using System.Collections.Generic;

namespace ProbeGen.Cli
{
    /// <summary>One option of a command: its names, whether it takes a value, whether it may repeat.</summary>
    internal sealed record OptionSpec(string Name, string? Alias, bool TakesValue, bool Repeatable = false);

    /// <summary>
    /// The command line of one command, parsed by hand: <c>--name value</c>, <c>--name=value</c>, <c>-n value</c>,
    /// flags, <c>--</c> to end the options, and <c>-</c> as a positional argument (standard input). Two commands with a
    /// handful of options do not need a parsing library, and the exit code of a usage error stays ours (2).
    /// </summary>
    internal sealed class Arguments
    {
        private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

        private Arguments()
        {
        }

        public List<string> Positional { get; } = new();

        public bool Has(string name) => _values.ContainsKey(name);

        public string? Value(string name) => _values.TryGetValue(name, out var v) ? v[v.Count - 1] : null;

        public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var v) ? v : Array.Empty<string>();

        public static Arguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs, out string? error)
        {
            error = null;
            var result = new Arguments();
            bool optionsEnded = false;
            for (int i = 0; i < args.Count; i++)
            {
                string a = args[i];
                if (optionsEnded || a == "-" || !a.StartsWith("-", StringComparison.Ordinal))
                {
                    result.Positional.Add(a);
                    continue;
                }
                if (a == "--")
                {
                    optionsEnded = true;
                    continue;
                }
                string name = a;
                string? inline = null;
                int eq = a.IndexOf('=');
                if (a.StartsWith("--", StringComparison.Ordinal) && eq > 0)
                {
                    name = a.Substring(0, eq);
                    inline = a.Substring(eq + 1);
                }
                var spec = Find(specs, name);
                if (spec is null)
                {
                    error = "unknown option '" + name + "'";
                    return result;
                }
                string value = "";
                if (spec.TakesValue)
                {
                    if (inline is not null) value = inline;
                    else if (i + 1 < args.Count) value = args[++i];
                    else
                    {
                        error = "option '" + name + "' needs a value";
                        return result;
                    }
                }
                else if (inline is not null)
                {
                    error = "option '" + spec.Name + "' takes no value";
                    return result;
                }
                if (!result._values.TryGetValue(spec.Name, out var list)) result._values[spec.Name] = list = new List<string>();
                else if (!spec.Repeatable)
                {
                    error = "option '" + spec.Name + "' is given twice";
                    return result;
                }
                list.Add(value);
            }
            return result;
        }

        private static OptionSpec? Find(IReadOnlyList<OptionSpec> specs, string name)
        {
            foreach (var s in specs) if (s.Name == name || s.Alias == name) return s;
            return null;
        }
    }
}
