using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Validation;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>A usage problem found while reading the attributes (PG0xxx), with where it is.</summary>
    internal readonly struct UsageIssue
    {
        public UsageIssue(RuleDescriptor rule, Location? location, string message)
        {
            Rule = rule;
            Location = location;
            Message = message;
        }

        public RuleDescriptor Rule { get; }
        public Location? Location { get; }
        public string Message { get; }
    }

    /// <summary>
    /// State of one parse. The generator only needs to know whether anything is wrong; the analyzers also want
    /// locations: each model field path is mapped to the attribute argument it came from.
    /// </summary>
    internal sealed class ParseSession
    {
        private readonly Dictionary<string, Location>? _locations;
        private readonly List<UsageIssue> _issues = new();

        public ParseSession(bool wantLocations, CancellationToken cancellationToken)
        {
            WantLocations = wantLocations;
            CancellationToken = cancellationToken;
            // Sized for a typical workload's mapped paths: growing the table showed in the analyzer's profile.
            if (wantLocations) _locations = new Dictionary<string, Location>(128, System.StringComparer.Ordinal);
        }

        public bool WantLocations { get; }

        /// <summary>The project gets generated <c>CreateManifest()</c> factories, so a user's own is reported (PG0018). The generator cannot tell at parse time and leaves it false.</summary>
        public bool ReservesCreateManifest { get; set; }
        public CancellationToken CancellationToken { get; }
        public IReadOnlyList<UsageIssue> Issues => _issues;

        /// <summary>True when the source cannot become a manifest (a usage error, or a compiler error in an argument).</summary>
        public bool Failed { get; private set; }

        public void MarkFailed() => Failed = true;

        /// <summary>True when a declared container could not be read (its error is reported): the model lacks it, so "no containers" is not news.</summary>
        public bool DroppedContainer { get; private set; }

        public void MarkDroppedContainer() => DroppedContainer = true;

        public void Report(RuleDescriptor rule, Location? location, string message)
        {
            if (rule.Severity == RuleSeverity.Error) Failed = true;
            _issues.Add(new UsageIssue(rule, WantLocations ? location : null, message));
        }

        public void Map(string path, Location? location)
        {
            if (_locations is not null && location is not null && !_locations.ContainsKey(path)) _locations[path] = location;
        }

        /// <summary>Maps <paramref name="path"/> where <paramref name="existing"/> is mapped (the same source, another place in the manifest).</summary>
        public void Alias(string path, string existing)
        {
            if (_locations is not null && _locations.TryGetValue(existing, out var loc)) Map(path, loc);
        }

        // Each [Set]'s settings (canonical root paths), in source order: the value argument and the whole attribute.
        private List<(string Path, Location? Value, Location? Attribute)>? _settings;

        /// <summary>Records where the setting at <paramref name="path"/> (canonical, from the root) was written.</summary>
        public void MapSetting(string path, Location? value, Location? attribute)
        {
            if (_locations is not null) (_settings ??= new()).Add((path, value, attribute));
        }

        /// <summary>
        /// The location for a field path: a [Set] of exactly that path (its value), else an attribute argument mapped
        /// there, else — when only [Set]s write below it — the first [Set] under it, else the closest parent that a [Set]
        /// or an argument is mapped at. A finding at a field [Set] wrote is never put at the class.
        /// </summary>
        public Location? Locate(string path)
        {
            if (_locations is null) return null;
            if (SettingAt(path) is { } exact) return exact.Value ?? exact.Attribute;
            if (_locations.TryGetValue(path, out var mapped)) return mapped;
            if (_settings is not null && path.Length > 0 && !ArgumentsBelow(path))
            {
                foreach (var s in _settings)
                {
                    if (IsBelow(s.Path, path)) return s.Attribute ?? s.Value;
                }
            }
            string p = path;
            while (true)
            {
                int cut = System.Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
                if (cut <= 0) return _locations.TryGetValue("", out var root) ? root : null;
                p = p.Substring(0, cut);
                if (SettingAt(p) is { } outer) return outer.Attribute ?? outer.Value;
                if (_locations.TryGetValue(p, out var loc)) return loc;
            }
        }

        private (string Path, Location? Value, Location? Attribute)? SettingAt(string path)
        {
            if (_settings is null) return null;
            foreach (var s in _settings) if (s.Path == path) return s;
            return null;
        }

        /// <summary>Some attribute argument is mapped strictly below <paramref name="path"/> (the attributes write there too).</summary>
        private bool ArgumentsBelow(string path)
        {
            foreach (var key in _locations!.Keys) if (IsBelow(key, path)) return true;
            return false;
        }

        private static bool IsBelow(string candidate, string path) =>
            candidate.Length > path.Length && candidate.StartsWith(path, System.StringComparison.Ordinal) && (candidate[path.Length] == '.' || candidate[path.Length] == '[');
    }

    /// <summary>
    /// One attribute application: typed access to its arguments and, on demand, their source locations. Reads either
    /// the compiler's <see cref="AttributeData"/> or a <see cref="RawAttribute"/> read from syntax (literals only;
    /// no locations: the generator never asks for them).
    /// </summary>
    internal readonly struct Args
    {
        private readonly ParseSession _session;
        private readonly RawAttribute? _raw;

        public Args(AttributeData data, ParseSession session)
        {
            Data = data;
            _raw = null;
            _session = session;
            // A named argument that does not compile (`Exec = new[] { }`) is left out of AttributeData altogether:
            // compare with the syntax, so such an attribute never yields a manifest that lacks what the user wrote.
            if (data.ApplicationSyntaxReference?.GetSyntax(session.CancellationToken) is AttributeSyntax syntax && syntax.ArgumentList is { } list)
            {
                int named = 0;
                foreach (var arg in list.Arguments) if (arg.NameEquals is not null) named++;
                if (named != data.NamedArguments.Length) session.MarkFailed();
            }
            // An argument the compiler could not evaluate (Kind Error, e.g. `new[] { }` is null with errors) is never
            // read as "not written": the compiler reports it, and the workload gets no manifest.
            foreach (var kv in data.NamedArguments) if (kv.Value.Kind == TypedConstantKind.Error) session.MarkFailed();
            foreach (var arg in data.ConstructorArguments) if (arg.Kind == TypedConstantKind.Error) session.MarkFailed();
        }

        /// <summary>Syntax-read arguments: every one was a literal of its parameter's type (the extraction checked), so nothing fails here.</summary>
        public Args(RawAttribute raw, ParseSession session)
        {
            Data = null;
            _raw = raw;
            _session = session;
        }

        public AttributeData? Data { get; }

        public AttributeSyntax? Syntax => Data?.ApplicationSyntaxReference?.GetSyntax(_session.CancellationToken) as AttributeSyntax;

        /// <summary>The whole attribute.</summary>
        public Location? Location => _session.WantLocations ? Syntax?.GetLocation() : null;

        public bool HasNamed(string name)
        {
            if (_raw is not null)
            {
                foreach (var n in _raw.Named) if (n.Name == name) return true;
                return false;
            }
            foreach (var kv in Data!.NamedArguments) if (kv.Key == name) return true;
            return false;
        }

        public ArgValue? Named(string name)
        {
            if (_raw is not null)
            {
                foreach (var n in _raw.Named) if (n.Name == name) return ArgValue.From(n.Value);
                return null;
            }
            foreach (var kv in Data!.NamedArguments) if (kv.Key == name) return ArgValue.From(kv.Value);
            return null;
        }

        /// <summary>How many constructor arguments the application has (which of several constructors it calls); -1 when it binds to none.</summary>
        public int CtorCount => _raw is not null ? _raw.Ctor.Count : Data!.AttributeConstructor is not null ? Data.ConstructorArguments.Length : -1;

        public ArgValue? Ctor(int index)
        {
            if (_raw is not null) return index < _raw.Ctor.Count ? ArgValue.From(_raw.Ctor[index]) : null;
            return Data!.AttributeConstructor is not null && index < Data.ConstructorArguments.Length ? ArgValue.From(Data.ConstructorArguments[index]) : null;
        }

        /// <summary>The location of a named argument (<c>SuccessThreshold = 2</c>); null when the argument is not written.</summary>
        public Location? NamedLocation(string name)
        {
            if (!_session.WantLocations) return null;
            var syntax = Syntax;
            if (syntax?.ArgumentList is { } list)
            {
                foreach (var arg in list.Arguments)
                {
                    if (arg.NameEquals?.Name.Identifier.ValueText == name) return arg.GetLocation();
                }
            }
            return null;
        }

        /// <summary>The location of a constructor argument (by position, or by <c>name:</c>), else of the attribute.</summary>
        public Location? CtorLocation(int index)
        {
            if (!_session.WantLocations) return null;
            var syntax = Syntax;
            if (syntax?.ArgumentList is { } list && Data?.AttributeConstructor is { } ctor && index < ctor.Parameters.Length)
            {
                string paramName = ctor.Parameters[index].Name;
                int position = 0;
                foreach (var arg in list.Arguments)
                {
                    if (arg.NameEquals is not null) continue;
                    if (arg.NameColon is not null)
                    {
                        if (arg.NameColon.Name.Identifier.ValueText == paramName) return arg.GetLocation();
                        continue;
                    }
                    if (position == index) return arg.GetLocation();
                    position++;
                }
            }
            return syntax?.GetLocation();
        }
    }
}
