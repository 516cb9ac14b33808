using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WebIdl.Language.Semantics;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// Binds IDL interfaces: the contract <c>IFoo</c>, the validation stub <c>FooBase</c> (public members convert and
    /// check, then call <c>protected abstract …Core</c> members), and <c>IFooStatics</c> for constructors and static
    /// members. Bases are bound first, so a member that hides an inherited one gets <c>new</c> exactly when C# says so.
    /// </summary>
    internal sealed partial class InterfaceBinder
    {
        private const string Generic = "global::System.Collections.Generic.";
        private const string MaybeNullWhenFalse = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] ";

        private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        private readonly BindingContext context;
        private readonly Dictionary<string, BoundInterface> bound = new Dictionary<string, BoundInterface>(StringComparer.Ordinal);
        private readonly HashSet<string> binding = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// Bases bound while binding an earlier definition of the same model, by symbol identity: every definition
        /// that derives from <c>HTMLElement</c> needs its member tables, and a base binds the same whichever
        /// derived definition binds it (each is bound with the base's own dependencies). Symbols of another model
        /// (another run, an edit) are other objects, so they never meet an entry made for this one.
        /// </summary>
        private static readonly ConditionalWeakTable<InterfaceSymbol, BoundInterface> BoundBases = new ConditionalWeakTable<InterfaceSymbol, BoundInterface>();

        private InterfaceSymbol? root;

        public InterfaceBinder(BindingContext context) => this.context = context;

        /// <summary>
        /// Binds the definition <paramref name="symbol"/> itself: always bound here, so its diagnostics are reported;
        /// its bases may come from <see cref="BoundBases"/> (their diagnostics are reported by their own binding).
        /// </summary>
        public BoundInterface BindDefinition(InterfaceSymbol symbol)
        {
            root = symbol;
            return Bind(symbol);
        }

        /// <summary>Binds <paramref name="symbol"/> (once; bases first).</summary>
        public BoundInterface Bind(InterfaceSymbol symbol)
        {
            if (bound.TryGetValue(symbol.Name, out var done))
            {
                return done;
            }

            if (!ReferenceEquals(symbol, root) && BoundBases.TryGetValue(symbol, out var shared))
            {
                bound.Add(symbol.Name, shared);
                return shared;
            }

            if (!binding.Add(symbol.Name))
            {
                return BoundInterface.Cycle; // reported by the model (WIDL0104)
            }

            try
            {
                var result = new Builder(this, symbol).Build();
                bound.Add(symbol.Name, result);
                if (result != BoundInterface.Cycle)
                {
                    // First one wins; any binding of this symbol is equal (and GetValue never throws on a race).
                    BoundBases.GetValue(symbol, _ => result);
                }

                return result;
            }
            finally
            {
                binding.Remove(symbol.Name);
            }
        }

        /// <summary>What derived interfaces need to know about a bound interface.</summary>
        internal sealed class BoundInterface
        {
            public static readonly BoundInterface Cycle = new BoundInterface(null, new MemberTable(), new MemberTable(), null, false, new HashSet<string>(StringComparer.Ordinal));

            public BoundInterface(InterfaceBinding? binding, MemberTable contract, MemberTable stub, RuntimeType? root, bool hasStatics, HashSet<string> covered)
            {
                Binding = binding;
                Contract = contract;
                Stub = stub;
                Root = root;
                HasStatics = hasStatics;
                Covered = covered;
            }

            public InterfaceBinding? Binding { get; }

            /// <summary>Every member of the contract and the contracts it inherits.</summary>
            public MemberTable Contract { get; }

            /// <summary>Every member of the stub and the stubs it derives from (public, protected and static).</summary>
            public MemberTable Stub { get; }

            /// <summary>The runtime class at the root of the stub chain (<c>EventTarget</c>, <c>Event</c>, …), or null.</summary>
            public RuntimeType? Root { get; }

            public bool HasStatics { get; }

            /// <summary>The interfaces whose members the stub chain implements (itself, its bases, what they implement).</summary>
            public HashSet<string> Covered { get; }
        }
    }
}
