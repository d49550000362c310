using System;
using System.Collections.Generic;

namespace ProbeGen.SchemaGen
{
    /// <summary>The tool as a function, so the tests run exactly what the command line runs.</summary>
    public static class SchemaGenerator
    {
        /// <summary>Repository-relative path of the hand-written input.</summary>
        public const string SpecPath = "eng/SchemaGen/schema.txt";

        /// <summary>Repository-relative folder the files are written to.</summary>
        public const string OutputFolder = Emitter.OutputFolder;

        /// <summary>Repository-relative paths of the generated plumbing (outside <see cref="OutputFolder"/>).</summary>
        public static readonly string[] PlumbingFiles =
        {
            "src/Core/Model/Records.g.cs", "src/Core/Emission/ManifestYamlEmitter.g.cs", "src/Core/Emission/AttributeSourceEmitter.g.cs",
            "src/Yaml/ManifestYamlReader.g.cs", "src/Generator/Parsing/WorkloadParser.g.cs", AttributeTableEmitter.Path, Emitter.WorkloadKindPath,
        };

        /// <summary>A field is modeled iff Mapping.cs names it (in a Model block or a Modeled line); a view by its own descriptor.</summary>
        private static void AddModeled(SpecFile spec, MappingSpec mapping)
        {
            string ListName(ProbeGen.Core.Schema.TypeDescriptor type)
            {
                foreach (var view in spec.Views.Keys)
                {
                    var descriptor = typeof(ProbeGen.Core.Schema.TypeDescriptor).Assembly.GetType("ProbeGen.Core.Schema." + view + "Schema")?.GetField("Descriptor")?.GetValue(null);
                    if (ReferenceEquals(descriptor, type)) return view;
                }
                return type.Name;
            }
            void Add(ProbeGen.Core.Schema.TypeDescriptor type, IEnumerable<ProbeGen.Core.Schema.FieldDescriptor> fields)
            {
                string name = ListName(type);
                if (!spec.Modeled.TryGetValue(name, out var list)) spec.Modeled[name] = list = new List<(string Field, int Line)>();
                foreach (var f in fields) list.Add((f.JsonName, 0));
            }
            foreach (var m in mapping.Models) Add(m.Type, System.Linq.Enumerable.Select(m.Fields, f => f.Field));
            foreach (var m in mapping.HandModeled) Add(m.Type, m.Fields);
        }

        /// <summary>schema.txt's text → the files to commit (repository-relative path, text); or the errors, never an exception.</summary>
        public static (IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> Errors) Generate(string specText)
        {
            var errors = new List<string>();
            try
            {
                var spec = SpecFile.Parse(specText, errors);
                var mapping = Mapping.Spec;
                AddModeled(spec, mapping);
                var schema = SchemaBuilder.Build(spec, typeof(k8s.Models.V1Pod).Assembly, errors);
                if (schema is null || errors.Count > 0) return (Array.Empty<(string, string)>(), errors);
                var files = new List<(string Path, string Text)>(Emitter.Emit(schema));
                files.AddRange(PlumbingEmitter.Emit(schema, mapping, errors));
                files.Add(AttributeTableEmitter.Emit(typeof(ProbeGen.PodAttribute).Assembly, errors));
                if (errors.Count > 0) return (Array.Empty<(string, string)>(), errors);
                return (files, errors);
            }
            catch (Exception e)
            {
                errors.Add("internal error: " + e.GetType().Name + ": " + e.Message);
                return (Array.Empty<(string, string)>(), errors);
            }
        }
    }
}
