using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>A property with a body: <c>get =&gt; {Getter};</c> and, when <see cref="HasSetter"/>, a setter running <see cref="SetterStatements"/>.</summary>
    internal sealed record PropertyImplementation(EquatableArray<string> Docs, string Modifiers, string Type, string Name, string Getter, bool HasSetter, EquatableArray<string> SetterStatements)
    {
        /// <summary>True when <see cref="Attribute"/> is printed before the property.</summary>
        public bool HasAttribute { get; init; }

        /// <summary>A C# attribute line for the property (<c>[AllowNull]</c> for <c>[LegacyNullToEmptyString]</c> strings).</summary>
        public string Attribute { get; init; } = "";
    }
}
