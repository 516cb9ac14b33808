using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>Which of our diagnostics stand for each webidl2.js <c>validate()</c> rule.</summary>
    internal static class WebIdl2Rules
    {
        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor[]> ByName = new Dictionary<string, DiagnosticDescriptor[]>(StringComparer.Ordinal)
        {
            ["no-duplicate"] = new[] { DiagnosticCatalogue.DuplicateDefinition },
            ["require-exposed"] = new[] { DiagnosticCatalogue.MissingExposed },
            ["constructor-member"] = new[] { DiagnosticCatalogue.ConstructorExtendedAttribute },
            ["no-constructible-global"] = new[] { DiagnosticCatalogue.ConstructibleGlobal },
            ["attr-invalid-type"] = new[] { DiagnosticCatalogue.AttributeInvalidType, DiagnosticCatalogue.ReadonlyAttributeEnforceRange },
            ["incomplete-op"] = new[] { DiagnosticCatalogue.IncompleteOperation },
            ["async-sequence-idl-to-js"] = new[] { DiagnosticCatalogue.AsyncSequenceToJs },
            ["dict-arg-default"] = new[] { DiagnosticCatalogue.DictionaryArgumentDefault },
            ["dict-arg-optional"] = new[] { DiagnosticCatalogue.DictionaryArgumentOptional },
            ["no-nullable-dict-arg"] = new[] { DiagnosticCatalogue.NullableDictionaryArgument },
            ["no-nullable-union-dict"] = new[] { DiagnosticCatalogue.NullableUnionDictionary },
            ["migrate-allowshared"] = new[] { DiagnosticCatalogue.AllowSharedBufferSource },
            ["replace-void"] = new[] { DiagnosticCatalogue.VoidType },
            ["renamed-legacy"] = new[] { DiagnosticCatalogue.RenamedLegacyExtendedAttribute },
            ["no-nointerfaceobject"] = new[] { DiagnosticCatalogue.LegacyNoInterfaceObject },
            ["obsolete-async-iterable-syntax"] = new[] { DiagnosticCatalogue.ObsoleteAsyncIterable },
            ["no-cross-overload"] = new[] { DiagnosticCatalogue.CrossDeclarationOverload },
        };
    }
}
