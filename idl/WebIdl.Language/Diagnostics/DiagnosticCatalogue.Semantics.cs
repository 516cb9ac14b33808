namespace WebIdl.Language.Diagnostics
{
    /// <summary>
    /// The semantic model's half of the catalogue (WIDL0100 and up). Where a check mirrors a webidl2.js
    /// <c>validate()</c> rule, the rule's name is given in the entry's documentation; the severity follows
    /// webidl2.js's level except that <c>require-exposed</c> and <c>replace-void</c> are warnings here.
    /// </summary>
    public static partial class DiagnosticCatalogue
    {
        /// <summary>A type name that is neither built in, defined in the file set, nor a known external type.</summary>
        public static readonly DiagnosticDescriptor UnknownType = new(
            "WIDL0100", "Unknown type", "Unknown type '{0}'", DiagnosticSeverity.Error);

        /// <summary>A name used as a type that names a definition which is not a type (a mixin, namespace or module).</summary>
        public static readonly DiagnosticDescriptor NotAType = new(
            "WIDL0101", "Not a type", "'{0}' is used as a type, but it is {1}", DiagnosticSeverity.Error);

        /// <summary>An interface, dictionary or exception inherits from a name that is not defined.</summary>
        public static readonly DiagnosticDescriptor UnknownInheritance = new(
            "WIDL0102", "Unknown base", "{0} '{1}' inherits from '{2}', which is not defined", DiagnosticSeverity.Error);

        /// <summary>An interface, dictionary or exception inherits from a definition of another kind.</summary>
        public static readonly DiagnosticDescriptor InvalidInheritance = new(
            "WIDL0103", "Invalid base", "{0} '{1}' inherits from '{2}', which is {3}, not {4}", DiagnosticSeverity.Error);

        /// <summary>A definition inherits from itself, directly or through others.</summary>
        public static readonly DiagnosticDescriptor InheritanceCycle = new(
            "WIDL0104", "Inheritance cycle", "{0} '{1}' inherits from itself: {2}", DiagnosticSeverity.Error);

        /// <summary>Two non-partial definitions with one name (webidl2.js: <c>no-duplicate</c>).</summary>
        public static readonly DiagnosticDescriptor DuplicateDefinition = new(
            "WIDL0105", "Duplicate definition", "{0} '{1}' is already defined as {2} at {3}", DiagnosticSeverity.Error);

        /// <summary>Two members with one name in a merged definition, other than overloaded operations.</summary>
        public static readonly DiagnosticDescriptor DuplicateMember = new(
            "WIDL0106", "Duplicate member", "{0} '{1}' of '{2}' is already declared as {3} at {4}", DiagnosticSeverity.Error);

        /// <summary>The left side of <c>A includes B;</c> is not an interface.</summary>
        public static readonly DiagnosticDescriptor IncludesTargetNotInterface = new(
            "WIDL0107", "Includes target is not an interface", "'{0}' on the left of 'includes' must be an interface, but it is {1}", DiagnosticSeverity.Error);

        /// <summary>The right side of <c>A includes B;</c> is not an interface mixin.</summary>
        public static readonly DiagnosticDescriptor IncludesMixinNotMixin = new(
            "WIDL0108", "Included name is not a mixin", "'{0}' on the right of 'includes' must be an interface mixin, but it is {1}", DiagnosticSeverity.Error);

        /// <summary>A partial definition whose name has no non-partial definition in the set.</summary>
        public static readonly DiagnosticDescriptor PartialWithoutDefinition = new(
            "WIDL0109", "Partial of nothing", "partial {0} '{1}' has no non-partial definition", DiagnosticSeverity.Error);

        /// <summary>A partial definition of a different kind than the definition it extends.</summary>
        public static readonly DiagnosticDescriptor PartialKindMismatch = new(
            "WIDL0110", "Partial of another kind", "partial {0} '{1}' extends {2} at {3}", DiagnosticSeverity.Error);

        /// <summary>Overloads with the same argument count that no argument position tells apart.</summary>
        public static readonly DiagnosticDescriptor IndistinguishableOverloads = new(
            "WIDL0111", "Indistinguishable overloads", "Overloads of {0} with {1} argument(s) cannot be distinguished: {2} and {3}", DiagnosticSeverity.Error);

        /// <summary>A typedef that refers to itself, directly or through other typedefs.</summary>
        public static readonly DiagnosticDescriptor TypedefCycle = new(
            "WIDL0112", "Typedef cycle", "typedef '{0}' refers to itself", DiagnosticSeverity.Error);

        /// <summary>An interface or namespace without <c>[Exposed]</c> (webidl2.js: <c>require-exposed</c>; an error there).</summary>
        public static readonly DiagnosticDescriptor MissingExposed = new(
            "WIDL0113", "Missing [Exposed]", "{0} '{1}' has no [Exposed] extended attribute", DiagnosticSeverity.Warning);

        /// <summary><c>[Constructor]</c> instead of a <c>constructor()</c> member (webidl2.js: <c>constructor-member</c>).</summary>
        public static readonly DiagnosticDescriptor ConstructorExtendedAttribute = new(
            "WIDL0114", "[Constructor]", "[Constructor] on '{0}' is obsolete: declare a constructor() member instead", DiagnosticSeverity.Error);

        /// <summary>A <c>[Global]</c> interface with a constructor or factory function (webidl2.js: <c>no-constructible-global</c>).</summary>
        public static readonly DiagnosticDescriptor ConstructibleGlobal = new(
            "WIDL0115", "Constructible global", "[Global] interface '{0}' cannot have {1}", DiagnosticSeverity.Error);

        /// <summary>An attribute of a sequence, record, async_sequence or dictionary type (webidl2.js: <c>attr-invalid-type</c>).</summary>
        public static readonly DiagnosticDescriptor AttributeInvalidType = new(
            "WIDL0116", "Invalid attribute type", "Attribute '{0}' cannot be of {1} type", DiagnosticSeverity.Error);

        /// <summary>A readonly attribute whose type has <c>[EnforceRange]</c> (webidl2.js: <c>attr-invalid-type</c>).</summary>
        public static readonly DiagnosticDescriptor ReadonlyAttributeEnforceRange = new(
            "WIDL0117", "[EnforceRange] on readonly attribute", "Readonly attribute '{0}' cannot have an [EnforceRange] type", DiagnosticSeverity.Error);

        /// <summary>A regular or static operation without a name (webidl2.js: <c>incomplete-op</c>).</summary>
        public static readonly DiagnosticDescriptor IncompleteOperation = new(
            "WIDL0118", "Incomplete operation", "{0} operation in '{1}' needs both a return type and a name", DiagnosticSeverity.Error);

        /// <summary>An async_sequence passed from IDL to JavaScript (webidl2.js: <c>async-sequence-idl-to-js</c>).</summary>
        public static readonly DiagnosticDescriptor AsyncSequenceToJs = new(
            "WIDL0119", "async_sequence to JavaScript", "async_sequence cannot be {0} ('{1}')", DiagnosticSeverity.Error);

        /// <summary>An optional dictionary argument without the default <c>{}</c> (webidl2.js: <c>dict-arg-default</c>).</summary>
        public static readonly DiagnosticDescriptor DictionaryArgumentDefault = new(
            "WIDL0120", "Dictionary argument default", "Optional dictionary argument '{0}' must have the default value {{}}", DiagnosticSeverity.Error);

        /// <summary>A trailing dictionary argument without required members that is not optional (webidl2.js: <c>dict-arg-optional</c>).</summary>
        public static readonly DiagnosticDescriptor DictionaryArgumentOptional = new(
            "WIDL0121", "Dictionary argument not optional", "Dictionary argument '{0}' must be optional: '{1}' has no required members", DiagnosticSeverity.Error);

        /// <summary>A nullable dictionary argument (webidl2.js: <c>no-nullable-dict-arg</c>).</summary>
        public static readonly DiagnosticDescriptor NullableDictionaryArgument = new(
            "WIDL0122", "Nullable dictionary argument", "Dictionary argument '{0}' cannot be nullable", DiagnosticSeverity.Error);

        /// <summary>A nullable union that includes a dictionary (webidl2.js: <c>no-nullable-union-dict</c>).</summary>
        public static readonly DiagnosticDescriptor NullableUnionDictionary = new(
            "WIDL0123", "Nullable union with dictionary", "Nullable union cannot include dictionary '{0}'", DiagnosticSeverity.Error);

        /// <summary><c>[AllowShared] BufferSource</c> (webidl2.js: <c>migrate-allowshared</c>).</summary>
        public static readonly DiagnosticDescriptor AllowSharedBufferSource = new(
            "WIDL0124", "[AllowShared] BufferSource", "[AllowShared] BufferSource is replaced by AllowSharedBufferSource", DiagnosticSeverity.Error);

        /// <summary>The <c>void</c> type (webidl2.js: <c>replace-void</c>; an error there).</summary>
        public static readonly DiagnosticDescriptor VoidType = new(
            "WIDL0125", "void", "'void' is replaced by 'undefined'", DiagnosticSeverity.Warning);

        /// <summary>A legacy extended attribute that has been renamed (webidl2.js: <c>renamed-legacy</c>).</summary>
        public static readonly DiagnosticDescriptor RenamedLegacyExtendedAttribute = new(
            "WIDL0126", "Renamed extended attribute", "[{0}] is renamed to [{1}]", DiagnosticSeverity.Warning);

        /// <summary><c>[LegacyNoInterfaceObject]</c> (webidl2.js: <c>no-nointerfaceobject</c>).</summary>
        public static readonly DiagnosticDescriptor LegacyNoInterfaceObject = new(
            "WIDL0127", "[LegacyNoInterfaceObject]", "[LegacyNoInterfaceObject] on '{0}' is an undesirable legacy feature", DiagnosticSeverity.Warning);

        /// <summary>The old <c>async iterable&lt;…&gt;</c> spelling (webidl2.js: <c>obsolete-async-iterable-syntax</c>).</summary>
        public static readonly DiagnosticDescriptor ObsoleteAsyncIterable = new(
            "WIDL0128", "async iterable", "'async iterable' is now spelled 'async_iterable'", DiagnosticSeverity.Error);

        /// <summary>An operation overloaded across an interface and its partials or mixins (webidl2.js: <c>no-cross-overload</c>).</summary>
        public static readonly DiagnosticDescriptor CrossDeclarationOverload = new(
            "WIDL0129", "Overload across declarations", "{0} '{1}' is already declared for '{2}' in another declaration; overloads must be declared together", DiagnosticSeverity.Error);

        /// <summary>The same overload (same argument types) declared twice, for example in two partials: redundant rather than ambiguous.</summary>
        public static readonly DiagnosticDescriptor RepeatedOverload = new(
            "WIDL0131", "Repeated overload", "{0} is declared again with the same arguments: {1}", DiagnosticSeverity.Warning);

        /// <summary>An unexpected failure inside the semantic model; reported instead of throwing.</summary>
        public static readonly DiagnosticDescriptor InternalSemanticError = new(
            "WIDL0130", "Internal semantic model error", "Internal error while building the semantic model: {0}", DiagnosticSeverity.Error);
    }
}
