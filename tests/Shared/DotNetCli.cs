using System;
using System.Collections;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Tests.Shared
{
    /// <summary>The result of one <c>dotnet</c> command.</summary>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="Output">Standard output, then standard error.</param>
    /// <param name="Elapsed">Wall time of the command.</param>
    internal sealed record CommandResult(int ExitCode, string Output, TimeSpan Elapsed);

    /// <summary>Runs the <c>dotnet</c> CLI as a child process with a timeout (this file is linked into the test
    /// projects that build consumer projects).</summary>
    internal static class DotNetCli
    {
        /// <summary>
        /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>. MSBuild variables that the
        /// test host inherited from its own <c>dotnet test</c> are removed, so the child evaluates like a fresh build.
        /// On timeout the process tree is killed and <see cref="TimeoutException"/> is thrown with the output so far.
        /// </summary>
        public static CommandResult Run(string directory, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = directory,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            // No node reuse and no compiler server: nothing outlives the command and holds its output pipes open.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["UseSharedCompilation"] = "false";

            var timer = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                process.WaitForExitAsync(cancel.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
                throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in " + timeout + ":\n" + Completed(stdout) + Completed(stderr));
            }

            Task.WaitAll(new Task[] { stdout, stderr }, TimeSpan.FromSeconds(30));
            return new CommandResult(process.ExitCode, Completed(stdout) + Completed(stderr), timer.Elapsed);
        }

        private static string Completed(Task<string> read) => read.IsCompletedSuccessfully ? read.Result : "";
    }
}
