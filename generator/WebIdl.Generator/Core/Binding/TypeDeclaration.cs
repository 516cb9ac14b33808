using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// One C# class, struct, record or interface: <c>{Modifiers}{Name}{Bases}</c> and its members, rendered in this
    /// order: constants, fields, constructors, data properties, properties, events, indexers, methods, then the
    /// signatures (contract members and abstract <c>…Core</c> members).
    /// </summary>
    internal sealed record TypeDeclaration
    {
        public EquatableArray<string> Docs { get; init; }

        /// <summary>Everything before the name, with a trailing space: <c>public abstract partial class </c>.</summary>
        public string Modifiers { get; init; } = "";

        public string Name { get; init; } = "";

        /// <summary>The base list with its colon (<c> : A, B</c>), or empty.</summary>
        public string Bases { get; init; } = "";

        public EquatableArray<ConstantBinding> Constants { get; init; }

        public EquatableArray<FieldBinding> Fields { get; init; }

        public EquatableArray<ConstructorImplementation> Constructors { get; init; }

        public EquatableArray<DataProperty> DataProperties { get; init; }

        public EquatableArray<PropertyImplementation> Properties { get; init; }

        public EquatableArray<EventImplementation> Events { get; init; }

        public EquatableArray<IndexerImplementation> Indexers { get; init; }

        public EquatableArray<MethodImplementation> Methods { get; init; }

        public EquatableArray<PropertySignature> PropertySignatures { get; init; }

        public EquatableArray<EventSignature> EventSignatures { get; init; }

        public EquatableArray<IndexerSignature> IndexerSignatures { get; init; }

        public EquatableArray<MethodSignature> MethodSignatures { get; init; }
    }
}
