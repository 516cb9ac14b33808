using System;
using System.Collections.Generic;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Which event interface the events of each event handler attribute have: the attribute's
    /// <c>[EventInterface=X]</c> extended attribute, else the events data (<see cref="GeneratorOptions.Events"/>) for
    /// the attribute's event type at the interface or its nearest base listed. Only an interface more specific than
    /// <c>Event</c> counts (an <c>Event</c> event stays untyped), and only one the set or the runtime knows as an
    /// event; an event type the data gives two interfaces for at one target stays untyped.
    /// </summary>
    internal sealed class EventTyping
    {
        /// <summary>The extended attribute that names an event handler attribute's event interface in IDL.</summary>
        public const string ExtendedAttribute = "EventInterface";

        private readonly Dictionary<string, string?> byTargetAndType = new Dictionary<string, string?>(StringComparer.Ordinal);

        public EventTyping(EquatableArray<EventInterface> events)
        {
            foreach (var entry in events)
            {
                var key = entry.Target + " " + entry.Type;
                if (byTargetAndType.TryGetValue(key, out var known))
                {
                    if (known is not null && !string.Equals(known, entry.Interface, StringComparison.Ordinal))
                    {
                        byTargetAndType[key] = null;
                    }
                }
                else
                {
                    byTargetAndType.Add(key, entry.Interface);
                }
            }
        }

        /// <summary>True when neither events data nor <c>[EventInterface]</c> can type anything (no data given).</summary>
        public bool HasData => byTargetAndType.Count > 0;

        /// <summary>
        /// The typed event handler attributes of <paramref name="definition"/>, in member order; empty for anything but
        /// an interface. <paramref name="read"/> gets every interface name looked at (typed or not), which binding the
        /// definition therefore depends on.
        /// </summary>
        public EquatableArray<TypedEvent> Of(SemanticModel model, DefinitionSymbol definition, ICollection<string> read)
        {
            if (definition is not InterfaceSymbol face)
            {
                return EquatableArray<TypedEvent>.Empty;
            }

            List<TypedEvent>? typed = null;
            HashSet<string>? seen = null;
            foreach (var member in face.Members)
            {
                if (member.Syntax is not AttributeMember attribute || !IsEventHandler(attribute))
                {
                    continue;
                }

                var name = Declared(attribute) ?? FromData(face, attribute.AttributeName.Substring(2));
                if (name is null)
                {
                    continue;
                }

                if (!IsSpecificEvent(model, name, read))
                {
                    continue;
                }

                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (seen.Add(attribute.AttributeName))
                {
                    typed ??= new List<TypedEvent>();
                    typed.Add(new TypedEvent(attribute.AttributeName, name));
                }
            }

            return typed is null ? EquatableArray<TypedEvent>.Empty : typed.ToArray();
        }

        /// <summary>An attribute typed <c>EventHandler</c> named <c>onX</c>.</summary>
        public static bool IsEventHandler(AttributeMember attribute) =>
            attribute.Type.Name == "EventHandler" && !attribute.Type.Union && attribute.Type.Generic.Length == 0
            && attribute.AttributeName.Length > 2 && attribute.AttributeName.StartsWith("on", StringComparison.Ordinal);

        private static string? Declared(AttributeMember attribute)
        {
            foreach (var extended in attribute.ExtAttrs)
            {
                if (extended.Name == ExtendedAttribute && extended.Rhs is { IsList: false, Value: { Length: > 0 } value })
                {
                    return value;
                }
            }

            return null;
        }

        private string? FromData(InterfaceSymbol face, string type)
        {
            if (byTargetAndType.Count == 0)
            {
                return null;
            }

            if (byTargetAndType.TryGetValue(face.Name + " " + type, out var own))
            {
                return own;
            }

            foreach (var baseName in face.InheritanceChain)
            {
                if (byTargetAndType.TryGetValue(baseName + " " + type, out var inherited))
                {
                    return inherited;
                }
            }

            return null;
        }

        /// <summary>An interface of the set that inherits from <c>Event</c>, or an event class of the runtime (<c>MessageEvent</c>, …).</summary>
        private static bool IsSpecificEvent(SemanticModel model, string name, ICollection<string> read)
        {
            read.Add(name);
            if (name == "Event")
            {
                return false;
            }

            // Up the inheritance of the set's interfaces (the chain may end at a base the set does not define, such as the runtime's Event).
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = name;
            while (model.TryGetDefinition(current, out var definition))
            {
                if (definition is not InterfaceSymbol { Inheritance: { } baseName } || !seen.Add(current))
                {
                    return false;
                }

                if (baseName == "Event")
                {
                    return true;
                }

                current = baseName;
                read.Add(current);
            }

            if (current != name)
            {
                // A base outside the set: an event if the runtime's class of that name is.
                name = current;
            }

            return RuntimeTypes.Find(name) is { Kind: RuntimeTypeKind.Class } runtime && Array.IndexOf(runtime.MemberNames, "PreventDefault") >= 0;
        }
    }
}
