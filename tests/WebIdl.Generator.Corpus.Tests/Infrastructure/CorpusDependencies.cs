using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WebIdl.Language;
using WebIdl.Language.Syntax;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Corpus.Tests.Infrastructure
{
    /// <summary>One corpus file: its name (e.g. <c>dom.idl</c>), full path, text and syntax tree.</summary>
    /// <param name="Name">The file name.</param>
    /// <param name="Path">The full path.</param>
    /// <param name="Text">The file's text.</param>
    /// <param name="Tree">The parsed syntax tree.</param>
    public sealed record CorpusFile(string Name, string Path, string Text, IdlFile Tree);

    /// <summary>
    /// Which corpus files each corpus file needs, computed from the language library's syntax trees: a file needs the
    /// file that defines (non-partially) every name it references, and, transitively, what those files need.
    /// References are inheritance, both sides of <c>includes</c> and legacy <c>implements</c>, the targets of
    /// partial definitions, and every type name written anywhere (members, arguments, return types, typedefs,
    /// callbacks, iterable and generic type arguments, union members, and the argument lists of extended attributes
    /// such as <c>[LegacyFactoryFunction=Image(…)]</c>). Names no corpus file defines (built-in types,
    /// <c>WindowProxy</c>, …) need no file.
    /// </summary>
    public sealed class CorpusDependencies
    {
        /// <summary>
        /// The names the generator always maps to the runtime's types, whatever the set defines (docs/generator-mapping.md,
        /// "Names the runtime owns"): the set's definitions of them generate nothing, so they need no file.
        /// </summary>
        public static readonly IReadOnlyCollection<string> RuntimeOwned = new HashSet<string>(StringComparer.Ordinal)
        {
            "Event", "EventTarget", "EventInit", "EventListener", "EventHandler", "EventHandlerNonNull", "DOMException",
        };

        private readonly Dictionary<string, CorpusFile> byName;
        private readonly Dictionary<string, string> definingFile;
        private readonly Dictionary<string, SortedSet<string>> direct;

        private CorpusDependencies(IReadOnlyList<CorpusFile> files)
        {
            Files = files;
            byName = files.ToDictionary(f => f.Name, StringComparer.Ordinal);
            definingFile = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var definition in Flatten(file.Tree.Definitions))
                {
                    if (Defines(definition) && !definingFile.ContainsKey(definition.Name))
                    {
                        definingFile.Add(definition.Name, file.Name);
                    }
                }
            }

            direct = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var needed = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var name in ReferencedNames(file.Tree))
                {
                    if (!RuntimeOwned.Contains(name) && definingFile.TryGetValue(name, out var other) && other != file.Name)
                    {
                        needed.Add(other);
                    }
                }

                direct.Add(file.Name, needed);
            }
        }

        /// <summary>Every corpus file, in ordinal order of name.</summary>
        public IReadOnlyList<CorpusFile> Files { get; }

        /// <summary>Reads and parses <paramref name="paths"/>.</summary>
        public static CorpusDependencies Load(IEnumerable<string> paths) =>
            FromTexts(paths.Select(path => (System.IO.Path.GetFileName(path), File.ReadAllText(path))), paths.ToDictionary(p => System.IO.Path.GetFileName(p), p => p, StringComparer.Ordinal));

        /// <summary>Parses files given as (name, text).</summary>
        public static CorpusDependencies FromTexts(IEnumerable<(string Name, string Text)> files, IReadOnlyDictionary<string, string>? paths = null) =>
            new(files
                .Select(f => new CorpusFile(f.Name, paths is not null && paths.TryGetValue(f.Name, out var path) ? path : f.Name, f.Text, IdlParser.Parse(f.Text, f.Name).File))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList());

        /// <summary>The file that defines <paramref name="name"/> (not a partial), or null.</summary>
        public string? DefiningFile(string name) => definingFile.TryGetValue(name, out var file) ? file : null;

        /// <summary>The files <paramref name="fileName"/> references directly (not itself).</summary>
        public IReadOnlyCollection<string> DirectDependencies(string fileName) => direct[fileName];

        /// <summary><paramref name="fileName"/> and every file it needs, transitively, in ordinal order.</summary>
        public IReadOnlyList<CorpusFile> Closure(string fileName)
        {
            var seen = new SortedSet<string>(StringComparer.Ordinal) { fileName };
            var pending = new Stack<string>();
            pending.Push(fileName);
            while (pending.Count > 0)
            {
                foreach (var next in direct[pending.Pop()])
                {
                    if (seen.Add(next))
                    {
                        pending.Push(next);
                    }
                }
            }

            return seen.Select(name => byName[name]).ToList();
        }

        /// <summary>Every name <paramref name="file"/> references, with duplicates.</summary>
        public static IEnumerable<string> ReferencedNames(IdlFile file)
        {
            var names = new List<string>();
            foreach (var definition in Flatten(file.Definitions))
            {
                Collect(definition, names);
            }

            return names;
        }

        private static bool Defines(DefinitionNode definition) => definition switch
        {
            ContainerDefinition container => !container.Partial,
            CallbackDefinition or EnumDefinition or TypedefDefinition => true,
            _ => false,
        };

        private static IEnumerable<DefinitionNode> Flatten(IEnumerable<DefinitionNode> definitions)
        {
            foreach (var definition in definitions)
            {
                yield return definition;
                if (definition is ModuleDefinition module)
                {
                    foreach (var inner in Flatten(module.Definitions))
                    {
                        yield return inner;
                    }
                }
            }
        }

        private static void Collect(DefinitionNode definition, List<string> names)
        {
            ExtAttrs(definition.ExtAttrs, names);
            switch (definition)
            {
                case ContainerDefinition container:
                    if (container.Partial)
                    {
                        names.Add(container.Name);
                    }

                    if (container.Inheritance is { } inheritance)
                    {
                        names.Add(inheritance);
                    }

                    foreach (var member in container.Members)
                    {
                        Member(member, names);
                    }

                    break;
                case CallbackDefinition callback:
                    Type(callback.ReturnType, names);
                    Arguments(callback.Arguments, names);
                    break;
                case TypedefDefinition typedef:
                    Type(typedef.Type, names);
                    break;
                case IncludesStatement includes:
                    names.Add(includes.Name);
                    names.Add(includes.Mixin);
                    break;
                case ImplementsStatement implements:
                    names.Add(implements.Name);
                    names.Add(implements.Implements);
                    break;
            }
        }

        private static void Member(MemberNode member, List<string> names)
        {
            ExtAttrs(member.ExtAttrs, names);
            switch (member)
            {
                case ConstMember constant:
                    Type(constant.Type, names);
                    break;
                case AttributeMember attribute:
                    Type(attribute.Type, names);
                    names.AddRange(attribute.GetRaises);
                    names.AddRange(attribute.SetRaises);
                    break;
                case OperationMember operation:
                    if (operation.ReturnType is { } returnType)
                    {
                        Type(returnType, names);
                    }

                    Arguments(operation.Arguments, names);
                    names.AddRange(operation.Raises);
                    break;
                case ConstructorMember constructor:
                    Arguments(constructor.Arguments, names);
                    break;
                case IterableMember iterable:
                    foreach (var type in iterable.Types)
                    {
                        Type(type, names);
                    }

                    Arguments(iterable.Arguments, names);
                    break;
                case FieldMember field:
                    Type(field.Type, names);
                    break;
                case ExceptionFieldMember field:
                    Type(field.Type, names);
                    break;
            }
        }

        private static void Arguments(EquatableArray<Argument> arguments, List<string> names)
        {
            foreach (var argument in arguments)
            {
                ExtAttrs(argument.ExtAttrs, names);
                Type(argument.Type, names);
            }
        }

        private static void ExtAttrs(EquatableArray<ExtendedAttribute> attributes, List<string> names)
        {
            foreach (var attribute in attributes)
            {
                Arguments(attribute.Arguments, names);
            }
        }

        private static void Type(IdlType type, List<string> names)
        {
            ExtAttrs(type.ExtAttrs, names);
            if (type.Name is { } name)
            {
                names.Add(name);
            }

            foreach (var subtype in type.Subtypes)
            {
                Type(subtype, names);
            }
        }
    }
}
