using System;
using System.Collections.Generic;
using System.Linq;
using WebIdl.Language.Syntax;

namespace WebIdl.Language.Semantics.Building
{
    /// <summary>
    /// Step 1: every definition of every file, in one deterministic order (files by path, ordinal; then source
    /// order), with module contents flattened after their module so they are indexed by their own names.
    /// </summary>
    internal static class DefinitionIndexer
    {
        public static List<Declaration> Collect(IEnumerable<IdlFile?>? files)
        {
            var declarations = new List<Declaration>();
            if (files is null)
            {
                return declarations;
            }

            // OrderBy is stable: files with equal paths keep the caller's order.
            foreach (var file in files.Where(f => f is not null).OrderBy(f => f!.Path ?? "", StringComparer.Ordinal))
            {
                Add(file!.Definitions, null, declarations);
            }

            return declarations;
        }

        private static void Add(IEnumerable<DefinitionNode?> definitions, string? module, List<Declaration> declarations)
        {
            foreach (var definition in definitions)
            {
                if (definition is null)
                {
                    continue;
                }

                declarations.Add(new Declaration(definition, module, declarations.Count));
                if (definition is ModuleDefinition nested)
                {
                    Add(nested.Definitions, module is null ? nested.Name : module + "::" + nested.Name, declarations);
                }
            }
        }
    }
}
