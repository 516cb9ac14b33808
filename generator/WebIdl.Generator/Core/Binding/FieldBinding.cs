namespace WebIdl.Generator.Binding
{
    /// <summary>A private field: <c>{Modifiers}{Type} {Name};</c></summary>
    internal sealed record FieldBinding(string Modifiers, string Type, string Name)
    {
        /// <summary>Printed after the name: empty, or <c> = …</c>.</summary>
        public string Initializer { get; init; } = "";
    }
}
