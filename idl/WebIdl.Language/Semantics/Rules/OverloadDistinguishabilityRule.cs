using System;
using System.Collections.Generic;
using System.Text;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// Overloads (operations of one name, static and regular apart, and the constructors of an interface) must be
    /// distinguishable. Following Web IDL's effective overload set: each operation contributes its full argument
    /// list, the lists obtained by dropping trailing optional (and variadic) arguments, and for a variadic operation
    /// the lists repeating the last argument up to the longest overload. Where two or more entries have the same
    /// length, some argument index must make every pair distinguishable (see <see cref="Distinguishability"/>);
    /// two entries of length zero always clash. Web IDL's further requirement that the types before that index be
    /// equal is not checked. An overload written twice with the same arguments (the web platform's IDL declares
    /// <c>CaptureController</c>'s <c>constructor()</c> in two places) is a warning, not a clash, and counted once.
    /// </summary>
    internal sealed class OverloadDistinguishabilityRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.IndistinguishableOverloads, DiagnosticCatalogue.RepeatedOverload };

        public override void Check(RuleContext context)
        {
            var groups = new Dictionary<string, List<(MemberNode Member, EquatableArray<Argument> Arguments)>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var definition in context.Model.Definitions)
            {
                if (definition is ContainerSymbol container and not DictionarySymbol and not ExceptionSymbol)
                {
                    groups.Clear();
                    order.Clear();
                    CheckContainer(context, container, groups, order);
                }
            }
        }

        private static void CheckContainer(
            RuleContext context,
            ContainerSymbol container,
            Dictionary<string, List<(MemberNode Member, EquatableArray<Argument> Arguments)>> groups,
            List<string> order)
        {
            foreach (var member in container.Members)
            {
                string key;
                EquatableArray<Argument> arguments;
                switch (member.Syntax)
                {
                    case OperationMember { OperationName.Length: > 0 } operation:
                        key = (operation.Special == "static" ? "static " : "") + operation.OperationName;
                        arguments = operation.Arguments;
                        break;
                    case ConstructorMember constructor:
                        key = "constructor";
                        arguments = constructor.Arguments;
                        break;
                    default:
                        continue;
                }

                if (!groups.TryGetValue(key, out var group))
                {
                    groups.Add(key, group = new List<(MemberNode, EquatableArray<Argument>)>());
                    order.Add(key);
                }

                var repeated = group.FindIndex(other => SameArguments(other.Arguments, arguments));
                if (repeated >= 0)
                {
                    var label = member.Syntax is ConstructorMember ? "The constructor"
                        : key.StartsWith("static ", StringComparison.Ordinal) ? "Static operation '" + key.Substring(7) + "'"
                        : "Operation '" + key + "'";
                    context.Report(DiagnosticCatalogue.RepeatedOverload, member.Syntax.NameSpan, label, Signature(key, arguments, arguments.Count));
                    continue;
                }

                group.Add((member.Syntax, arguments));
            }

            foreach (var key in order)
            {
                var group = groups[key];
                if (group.Count > 1)
                {
                    CheckGroup(context, key, group);
                }
            }
        }

        private static void CheckGroup(RuleContext context, string name, List<(MemberNode Member, EquatableArray<Argument> Arguments)> group)
        {
            var maxArguments = 0;
            foreach (var (_, arguments) in group)
            {
                maxArguments = Math.Max(maxArguments, arguments.Count);
            }

            // The effective overload set, grouped by type list length: (overload index, types).
            var byLength = new SortedDictionary<int, List<(int Overload, IdlType[] Types)>>();
            for (var k = 0; k < group.Count; k++)
            {
                var arguments = group[k].Arguments;
                var types = new IdlType[arguments.Count];
                for (var i = 0; i < types.Length; i++)
                {
                    types[i] = arguments[i]?.Type is { } type ? context.Resolve(type) : new IdlType();
                }

                Add(byLength, k, types, types.Length);
                var n = arguments.Count;
                if (n > 0 && arguments[n - 1] is { Variadic: true })
                {
                    for (var length = n + 1; length <= maxArguments; length++)
                    {
                        Add(byLength, k, types, length);
                    }
                }

                for (var i = n - 1; i >= 0 && arguments[i] is { } argument && (argument.Optional || argument.Variadic); i--)
                {
                    Add(byLength, k, types, i);
                }
            }

            foreach (var pair in byLength)
            {
                var entries = pair.Value;
                if (entries.Count < 2 || HasDistinguishingIndex(context, pair.Key, entries))
                {
                    continue;
                }

                var (first, second) = ClashingPair(context, pair.Key, entries);
                var label = name == "constructor" ? "the constructor"
                    : name.StartsWith("static ", StringComparison.Ordinal) ? "static operation '" + name.Substring(7) + "'"
                    : "operation '" + name + "'";
                context.Report(
                    DiagnosticCatalogue.IndistinguishableOverloads,
                    group[second.Overload].Member.NameSpan,
                    label,
                    pair.Key,
                    Signature(name, group[first.Overload].Arguments, pair.Key),
                    Signature(name, group[second.Overload].Arguments, pair.Key));
                return;
            }
        }

        private static void Add(SortedDictionary<int, List<(int, IdlType[])>> byLength, int overload, IdlType[] types, int length)
        {
            if (!byLength.TryGetValue(length, out var entries))
            {
                byLength.Add(length, entries = new List<(int, IdlType[])>());
            }

            // Each overload contributes at most one entry per length.
            if (entries.Count == 0 || entries[entries.Count - 1].Item1 != overload)
            {
                entries.Add((overload, types));
            }
        }

        /// <summary>The type at <paramref name="index"/> of an entry (a variadic's last type repeats).</summary>
        private static IdlType TypeAt(IdlType[] types, int index) => types[Math.Min(index, types.Length - 1)];

        private static bool HasDistinguishingIndex(RuleContext context, int length, List<(int Overload, IdlType[] Types)> entries)
        {
            for (var index = 0; index < length; index++)
            {
                if (AllPairsDistinguishable(context, entries, index))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AllPairsDistinguishable(RuleContext context, List<(int Overload, IdlType[] Types)> entries, int index)
        {
            for (var p = 0; p < entries.Count; p++)
            {
                for (var q = p + 1; q < entries.Count; q++)
                {
                    if (!Distinguishability.AreDistinguishable(TypeAt(entries[p].Types, index), TypeAt(entries[q].Types, index), context))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The first pair no index tells apart, or else the first pair that clashes at index 0.</summary>
        private static ((int Overload, IdlType[] Types), (int Overload, IdlType[] Types)) ClashingPair(RuleContext context, int length, List<(int Overload, IdlType[] Types)> entries)
        {
            (int, IdlType[])? fallback = null;
            (int, IdlType[])? fallbackSecond = null;
            for (var p = 0; p < entries.Count; p++)
            {
                for (var q = p + 1; q < entries.Count; q++)
                {
                    var apart = false;
                    for (var index = 0; index < length && !apart; index++)
                    {
                        apart = Distinguishability.AreDistinguishable(TypeAt(entries[p].Types, index), TypeAt(entries[q].Types, index), context);
                    }

                    if (!apart)
                    {
                        return (entries[p], entries[q]);
                    }

                    if (fallback is null && length > 0 && !Distinguishability.AreDistinguishable(TypeAt(entries[p].Types, 0), TypeAt(entries[q].Types, 0), context))
                    {
                        fallback = entries[p];
                        fallbackSecond = entries[q];
                    }
                }
            }

            return fallback is null ? (entries[0], entries[1]) : (fallback.Value, fallbackSecond!.Value);
        }

        /// <summary>True when two argument lists have the same types (as written), optionality and variadicity.</summary>
        private static bool SameArguments(EquatableArray<Argument> a, EquatableArray<Argument> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] is not { } x || b[i] is not { } y || x.Optional != y.Optional || x.Variadic != y.Variadic
                    || !string.Equals(x.Type?.ToString(), y.Type?.ToString(), StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The overload as written, cut or extended to <paramref name="length"/> arguments: <c>f(long, DOMString)</c>.</summary>
        private static string Signature(string name, EquatableArray<Argument> arguments, int length)
        {
            var text = new StringBuilder(name.StartsWith("static ", StringComparison.Ordinal) ? name.Substring(7) : name).Append('(');
            for (var i = 0; i < length; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(arguments[Math.Min(i, arguments.Count - 1)]?.Type);
            }

            return text.Append(')').ToString();
        }
    }
}
