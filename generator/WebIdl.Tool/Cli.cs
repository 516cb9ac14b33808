using System.Collections.Generic;
using System.CommandLine;
using System.IO;
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
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = BuildRootCommand(stdout, stderr);
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

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }

        /// <summary>Builds the root command with its verbs.</summary>
        /// <param name="stdout">Standard output for the verbs' results.</param>
        /// <param name="stderr">Standard error for the verbs' messages.</param>
        /// <returns>The root command.</returns>
        public static RootCommand BuildRootCommand(TextWriter stdout, TextWriter stderr)
        {
            return new RootCommand("Checks WebIDL files and prints their syntax trees as webidl2.js-shaped JSON.")
            {
                CheckCommand(stdout, stderr),
                ParseCommand(stdout, stderr),
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

        private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
        {
            var inputs = InputsArgument();
            var strict = StrictOption();
            var knownTypes = new Option<string[]>("--known-type")
            {
                Description = "A type name defined outside the inputs (repeatable). DOM and Web IDL types the runtime provides (Event, EventTarget, EventHandler, Blob, BufferSource, …) are known already.",
                HelpName = "NAME",
                AllowMultipleArgumentsPerToken = true,
            };
            var command = new Command("check", "Parse the inputs, check them as one set (partials, mixins, typedefs, inheritance, overloads, webidl2.js's rules) and print every diagnostic in MSBuild form, then a summary. Exits 1 on any error.")
            {
                inputs,
                strict,
                knownTypes,
            };
            command.SetAction(result => Guard(
                stderr,
                () => CheckRunner.Run(
                    result.GetValue(inputs) ?? System.Array.Empty<string>(),
                    Options(result.GetValue(strict)),
                    stdout,
                    result.GetValue(knownTypes))));
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
