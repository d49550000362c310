using System.Collections.Generic;

namespace ProbeGen.Analyzers.App
{
    /// <summary>
    /// Whether a request path matches a route template the way ASP.NET Core routing does, leniently: case-insensitive,
    /// trailing slashes ignored, a parameter segment matches any segment (constraints are not evaluated), an optional or
    /// defaulted parameter may be absent, a catch-all takes the rest. Lenient on purpose: a false "not mapped" is worse.
    /// </summary>
    internal static class RouteMatch
    {
        public static bool Matches(string template, string path)
        {
            int q = path.IndexOfAny(new[] { '?', '#' });
            if (q >= 0) path = path.Substring(0, q);
            var t = Segments(template);
            var p = Segments(path);
            return Match(t, 0, p, 0);
        }

        private static bool Match(List<string> t, int ti, List<string> p, int pi)
        {
            while (true)
            {
                if (ti == t.Count) return pi == p.Count;
                string seg = t[ti];
                if (seg.IndexOf('{') >= 0)
                {
                    if (seg.StartsWith("{*", System.StringComparison.Ordinal)) return true;
                    bool optional = IsWholeParameter(seg) && (seg.IndexOf('?') >= 0 || seg.IndexOf('=') >= 0);
                    if (pi == p.Count) return optional && Match(t, ti + 1, p, pi);
                    if (optional && Match(t, ti + 1, p, pi)) return true;
                    ti++;
                    pi++;
                    continue;
                }
                if (pi == p.Count || !string.Equals(seg, p[pi], System.StringComparison.OrdinalIgnoreCase)) return false;
                ti++;
                pi++;
            }
        }

        private static bool IsWholeParameter(string seg) => seg.StartsWith("{", System.StringComparison.Ordinal) && seg.EndsWith("}", System.StringComparison.Ordinal);

        /// <summary>A template with no parameters: a path a probe can use as it is.</summary>
        public static bool IsLiteral(string template) => template.IndexOf('{') < 0;

        private static List<string> Segments(string s)
        {
            var list = new List<string>();
            foreach (var part in s.Split('/'))
            {
                if (part.Length > 0) list.Add(System.Uri.UnescapeDataString(part));
            }
            return list;
        }
    }
}
