using System;
using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    /// <summary>The shape of a Kubernetes field's value (for a list or a map: of its elements).</summary>
    public enum FieldKind
    {
        None,
        String,
        Bool,
        Int32,
        Int64,
        Double,
        IntOrString,
        Quantity,
        DateTime,
        Bytes,
        /// <summary>Free-form JSON (e.g. <c>managedFields[*].fieldsV1</c>).</summary>
        Any,
        Map,
        List,
        Object,
    }

    /// <summary>One field of a Kubernetes type, as eng/SchemaGen found it in k8s.Models and schema.txt.</summary>
    public sealed class FieldDescriptor
    {
        public FieldDescriptor(string jsonName, string clrProperty, FieldKind kind, FieldKind elementKind, string? objectType,
            bool required, bool modeled, EnumTable? allowed, string? apiDefault)
        {
            JsonName = jsonName;
            ClrProperty = clrProperty;
            Kind = kind;
            ElementKind = elementKind;
            ObjectType = objectType;
            Required = required;
            Modeled = modeled;
            Allowed = allowed;
            ApiDefault = apiDefault;
        }

        /// <summary>The field's name in YAML and JSON, as the API spells it.</summary>
        public string JsonName { get; }

        /// <summary>The property of the k8s.Models class (<c>NamespaceProperty</c> for <c>namespace</c>).</summary>
        public string ClrProperty { get; }

        public FieldKind Kind { get; }

        /// <summary>For a list or a map, the kind of its elements; otherwise <see cref="FieldKind.None"/>.</summary>
        public FieldKind ElementKind { get; }

        /// <summary>The Kubernetes type of the object (or of the list's or map's objects); find it with <see cref="SchemaIndex.Find"/>.</summary>
        public string? ObjectType { get; }

        /// <summary>The API server rejects the object without it.</summary>
        public bool Required { get; }

        /// <summary>ProbeGen's model carries it (otherwise a front-end reports it as not modeled).</summary>
        public bool Modeled { get; }

        /// <summary>The values the API server accepts, when it is an enum.</summary>
        public EnumTable? Allowed { get; }

        /// <summary>The API server's default, as written in YAML, when it has a fixed one.</summary>
        public string? ApiDefault { get; }
    }

    /// <summary>One Kubernetes object type: its fields in ordinal order of JSON name.</summary>
    public sealed class TypeDescriptor
    {
        private readonly FieldDescriptor[] _fields;

        public TypeDescriptor(string name, string clrName, FieldDescriptor[] fields)
        {
            Name = name;
            ClrName = clrName;
            _fields = fields;
        }

        /// <summary>The Kubernetes name (<c>Container</c>, <c>HTTPGetAction</c>).</summary>
        public string Name { get; }

        /// <summary>The k8s.Models class (<c>V1Container</c>).</summary>
        public string ClrName { get; }

        public IReadOnlyList<FieldDescriptor> Fields => _fields;

        /// <summary>The field with this JSON name (ordinal), or null: fields are sorted, so this is a binary search.</summary>
        public FieldDescriptor? Field(string jsonName)
        {
            int lo = 0, hi = _fields.Length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = string.CompareOrdinal(_fields[mid].JsonName, jsonName);
                if (c == 0) return _fields[mid];
                if (c < 0) lo = mid + 1;
                else hi = mid - 1;
            }
            return null;
        }
    }

    /// <summary>A Kubernetes enum: its strings, and the member of ProbeGen's C# enum each maps to (<c>TCP</c> ↔ <c>Tcp</c>).</summary>
    public sealed class EnumTable
    {
        private readonly string[] _values;
        private readonly string[] _members;

        public EnumTable(string name, string[] values, string[] members)
        {
            if (values.Length != members.Length) throw new ArgumentException("one member per value", nameof(members));
            Name = name;
            _values = values;
            _members = members;
        }

        public string Name { get; }

        /// <summary>The Kubernetes strings, in the order schema.txt lists them.</summary>
        public IReadOnlyList<string> Values => _values;

        /// <summary>The C# enum member names, index for index with <see cref="Values"/>.</summary>
        public IReadOnlyList<string> Members => _members;

        public bool Allows(string value) => Array.IndexOf(_values, value) >= 0;

        /// <summary>The Kubernetes string for a C# member name (ordinal), or null.</summary>
        public string? ToKubernetes(string member)
        {
            int i = Array.IndexOf(_members, member);
            return i < 0 ? null : _values[i];
        }

        /// <summary>The C# member name for a Kubernetes string (ordinal, as the API server compares), or null.</summary>
        public string? ToMember(string value)
        {
            int i = Array.IndexOf(_values, value);
            return i < 0 ? null : _members[i];
        }
    }

    /// <summary>A workload kind: its apiVersion and kind, its root type, where its pod spec sits, its manifest file suffix.</summary>
    public sealed class KindDescriptor
    {
        public KindDescriptor(string kind, string apiVersion, string rootType, string podSpecPath, string fileSuffix)
        {
            Kind = kind;
            ApiVersion = apiVersion;
            RootType = rootType;
            PodSpecPath = podSpecPath;
            FileSuffix = fileSuffix;
        }

        /// <summary>The Kubernetes <c>kind</c> string (<c>CronJob</c>).</summary>
        public string Kind { get; }

        /// <summary><c>v1</c>, <c>apps/v1</c>, <c>batch/v1</c>.</summary>
        public string ApiVersion { get; }

        /// <summary>The schema type of the whole object (<see cref="SchemaIndex.Find"/>).</summary>
        public string RootType { get; }

        /// <summary>The field path of the pod spec inside the object (<c>spec.jobTemplate.spec.template.spec</c>).</summary>
        public string PodSpecPath { get; }

        /// <summary>The kind as it appears in manifest file names (<c>web.deployment.yaml</c>).</summary>
        public string FileSuffix { get; }
    }
}
