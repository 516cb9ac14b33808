using System;
using System.Collections.Generic;
using System.Threading;
using WebIdl.Language.Semantics;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// What the last <see cref="Binder.Split(SetModel)"/> saw and gave, for the next one to reuse (a cache of a pure function,
    /// checked by value equality before any reuse): every definition of the set in name order, and the input given
    /// for each generated one. One slot per process: two projects built in turn by one compiler process only reuse
    /// less, never wrongly. Immutable once made; the slot is swapped whole.
    /// </summary>
    internal sealed class SplitMemo
    {
        private static SplitMemo? last;

        private readonly bool unique = true;
        private readonly SemanticModel model;

        public SplitMemo(SemanticModel model, EquatableArray<DefinitionSymbol> symbols, EquatableArray<EventInterface> events, DefinitionInput[] inputs, int reused)
        {
            this.model = model;
            Symbols = symbols;
            Events = events;
            Reused = reused;
            for (var i = 1; i < symbols.Count; i++)
            {
                // Two definitions of one name (an error the model reports): inputs by name would be ambiguous.
                unique &= !string.Equals(symbols[i - 1].Name, symbols[i].Name, StringComparison.Ordinal);
            }

            Inputs = new Dictionary<string, DefinitionInput>(inputs.Length, StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                Inputs[input.Symbol.Name] = input;
            }
        }

        /// <summary>The last split's memo, or null.</summary>
        public static SplitMemo? Last
        {
            get => Volatile.Read(ref last);
            set => Volatile.Write(ref last, value);
        }

        /// <summary>The events data the split typed event handlers with.</summary>
        public EquatableArray<EventInterface> Events { get; }

        /// <summary>How many of the split's inputs were taken from the memo before it.</summary>
        public int Reused { get; }

        /// <summary>Every definition of the split set, in ordinal name order.</summary>
        public EquatableArray<DefinitionSymbol> Symbols { get; }

        /// <summary>The input given for each generated definition, by name.</summary>
        public Dictionary<string, DefinitionInput> Inputs { get; }

        /// <summary>True when this is the split of <paramref name="of"/> itself (the same object).</summary>
        public bool IsOf(SemanticModel of) => ReferenceEquals(model, of);

        /// <summary>True when <paramref name="definitions"/> defines exactly the same names, in the same order, each once.</summary>
        public bool SameNames(EquatableArray<DefinitionSymbol> definitions)
        {
            if (!unique || definitions.Count != Symbols.Count)
            {
                return false;
            }

            for (var i = 0; i < definitions.Count; i++)
            {
                if (!string.Equals(definitions[i].Name, Symbols[i].Name, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
