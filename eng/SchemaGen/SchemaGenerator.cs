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

        /// <summary>schema.txt's text → the files to commit (repository-relative path, text); or the errors, never an exception.</summary>
        public static (IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> Errors) Generate(string specText)
        {
            var errors = new List<string>();
            try
            {
                var spec = SpecFile.Parse(specText, errors);
                var schema = SchemaBuilder.Build(spec, typeof(k8s.Models.V1Pod).Assembly, errors);
                if (schema is null || errors.Count > 0) return (Array.Empty<(string, string)>(), errors);
                return (Emitter.Emit(schema), errors);
            }
            catch (Exception e)
            {
                errors.Add("internal error: " + e.GetType().Name + ": " + e.Message);
                return (Array.Empty<(string, string)>(), errors);
            }
        }
    }
}
