using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Generator.Model
{
    /// <summary>Names from symbols, written as C# identifiers: a keyword gets <c>@</c> (a class <c>@int</c> is named "int").</summary>
    internal static class Identifiers
    {
        public static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary><c>A.@class.B</c> for the namespace "A.class.B".</summary>
        public static string EscapeNamespace(string ns)
        {
            if (ns.IndexOf('.') < 0) return Escape(ns);
            var parts = ns.Split('.');
            for (int i = 0; i < parts.Length; i++) parts[i] = Escape(parts[i]);
            return string.Join(".", parts);
        }
    }
}
