using System;
using System.IO;
using System.Threading;

namespace WebIdl.Tool
{
    /// <summary>The <c>webidl</c> entry point. Only wiring: see <see cref="Cli"/> for the verbs.</summary>
    public static class Program
    {
        /// <summary>Runs the tool on the process's console.</summary>
        /// <param name="args">The command line.</param>
        /// <returns>The exit code: 0 success, 1 invalid WebIDL, 2 usage or input error.</returns>
        public static int Main(string[] args)
        {
            StartJitProfile();
            return Cli.Run(args, Console.Out, Console.Error, CancellationToken.None, handleCtrlC: true);
        }

        /// <summary>
        /// Multi-core JIT: the first run records which methods were compiled, and later runs compile them on other
        /// cores ahead of use. Most of a cold `webidl check` is JIT work, so this roughly halves it. The profile lives
        /// in the user's temp folder; when it cannot be written the tool just runs without it.
        /// </summary>
        private static void StartJitProfile()
        {
            try
            {
                var folder = Path.Combine(Path.GetTempPath(), "webidl-jit-profile");
                Directory.CreateDirectory(folder);
                System.Runtime.ProfileOptimization.SetProfileRoot(folder);
                System.Runtime.ProfileOptimization.StartProfile("webidl-" + typeof(Program).Assembly.ManifestModule.ModuleVersionId.ToString("N") + ".jitprofile");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        /// <summary>Runs the tool in-process with the given writers (the tests' entry point).</summary>
        /// <param name="args">The command line, without the program name.</param>
        /// <param name="stdout">Where results and, for <c>check</c>, diagnostics go.</param>
        /// <param name="stderr">Where usage errors and, for <c>parse</c>, diagnostics go.</param>
        /// <returns>The exit code: 0 success, 1 invalid WebIDL, 2 usage or input error.</returns>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Cli.Run(args, stdout, stderr);

        /// <summary>Runs the tool in-process; <c>watch</c> runs until <paramref name="cancellationToken"/> is cancelled (Ctrl+C is left alone).</summary>
        /// <param name="args">The command line, without the program name.</param>
        /// <param name="stdout">Where results go.</param>
        /// <param name="stderr">Where diagnostics and usage errors go.</param>
        /// <param name="cancellationToken">Stops <c>watch</c>; the other verbs finish their work regardless.</param>
        /// <returns>The exit code: 0 success, 1 invalid WebIDL, 2 usage or input error.</returns>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
            Cli.Run(args, stdout, stderr, cancellationToken, handleCtrlC: false);
    }
}
