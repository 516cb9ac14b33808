using WebIdl.Language.Text;

namespace WebIdl.Generator
{
    /// <summary>What the consumer's build tells the generator. Value-equal.</summary>
    public sealed record GeneratorOptions
    {
        /// <summary>The C# namespace of the generated code (MSBuild <c>WebIdlNamespace</c>, else <c>RootNamespace</c>).</summary>
        public string Namespace { get; init; } = "WebIdl.Generated";

        /// <summary>
        /// Extra type names defined outside the IDL files. The names the runtime provides (<c>Event</c>,
        /// <c>EventTarget</c>, <c>Blob</c>, …) and the web platform's undefined names (<c>CSSOMString</c>, …) are
        /// always known; any other external name <c>Foo</c> maps to a C# type <c>Foo</c> in <see cref="Namespace"/>
        /// that the consumer writes.
        /// </summary>
        public EquatableArray<string> KnownExternalTypes { get; init; }

        /// <summary>
        /// Which event interface each event type fired at each interface has (events data, the @webref/events shape;
        /// read with <see cref="EventsData.Parse"/>). An event handler attribute <c>onX</c> of an interface that these
        /// facts give a more specific interface than <c>Event</c> for <c>X</c> (at the interface or its nearest base)
        /// gets an idiomatic C# event of that type. Empty: every such event is an untyped
        /// <c>WebIdl.Runtime.EventListener</c>.
        /// </summary>
        public EquatableArray<EventInterface> Events { get; init; }

        /// <summary>True to treat legacy WebIDL syntax (<c>exception</c>, <c>raises</c>, <c>in</c>, …) as an error (WIDL0008), as webidl2.js does.</summary>
        public bool LegacyStrict { get; init; }

        /// <summary>
        /// True to generate the contract interface (<c>IEvent</c>, <c>IEventTarget</c>, …) of an interface the runtime
        /// owns when the set defines it (MSBuild <c>WebIdlOwnedContracts</c>): the contract only, with no stub and no
        /// statics, for the runtime's hand-written class to implement (the runtime sets it). Every use of the name
        /// still maps to the runtime's class, and the contracts of interfaces deriving from it do not inherit the new
        /// contract (their stubs derive from the runtime's class). False (the default): those names generate nothing.
        /// </summary>
        public bool OwnedContracts { get; init; }
    }
}
