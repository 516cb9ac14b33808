using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>A property without a body (contract or abstract <c>…Core</c>): <c>{Modifiers}{Type} {Name} { get; set; }</c></summary>
    internal sealed record PropertySignature(EquatableArray<string> Docs, string Modifiers, string Type, string Name, bool HasSetter)
    {
        /// <summary>True when <see cref="Attribute"/> is printed before the property.</summary>
        public bool HasAttribute { get; init; }

        /// <summary>A C# attribute line for the property (<c>[AllowNull]</c> for <c>[LegacyNullToEmptyString]</c> strings).</summary>
        public string Attribute { get; init; } = "";
    }
}
