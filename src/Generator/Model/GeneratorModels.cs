using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Model
{
    /// <summary>A type that encloses the workload class, re-opened as <c>partial &lt;Keyword&gt; &lt;Name&gt;</c>.</summary>
    internal sealed record ContainingType(string Keyword, string Name);

    /// <summary>
    /// Where the generated members go: the user's class, as strings (never a symbol), so the pipeline caches by value.
    /// Names are as the symbols spell them (no <c>@</c>); <see cref="Identifiers"/> escapes them for C#.
    /// <see cref="DeclaresCreateManifest"/>: the user wrote a <c>CreateManifest()</c> of their own (PG0018 when typed factories are on).
    /// </summary>
    internal sealed record TypeTarget(string? Namespace, EquatableArray<ContainingType> Containing, string Keyword, string Name, bool DeclaresCreateManifest = false)
    {
        /// <summary><c>global::Ns.Outer.Name</c>, keywords escaped (<c>global::Ns.@int</c>).</summary>
        public string FullyQualifiedName
        {
            get
            {
                var sb = new System.Text.StringBuilder("global::");
                if (!string.IsNullOrEmpty(Namespace)) sb.Append(Identifiers.EscapeNamespace(Namespace!)).Append('.');
                foreach (var c in Containing) sb.Append(Identifiers.Escape(c.Name)).Append('.');
                return sb.Append(Identifiers.Escape(Name)).ToString();
            }
        }

        /// <summary><c>Ns.Outer+Name</c>: the type as metadata names it (the catalogue index, read by the build task).</summary>
        public string MetadataName
        {
            get
            {
                var sb = new System.Text.StringBuilder();
                if (!string.IsNullOrEmpty(Namespace)) sb.Append(Namespace).Append('.');
                foreach (var c in Containing) sb.Append(c.Name).Append('+');
                return sb.Append(Name).ToString();
            }
        }
    }

    /// <summary>
    /// The transform's output for one workload: the target and, when the workload is free of errors, its model.
    /// Spec is null when anything is wrong: the analyzers report it; the generator stays quiet and emits nothing.
    /// </summary>
    internal sealed record WorkloadItem(TypeTarget Target, WorkloadSpec? Spec, HeldBack? HeldBack = null);

    /// <summary>
    /// Why a workload gets no manifest: the errors that hold it back (rule IDs) and, when a diagnostic of theirs is
    /// hidden (configuration, pragma, [SuppressMessage]), how — so the generator can say so where no suppression reaches.
    /// </summary>
    /// <param name="EmitMembers">The type can take generated members (partial all the way out, non-generic, not file-local).</param>
    /// <param name="HiddenNote">"PG1002 (#pragma warning disable)", or null when every holding error is reported.</param>
    /// <param name="ReportHidden">The generator reports PG0017 for it (PG0017 is not itself configured off).</param>
    internal sealed record HeldBack(WorkloadKind Kind, string TypeDisplay, bool EmitMembers, EquatableArray<string> Rules, string? HiddenNote, bool ReportHidden);

    /// <summary>What the catalogue needs of a workload; it does not change when a probe does, so the catalogue stays cached.</summary>
    internal sealed record CatalogueEntry(string TypeName, string MetadataName, string Kind, string Name, string? Namespace, string FileName, bool DeclaresCreateManifest);

    /// <summary>
    /// The catalogue's input: the valid workloads, and whether the assembly declares any workload at all (an assembly
    /// without one gets no catalogue, so it never hides the one a friend assembly shows it through InternalsVisibleTo).
    /// </summary>
    internal sealed record CatalogueModel(bool HasWorkloads, EquatableArray<CatalogueEntry> Entries);

    /// <summary>One workload's generated members (its namespace and partial type blocks), and the file they go to.</summary>
    internal sealed record WorkloadSource(int Shard, string TypeName, string Text);

    /// <summary>
    /// One generated file: the members of the workloads whose type name hashes to <see cref="Index"/>, ordered by
    /// type name. Equal when its workloads' text is, so an edit to one workload re-emits one file.
    /// </summary>
    internal sealed record ShardSource(int Index, EmitSettings Settings, EquatableArray<string> Members)
    {
        public string HintName => "ProbeGen.Workloads." + Index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>Project-wide switches: typed <c>CreateManifest()</c> factories, and whether <c>#nullable</c> exists (C# 8).</summary>
    internal sealed record EmitSettings(bool TypedManifests, bool NullableDirective);
}
