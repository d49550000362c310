using System;
using System.Collections.Generic;
using ProbeGen.Core.Schema;

namespace ProbeGen.SchemaGen
{
    /// <summary>The vocabulary of <see cref="Mapping"/>: model records, attribute mappings and hand-modeled fields.</summary>
    internal sealed class MappingSpec
    {
        public MappingSpec(ModelBlock[] models, AttributeBlock[] attributes, ModeledBlock[] modeled)
        {
            Models = models;
            Attributes = attributes;
            HandModeled = modeled;
        }

        public IReadOnlyList<ModelBlock> Models { get; }
        public IReadOnlyList<AttributeBlock> Attributes { get; }
        public IReadOnlyList<ModeledBlock> HandModeled { get; }

        public sealed record ModelField(FieldDescriptor Field, bool Generated, bool Required);
        public sealed record ModelBlock(string Record, TypeDescriptor Type, IReadOnlyList<ModelField> Fields);
        public sealed record AttributeField(string? Property, int CtorIndex, FieldDescriptor Field, string? What, bool ImportByHand);
        public sealed record AttributeBlock(Type Attribute, string Record, IReadOnlyList<AttributeField> Fields);
        public sealed record ModeledBlock(TypeDescriptor Type, IReadOnlyList<FieldDescriptor> Fields);

        public static ModelBlock Model(string record, TypeDescriptor type, params ModelField[] fields) => new(record, type, fields);
        public static ModelField Field(FieldDescriptor field, bool required = false) => new(field, true, required);
        public static ModelField Hand(FieldDescriptor field) => new(field, false, false);
        public static AttributeBlock Attribute<T>(string record, params AttributeField[] fields) where T : System.Attribute => new(typeof(T), record, fields);
        public static AttributeField Ctor(int index, FieldDescriptor field, string what) => new(null, index, field, what, false);
        public static AttributeField Map(string property, FieldDescriptor field, bool importByHand = false) => new(property, -1, field, null, importByHand);
        public static ModeledBlock Modeled(TypeDescriptor type, params FieldDescriptor[] fields) => new(type, fields);
    }
}
