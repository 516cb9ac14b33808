using System;
using System.Collections.Generic;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Rules
{
    /// <summary>
    /// webidl2.js <c>no-cross-overload</c>: the overloads of an operation are declared together. For each interface
    /// and namespace, the declarations are taken in order (the definition, its partials, then each included mixin
    /// and its partials); an operation whose name (static and regular apart) an earlier declaration already has is
    /// reported.
    /// </summary>
    internal sealed class CrossOverloadRule : SemanticRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = new[] { DiagnosticCatalogue.CrossDeclarationOverload };

        public override void Check(RuleContext context)
        {
            foreach (var definition in context.Model.Definitions)
            {
                if (definition is not (InterfaceSymbol or NamespaceSymbol) || definition.Syntax is ContainerDefinition { Partial: true })
                {
                    continue;
                }

                var declarations = new List<DefinitionNode> { definition.Syntax };
                declarations.AddRange(definition.Partials);
                if (definition is InterfaceSymbol symbol)
                {
                    foreach (var mixinName in symbol.IncludedMixins)
                    {
                        if (context.Find(mixinName) is InterfaceMixinSymbol mixin)
                        {
                            declarations.Add(mixin.Syntax);
                            declarations.AddRange(mixin.Partials);
                        }
                    }
                }

                Check(context, definition.Name, declarations);
            }
        }

        private static void Check(RuleContext context, string name, List<DefinitionNode> declarations)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var added = new List<string>();
            foreach (var declaration in declarations)
            {
                added.Clear();
                foreach (var member in ((ContainerDefinition)declaration).Members)
                {
                    if (member is not OperationMember { OperationName.Length: > 0 } operation)
                    {
                        continue;
                    }

                    var isStatic = operation.Special == "static";
                    var key = (isStatic ? "static " : "") + operation.OperationName;
                    if (seen.Contains(key))
                    {
                        context.Report(DiagnosticCatalogue.CrossDeclarationOverload, operation.NameSpan, isStatic ? "Static operation" : "Operation", operation.OperationName, name);
                    }
                    else
                    {
                        added.Add(key);
                    }
                }

                foreach (var key in added)
                {
                    seen.Add(key);
                }
            }
        }
    }
}
