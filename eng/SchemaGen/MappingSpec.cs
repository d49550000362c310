using System;
using System.Collections.Generic;
using ProbeGen.Core.Schema;

namespace ProbeGen.SchemaGen
{
    /// <summary>The vocabulary of <see cref="Mapping"/>: model records, attribute mappings and hand-modeled fields.</summary>
    internal sealed class MappingSpec
    {
        public MappingSpec(ModelBlock[] models, AttributeBlock[] attributes, ModeledBlock[] modeled, PartBlock[]? parts = null)
        {
            Models = models;
            Attributes = attributes;
            HandModeled = modeled;
            Parts = parts ?? System.Array.Empty<PartBlock>();
        }

        public IReadOnlyList<ModelBlock> Models { get; }
        public IReadOnlyList<AttributeBlock> Attributes { get; }
        public IReadOnlyList<ModeledBlock> HandModeled { get; }
        public IReadOnlyList<PartBlock> Parts { get; }

        /// <summary><paramref name="ModeledBy"/>: what PG0044 tells a <c>[Set]</c> on the field to use instead, where the attribute mapping cannot say it.</summary>
        public sealed record ModelField(FieldDescriptor Field, bool Generated, bool Required, string? ModeledBy = null);
        public sealed record ModelBlock(string Record, TypeDescriptor Type, bool Item, IReadOnlyList<ModelField> Fields, string? Short = null, bool Seeded = false)
        {
            /// <summary>What the generated members are named after: ContainerSpec → Container (WriteContainer, ReadContainerFields).</summary>
            public string ShortName => Short ?? (Record.EndsWith("Spec", StringComparison.Ordinal) ? Record.Substring(0, Record.Length - 4) : Record);
        }
        public sealed record AttributeField(string? Property, int CtorIndex, FieldDescriptor Field, string? What, bool ImportByHand);
        public sealed record AttributeBlock(Type Attribute, string Record, IReadOnlyList<AttributeField> Fields);
        public sealed record ModeledBlock(TypeDescriptor Type, IReadOnlyList<FieldDescriptor> Fields);
        public sealed record PartBlock(Type Attribute, string Record, int CtorIndex, FieldDescriptor Field, string What);

        /// <summary>A record written as a sequence item (its first field, a required string, opens the item).</summary>
        public static ModelBlock Model(string record, TypeDescriptor type, params ModelField[] fields) => new(record, type, true, fields);
        /// <summary>A record whose fields are written inside an object the hand-written caller opened (a spec's scalars).</summary>
        public static ModelBlock Body(string record, TypeDescriptor type, params ModelField[] fields) => new(record, type, false, fields);
        /// <summary>
        /// More fields for a hand-written positional record (<c>WorkloadSpec</c>, whose metadata is <paramref name="type"/>): the
        /// readers take the record and return it <c>with</c> the fields set; members are named after <paramref name="shortName"/>.
        /// </summary>
        public static ModelBlock Extend(string record, string shortName, TypeDescriptor type, params ModelField[] fields) => new(record, type, false, fields, shortName, true);
        public static ModelField Field(FieldDescriptor field, bool required = false, string? modeledBy = null) => new(field, true, required, modeledBy);
        public static ModelField Hand(FieldDescriptor field, string? modeledBy = null) => new(field, false, false, modeledBy);
        /// <summary><c>[Name(args)]</c> of attribute <typeparamref name="T"/>, for a <c>modeledBy</c> advice (a renamed attribute does not compile).</summary>
        public static string By<T>(string args = "…") where T : System.Attribute => "[" + ShortName(typeof(T)) + "(" + args + ")]";
        /// <summary><c>[Name]</c> of attribute <typeparamref name="T"/>.</summary>
        public static string Named<T>() where T : System.Attribute => "[" + ShortName(typeof(T)) + "]";
        public static string ShortName(Type attribute) => attribute.Name.EndsWith("Attribute", StringComparison.Ordinal) ? attribute.Name.Substring(0, attribute.Name.Length - 9) : attribute.Name;
        public static AttributeBlock Attribute<T>(string record, params AttributeField[] fields) where T : System.Attribute => new(typeof(T), record, fields);
        public static AttributeField Ctor(int index, FieldDescriptor field, string what, bool importByHand = false) => new(null, index, field, what, importByHand);
        public static AttributeField Map(string property, FieldDescriptor field, bool importByHand = false) => new(property, -1, field, null, importByHand);
        /// <summary>An attribute whose one constructor argument sets one field of a record built from several attributes (<c>[ServiceAccount(name)]</c>).</summary>
        public static PartBlock Part<T>(string record, int ctorIndex, FieldDescriptor field, string what) where T : System.Attribute => new(typeof(T), record, ctorIndex, field, what);
        public static ModeledBlock Modeled(TypeDescriptor type, params FieldDescriptor[] fields) => new(type, fields);
    }
}
