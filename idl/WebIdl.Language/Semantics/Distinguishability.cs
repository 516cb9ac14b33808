using WebIdl.Language.Semantics.Rules;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics
{
    /// <summary>
    /// Web IDL's "distinguishable" relation (§ 2.5.8 overloading), for types whose typedefs are resolved. It is
    /// conservative: a type it cannot place in a category (an unknown or external name, a typedef left by a cycle)
    /// counts as distinguishable from everything, so only overloads that certainly clash are reported.
    ///
    /// What is checked: the nullable rule (two types that both include a nullable type, or one nullable and the
    /// other a dictionary or a union with a dictionary, clash); unions member by member; and the category table for
    /// undefined, boolean, numeric types, bigint, string types (and enums), object, symbol, interface-like types
    /// (interfaces, legacy exceptions, buffer types: distinguishable unless the same or one inherits the other),
    /// callback functions, dictionary-like types (dictionaries, records, callback interfaces), async sequences and
    /// sequence-like types (sequence, FrozenArray, ObservableArray). <c>any</c> and <c>Promise</c> are
    /// distinguishable from nothing. Not checked: the [LegacyTreatNonObjectAsNull] exception for callback
    /// functions versus dictionary-like types (taken as distinguishable).
    /// </summary>
    internal static class Distinguishability
    {
        private enum Category
        {
            Unknown,
            Undefined,
            Boolean,
            Numeric,
            BigInt,
            String,
            Object,
            Symbol,
            InterfaceLike,
            CallbackFunction,
            DictionaryLike,
            AsyncSequence,
            SequenceLike,
            Any,
            Promise,
        }

        /// <summary>True when <paramref name="a"/> and <paramref name="b"/> (typedefs resolved) are distinguishable.</summary>
        public static bool AreDistinguishable(IdlType a, IdlType b, RuleContext context)
        {
            if ((IncludesNullable(a) && (IncludesNullable(b) || IsOrHasDictionary(b, context)))
                || (IncludesNullable(b) && IsOrHasDictionary(a, context)))
            {
                return false;
            }

            if (a.Union)
            {
                foreach (var member in a.Subtypes)
                {
                    if (!AreDistinguishable(member, b, context))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (b.Union)
            {
                return AreDistinguishable(b, a, context);
            }

            return Table(a, Categorise(a, context), b, Categorise(b, context), context);
        }

        private static bool IncludesNullable(IdlType type)
        {
            if (type.Nullable)
            {
                return true;
            }

            if (type.Union)
            {
                foreach (var member in type.Subtypes)
                {
                    if (IncludesNullable(member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsOrHasDictionary(IdlType type, RuleContext context)
        {
            if (type.Union)
            {
                foreach (var member in type.Subtypes)
                {
                    if (IsOrHasDictionary(member, context))
                    {
                        return true;
                    }
                }

                return false;
            }

            return context.Find(type.Name) is DictionarySymbol;
        }

        private static Category Categorise(IdlType type, RuleContext context)
        {
            switch (type.Generic)
            {
                case "sequence":
                case "FrozenArray":
                case "ObservableArray":
                    return Category.SequenceLike;
                case "record":
                    return Category.DictionaryLike;
                case "async_sequence":
                    return Category.AsyncSequence;
                case "Promise":
                    return Category.Promise;
            }

            var name = type.Name;
            if (name is null)
            {
                return Category.Unknown;
            }

            switch (name)
            {
                case "undefined":
                case "void":
                    return Category.Undefined;
                case "boolean":
                    return Category.Boolean;
                case "bigint":
                    return Category.BigInt;
                case "object":
                    return Category.Object;
                case "symbol":
                    return Category.Symbol;
                case "any":
                    return Category.Any;
            }

            if (BuiltinTypes.IsNumeric(name))
            {
                return Category.Numeric;
            }

            if (BuiltinTypes.IsString(name))
            {
                return Category.String;
            }

            if (BuiltinTypes.IsBufferType(name))
            {
                return Category.InterfaceLike;
            }

            return context.Find(name) switch
            {
                InterfaceSymbol or ExceptionSymbol => Category.InterfaceLike,
                DictionarySymbol or CallbackInterfaceSymbol => Category.DictionaryLike,
                EnumSymbol => Category.String,
                CallbackSymbol => Category.CallbackFunction,
                _ => Category.Unknown,
            };
        }

        private static bool Table(IdlType a, Category x, IdlType b, Category y, RuleContext context)
        {
            if (x == Category.Unknown || y == Category.Unknown)
            {
                return true;
            }

            if (x is Category.Any or Category.Promise || y is Category.Any or Category.Promise)
            {
                return false;
            }

            if (x > y)
            {
                (x, y) = (y, x);
                (a, b) = (b, a);
            }

            if (x == y)
            {
                return x == Category.InterfaceLike && DistinctInterfaces(a.Name!, b.Name!, context);
            }

            return (x, y) switch
            {
                (Category.Undefined, Category.DictionaryLike) => false,
                (Category.Object, Category.InterfaceLike or Category.CallbackFunction or Category.DictionaryLike or Category.AsyncSequence or Category.SequenceLike) => false,
                (Category.AsyncSequence, Category.SequenceLike) => false,
                _ => true,
            };
        }

        /// <summary>Two interface-like types clash when they are the same or one inherits the other (an object could implement both).</summary>
        private static bool DistinctInterfaces(string a, string b, RuleContext context)
        {
            if (a == b)
            {
                return false;
            }

            return !(Inherits(a, b, context) || Inherits(b, a, context));
        }

        private static bool Inherits(string derived, string baseName, RuleContext context)
        {
            if (context.Find(derived) is ContainerSymbol container)
            {
                foreach (var name in container.InheritanceChain)
                {
                    if (name == baseName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
