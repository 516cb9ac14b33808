using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using WebIdl.Generator;
using WebIdl.Language;

namespace WebIdl.Tool
{
    /// <summary>The command-line surface of <c>webidl</c>: verbs, arguments and options, each wired to a runner.</summary>
    public static class Cli
    {
        /// <summary>Exit code for success.</summary>
        public const int Success = 0;

        /// <summary>Exit code when some input is not valid WebIDL.</summary>
        public const int InvalidIdl = 1;

        /// <summary>Exit code for a usage error or an input that cannot be read.</summary>
        public const int UsageError = 2;

        /// <summary>Parses <paramref name="args"/> and runs the chosen verb.</summary>
        /// <param name="args">The command line, without the program name.</param>
        /// <param name="stdout">Standard output.</param>
        /// <param name="stderr">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CancellationToken.None, handleCtrlC: false);

        /// <summary>Parses <paramref name="args"/> and runs the chosen verb; <c>watch</c> runs until <paramref name="cancellationToken"/> is cancelled.</summary>
        /// <param name="args">The command line, without the program name.</param>
        /// <param name="stdout">Standard output.</param>
        /// <param name="stderr">Standard error.</param>
        /// <param name="cancellationToken">Stops <c>watch</c>.</param>
        /// <param name="handleCtrlC">True when running on the process's console: <c>watch</c> then also stops on Ctrl+C.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool handleCtrlC)
        {
            var root = BuildRootCommand(stdout, stderr, cancellationToken, handleCtrlC);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // System.CommandLine would exit 1, which `check` uses for invalid IDL; usage errors are 2.
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine("webidl: " + error.Message);
                }

                stderr.WriteLine("Try 'webidl --help'.");
                return UsageError;
            }

            // The verbs handle Ctrl+C themselves (only `watch` does, and only on the console).
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null });
        }

        /// <summary>Builds the root command with its verbs.</summary>
        /// <param name="stdout">Standard output for the verbs' results.</param>
        /// <param name="stderr">Standard error for the verbs' messages.</param>
        /// <returns>The root command.</returns>
        public static RootCommand BuildRootCommand(TextWriter stdout, TextWriter stderr) =>
            BuildRootCommand(stdout, stderr, CancellationToken.None, handleCtrlC: false);

        /// <summary>Builds the root command with its verbs.</summary>
        /// <param name="stdout">Standard output for the verbs' results.</param>
        /// <param name="stderr">Standard error for the verbs' messages.</param>
        /// <param name="cancellationToken">Stops <c>watch</c>.</param>
        /// <param name="handleCtrlC">True to let <c>watch</c> stop on Ctrl+C.</param>
        /// <returns>The root command.</returns>
        public static RootCommand BuildRootCommand(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool handleCtrlC)
        {
            return new RootCommand("Checks WebIDL files, prints their syntax trees as webidl2.js-shaped JSON, generates the C# bindings the source generator produces, and writes Markdown API reference pages.")
            {
                CheckCommand(stdout, stderr),
                ParseCommand(stdout, stderr),
                GenerateCommand(stdout, stderr),
                WatchCommand(stdout, stderr, cancellationToken, handleCtrlC),
                DocsCommand(stdout, stderr),
            };
        }

        private static Argument<string[]> InputsArgument() => new("inputs")
        {
            Description = "WebIDL files, or directories searched recursively for *.webidl and *.idl files.",
            Arity = ArgumentArity.OneOrMore,
        };

        private static Option<bool> StrictOption() => new("--strict")
        {
            Description = "Reject legacy syntax (exception, module, implements, in, raises, …) as errors, as webidl2.js does.",
        };

        private static Option<bool> OwnedContractsOption() => new("--owned-contracts")
        {
            Description = "Also generate the contract interface (IEvent, IEventTarget) of an interface the runtime owns when the inputs define it: the contract only, for the runtime's class to implement, as the WebIdlOwnedContracts MSBuild property does.",
        };

        private static Option<string[]> KnownTypeOption() => new("--known-type")
        {
            Description = "A type name defined outside the inputs (repeatable). DOM and Web IDL types the runtime provides (Event, EventTarget, EventHandler, Blob, BufferSource, …) are known already.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };

        private static Option<string> OutOption(string description) => new("--out")
        {
            Description = description,
            HelpName = "DIR",
            Required = true,
        };

        private const string EventsDescription = "Events data (repeatable): a JSON file in the @webref/events shape (node_modules/@webref/events/events.json), whose event interfaces type the C# events of event handler attributes (onmessage on WebSocket: MessageEvent), as an AdditionalFiles item with WebIdlEvents=\"true\" (or named *.events.json) does for the source generator. Problems in a file are WIDL0204 warnings; a file that cannot be read is a usage error.";

        private static Option<string[]> EventsOption(string description = EventsDescription) => new("--events")
        {
            Description = description,
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };

        private static Option<string?> NamespaceOption() => new("--namespace")
        {
            Description = "The C# namespace of the generated code (default WebIdl.Generated), as the WebIdlNamespace MSBuild property sets it for the source generator.",
            HelpName = "NS",
        };

        private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
        {
            var inputs = InputsArgument();
            var strict = StrictOption();
            var knownTypes = KnownTypeOption();
            var events = EventsOption("Events data (repeatable): a JSON file in the @webref/events shape, read as generate reads it. Its problems are reported and counted as WIDL0204 warnings; a file that cannot be read is a usage error. The data types only generated C# events, so it changes no other diagnostic.");
            var command = new Command("check", "Parse the inputs, check them as one set (partials, mixins, typedefs, inheritance, overloads, webidl2.js's rules) and print every diagnostic in MSBuild form, then a summary. Exits 1 on any error.")
            {
                inputs,
                strict,
                knownTypes,
                events,
            };
            command.SetAction(result => Guard(
                stderr,
                () => CheckRunner.Run(
                    result.GetValue(inputs) ?? System.Array.Empty<string>(),
                    Options(result.GetValue(strict)),
                    stdout,
                    result.GetValue(knownTypes),
                    result.GetValue(events))));
            return command;
        }

        private static Command ParseCommand(TextWriter stdout, TextWriter stderr)
        {
            var inputs = InputsArgument();
            var strict = StrictOption();
            var json = new Option<bool>("--json")
            {
                Description = "Write each file's syntax tree as webidl2.js-shaped JSON (the only output format so far).",
            };
            var outDir = new Option<string?>("--out")
            {
                Description = "Write <DIR>/<name>.json per input instead of printing one JSON line per input to stdout.",
                HelpName = "DIR",
            };
            var command = new Command("parse", "Parse each input and print its syntax tree. Diagnostics go to stderr; exits 1 on any syntax error.")
            {
                inputs,
                json,
                outDir,
                strict,
            };
            command.SetAction(result =>
            {
                if (!result.GetValue(json))
                {
                    stderr.WriteLine("webidl parse: choose an output format: --json");
                    return UsageError;
                }

                return Guard(stderr, () => ParseRunner.Run(
                    result.GetValue(inputs) ?? System.Array.Empty<string>(),
                    Options(result.GetValue(strict)),
                    result.GetValue(outDir),
                    stdout,
                    stderr));
            });
            return command;
        }

        private static Command GenerateCommand(TextWriter stdout, TextWriter stderr) => GenerationCommand(
            "generate",
            "Generate the C# the source generator would add to a compilation: one <DIR>/<HintName> file per definition, byte for byte. Diagnostics go to stderr in MSBuild form; on any error nothing is written and the exit code is 1.",
            "The directory the .g.cs files are written to (created if needed). .g.cs files an earlier run wrote there and this one does not are deleted; nothing else is.",
            EventsDescription,
            stderr,
            (inputs, options, outDir, _) => GenerateRunner.Run(inputs, options, outDir, stdout, stderr));

        private static Command WatchCommand(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool handleCtrlC) => GenerationCommand(
            "watch",
            "Generate as 'generate' does, then again whenever an input or an --events file changes (files created, changed, renamed or deleted; 200 ms debounce), printing one summary line per run; every run reads the --events files again. Stops on Ctrl+C.",
            "The directory the .g.cs files are written to, as for generate.",
            EventsDescription + " Watched like the inputs and read again by every run, so an edit of the data regenerates (a file that cannot be read then is reported, and watching goes on).",
            stderr,
            (inputs, options, outDir, events) => WatchRunner.Run(inputs, options, outDir, stdout, stderr, cancellationToken, handleCtrlC, events));

        /// <summary>
        /// A verb that generates C# into a directory: inputs, --out, --namespace, --strict, --known-type,
        /// --owned-contracts, --events. <paramref name="run"/> gets the options with the events data read, and the
        /// events files (for <c>watch</c>, which reads them again on every change).
        /// </summary>
        private static Command GenerationCommand(
            string name,
            string description,
            string outDescription,
            string eventsDescription,
            TextWriter stderr,
            System.Func<string[], GeneratorOptions, string, string[], int> run)
        {
            var inputs = InputsArgument();
            var outDir = OutOption(outDescription);
            var ns = NamespaceOption();
            var strict = StrictOption();
            var knownTypes = KnownTypeOption();
            var ownedContracts = OwnedContractsOption();
            var events = EventsOption(eventsDescription);
            var command = new Command(name, description)
            {
                inputs,
                outDir,
                ns,
                strict,
                knownTypes,
                ownedContracts,
                events,
            };
            command.SetAction(result => Guard(stderr, () =>
            {
                var options = WithEvents(GeneratorOptions(result.GetValue(ns), result.GetValue(knownTypes), result.GetValue(strict), stderr, result.GetValue(ownedContracts)), result.GetValue(events), stderr);
                return options is null
                    ? UsageError
                    : run(result.GetValue(inputs) ?? System.Array.Empty<string>(), options, result.GetValue(outDir)!, result.GetValue(events) ?? System.Array.Empty<string>());
            }));
            return command;
        }

        private static Command DocsCommand(TextWriter stdout, TextWriter stderr)
        {
            var inputs = InputsArgument();
            var outDir = OutOption("The directory the pages are written to (created if needed): index.md and <Name>.md per definition. Pages an earlier run wrote there and this one does not are deleted; nothing else is.");
            var ns = NamespaceOption();
            var knownTypes = KnownTypeOption();
            var events = EventsOption();
            var command = new Command("docs", "Write Markdown API reference pages: an index of every definition by kind, and one page per definition with its C# types, documentation, specification link, inheritance and members (IDL and C# signatures, cross-linked). Exits 1 when the set has errors (the pages are still written).")
            {
                inputs,
                outDir,
                ns,
                knownTypes,
                events,
            };
            command.SetAction(result => Guard(stderr, () =>
            {
                var options = WithEvents(GeneratorOptions(result.GetValue(ns), result.GetValue(knownTypes), false, stderr), result.GetValue(events), stderr);
                return options is null
                    ? UsageError
                    : DocsRunner.Run(result.GetValue(inputs) ?? System.Array.Empty<string>(), options, result.GetValue(outDir)!, stdout, stderr);
            }));
            return command;
        }

        /// <summary>
        /// <paramref name="options"/> with the events data of <paramref name="paths"/> (problems in a file print as
        /// warnings), or null (after a message) when a file cannot be read or <paramref name="options"/> is null.
        /// </summary>
        private static GeneratorOptions? WithEvents(GeneratorOptions? options, string[]? paths, TextWriter stderr)
        {
            if (options is null || paths is null || paths.Length == 0)
            {
                return options;
            }

            var events = GeneratorInputs.ReadEvents(paths, stderr);
            return events is null ? null : options with { Events = events.Value };
        }

        /// <summary>The generator options of a verb, or null (after a message) when the namespace is not a C# namespace name.</summary>
        private static GeneratorOptions? GeneratorOptions(string? ns, IEnumerable<string>? knownTypes, bool strict, TextWriter stderr, bool ownedContracts = false)
        {
            if (ns is not null && !IsNamespaceName(ns))
            {
                stderr.WriteLine("webidl: --namespace: '" + ns + "' is not a C# namespace name (dotted identifiers such as My.Bindings)");
                return null;
            }

            return GeneratorInputs.Options(ns, knownTypes, strict, ownedContracts);
        }

        private static bool IsNamespaceName(string ns)
        {
            foreach (var part in ns.Split('.'))
            {
                if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
                {
                    return false;
                }

                foreach (var c in part)
                {
                    if (!(char.IsLetterOrDigit(c) || c == '_'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static IdlParserOptions Options(bool strict) => strict ? IdlParserOptions.Strict : IdlParserOptions.Default;

        /// <summary>Turns input problems (missing path, unreadable file) into a message and exit code 2.</summary>
        private static int Guard(TextWriter stderr, System.Func<int> run)
        {
            try
            {
                return run();
            }
            catch (InputException ex)
            {
                stderr.WriteLine("webidl: " + ex.Message);
                return UsageError;
            }
        }
    }
}
