using System.Collections.Generic;
using System.Linq;
using System.Text;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Model;

namespace ProbeGen.Generator.Emission
{
    /// <summary>
    /// What a workload with an error still gets: <c>ManifestYaml</c> and <c>CreateManifest()</c> that bind, say which
    /// error holds the manifest back (doc comment, [Obsolete] message) and throw if run — never a bare CS0117 and never
    /// an empty manifest. Also the list of held-back workloads the build task reads.
    /// </summary>
    internal static class HeldBackEmitter
    {
        /// <summary>The class that lists held-back workloads (emitted only when there is one).</summary>
        public const string IndexClass = "ProbeGen.Generated.HeldBackManifests";

        private static readonly Dictionary<string, RuleDescriptor> s_rules = RuleCatalog.All.ToDictionary(r => r.Id, System.StringComparer.Ordinal);

        /// <summary>"error PG1002 (A workload name is …)": the holding rules, for the message.</summary>
        public static string Reason(HeldBack h)
        {
            if (h.Rules.Count == 0) return "an attribute argument that does not compile holds it back";
            var parts = h.Rules.Select(id => id + " (" + (s_rules.TryGetValue(id, out var r) ? r.Title : "") + ")").ToArray();
            return (parts.Length == 1 ? "error " : "errors ") + string.Join(", ", parts) + (parts.Length == 1 ? " holds it back" : " hold it back");
        }

        public static string Message(HeldBack h) =>
            "ProbeGen generated no manifest for '" + h.TypeDisplay + "': " + Reason(h) + ". Fix the error reported on its attributes (docs/rules/"
            + (h.Rules.Count > 0 ? h.Rules[0] : "README") + ".md); a suppressed diagnostic does not make the manifest valid.";

        /// <summary>The held-back members, in the workload's namespace and enclosing types, as <see cref="SourceEmitter.Members"/> lays them out.</summary>
        public static string Members(TypeTarget t, HeldBack h, EmitSettings settings)
        {
            string message = Message(h);
            var sb = new StringBuilder(1024);
            sb.Append('\n');
            string indent = "";
            if (!string.IsNullOrEmpty(t.Namespace))
            {
                sb.Append("namespace ").Append(Identifiers.EscapeNamespace(t.Namespace!)).Append("\n{\n");
                indent = "    ";
            }
            foreach (var c in t.Containing)
            {
                sb.Append(indent).Append("partial ").Append(c.Keyword).Append(' ').Append(Identifiers.Escape(c.Name)).Append('\n').Append(indent).Append("{\n");
                indent += "    ";
            }
            sb.Append(indent).Append("partial ").Append(t.Keyword).Append(' ').Append(Identifiers.Escape(t.Name)).Append('\n').Append(indent).Append("{\n");
            string member = indent + "    ";
            string doc = SourceEmitter.Xml(message);
            sb.Append(member).Append("/// <summary>No manifest: ").Append(doc).Append(" Reading it throws <see cref=\"global::System.InvalidOperationException\"/>.</summary>\n");
            Obsolete(sb, member, message);
            sb.Append(member).Append("public static string ManifestYaml => throw new global::System.InvalidOperationException(");
            CSharpLiteral.Append(sb, message);
            sb.Append(");\n");
            if (settings.TypedManifests)
            {
                sb.Append('\n');
                sb.Append(member).Append("/// <summary>No manifest: ").Append(doc).Append(" Calling it throws <see cref=\"global::System.InvalidOperationException\"/>.</summary>\n");
                Obsolete(sb, member, message);
                sb.Append(member).Append("public static ").Append(TypedFactoryEmitter.ReturnType(h.Kind)).Append(" CreateManifest() => throw new global::System.InvalidOperationException(");
                CSharpLiteral.Append(sb, message);
                sb.Append(");\n");
            }
            sb.Append(indent).Append("}\n");
            while (indent.Length > 0)
            {
                indent = indent.Substring(4);
                sb.Append(indent).Append("}\n");
            }
            return sb.ToString();
        }

        private static void Obsolete(StringBuilder sb, string indent, string message)
        {
            sb.Append(indent).Append("[global::System.Obsolete(");
            CSharpLiteral.Append(sb, message);
            sb.Append(")]\n");
        }

        /// <summary>
        /// <c>ProbeGen.Generated.HeldBackManifests.Index</c>: one line per held-back workload, ordered by type —
        /// <c>type\tkind\trule IDs (comma-separated)\t1 when PG0017 was reported for it, else 0</c>. Read by the build
        /// task, which runs only after a successful compile, i.e. when the holding errors were not reported as errors.
        /// </summary>
        public static string Index(IEnumerable<(string MetadataName, HeldBack HeldBack)> items, bool nullableDirective)
        {
            var index = new StringBuilder();
            foreach (var (name, h) in items.OrderBy(i => i.MetadataName, System.StringComparer.Ordinal))
            {
                index.Append(name).Append('\t').Append(h.Kind.KindName()).Append('\t').Append(string.Join(",", h.Rules)).Append('\t').Append(h.ReportHidden ? '1' : '0').Append('\n');
            }
            var sb = new StringBuilder(512 + index.Length);
            sb.Append(SourceEmitter.Header);
            if (nullableDirective) sb.Append("#nullable disable\n");
            sb.Append(SourceEmitter.WarningsOff);
            sb.Append("\nnamespace ProbeGen.Generated\n{\n");
            sb.Append("    /// <summary>Workloads that got no manifest because of an error, and the errors. The build task reads it.</summary>\n");
            sb.Append("    internal static class ").Append(ProbeGen.Internal.ManifestIndex.HeldBackTypeName).Append("\n    {\n");
            sb.Append("        /// <summary>One line per workload: type, kind, rule IDs, whether PG0017 was reported (1/0).</summary>\n");
            sb.Append("        internal const string Index = ");
            CSharpLiteral.Append(sb, index.ToString());
            sb.Append(";\n    }\n}\n");
            return sb.ToString();
        }
    }
}
