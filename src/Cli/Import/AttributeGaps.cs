using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;

namespace ProbeGen.Cli.Import
{
    /// <summary>
    /// What <see cref="AttributeSourceEmitter"/> drops without listing it as lossy, found by the corpus test that runs
    /// the analyzers on imported C#: an env var with both a value and a valueFrom (the API server rejects it, and the
    /// [EnvFrom…] attributes have no value) loses its value. Import must not drop anything silently, so it is listed
    /// here until the emitter's Lossy list carries it; an entry the emitter already lists is not repeated.
    /// </summary>
    internal static class AttributeGaps
    {
        public static List<LossyField> Find(WorkloadSpec w, IReadOnlyList<LossyField> alreadyListed)
        {
            var gaps = new List<LossyField>();
            string pod = w.Kind.PodSpecPath();
            Containers(pod + ".initContainers", w.Pod.InitContainers, gaps);
            Containers(pod + ".containers", w.Pod.Containers, gaps);
            gaps.RemoveAll(g => Listed(g.Path, alreadyListed));
            return gaps;
        }

        private static void Containers(string path, EquatableArray<ContainerSpec> containers, List<LossyField> gaps)
        {
            for (int c = 0; c < containers.Count; c++)
            {
                var env = containers[c].Env;
                for (int e = 0; e < env.Count; e++)
                {
                    // An empty value is omitted by the API server's JSON, so dropping it loses nothing.
                    if (env[e].ValueFrom is not null && !string.IsNullOrEmpty(env[e].Value))
                    {
                        gaps.Add(new LossyField(path + "[" + I(c) + "].env[" + I(e) + "].value",
                            "an env var with both a value and a valueFrom cannot be written: the [EnvFrom…] attributes have no value"));
                    }
                }
            }
        }

        private static bool Listed(string path, IReadOnlyList<LossyField> listed)
        {
            foreach (var l in listed)
            {
                if (path == l.Path || path.StartsWith(l.Path + ".", System.StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
    }
}
