namespace WebIdl.Generator
{
    /// <summary>
    /// One generated C# file, as a value-equal binding record: every name, type string, modifier, default, statement
    /// and documentation line is precomputed, so rendering is layout only. Holds no spans and no syntax nodes, so an
    /// edit that moves text without changing meaning leaves it equal.
    /// </summary>
    public abstract record GeneratedDefinition
    {
        /// <summary>The stable hint name of the generated file: <c>Namespace.TypeName.g.cs</c>.</summary>
        public string HintName { get; init; } = "";

        /// <summary>The C# namespace the file declares.</summary>
        public string Namespace { get; init; } = "";

        /// <summary>The name of the main C# type the file declares (<c>WebSocket</c> for <c>IWebSocket</c>/<c>WebSocketBase</c>).</summary>
        public string TypeName { get; init; } = "";

        /// <summary>The IDL name the file comes from (for a union struct, the union as written).</summary>
        public string IdlName { get; init; } = "";

        /// <summary>What is generated: <c>interface</c>, <c>dictionary</c>, <c>enum</c>, <c>enum-helper</c>, <c>callback</c>, <c>callback-interface</c>, <c>namespace</c>, <c>exception</c> or <c>union</c>.</summary>
        public abstract string Kind { get; }
    }
}
