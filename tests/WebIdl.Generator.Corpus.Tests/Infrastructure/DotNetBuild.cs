using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Generator.Corpus.Tests.Infrastructure
{
    /// <summary>One diagnostic line of MSBuild's console output.</summary>
    /// <param name="Location">What precedes the severity: <c>path(line,col)</c>, or a tool name such as <c>CSC</c>.</param>
    /// <param name="Severity"><c>warning</c> or <c>error</c>.</param>
    /// <param name="Id">The diagnostic id (<c>WIDL0200</c>, <c>CS0246</c>, <c>MSB3027</c>, …).</param>
    /// <param name="Message">The message, without the trailing <c>[project]</c>.</param>
    public sealed record BuildDiagnostic(string Location, string Severity, string Id, string Message)
    {
        /// <inheritdoc />
        public override string ToString() => Location + ": " + Severity + " " + Id + ": " + Message;
    }

    /// <summary>The result of one <c>dotnet build</c>.</summary>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="Output">Standard output, then standard error.</param>
    /// <param name="Elapsed">Wall time of the command.</param>
    public sealed record BuildResult(int ExitCode, string Output, TimeSpan Elapsed)
    {
        private static readonly Regex DiagnosticLine = new(
            @"^\s*(?<location>.*?)\s*:\s+(?<severity>warning|error)\s+(?<id>[A-Za-z]+[0-9]+)\s*:\s*(?<message>.*?)(\s+\[[^\]]*\])?\s*$",
            RegexOptions.CultureInvariant);

        /// <summary>Every distinct diagnostic line of the output, in order.</summary>
        public IReadOnlyList<BuildDiagnostic> Diagnostics =>
            Output.Split('\n')
                .Select(line => DiagnosticLine.Match(line.TrimEnd('\r')))
                .Where(match => match.Success)
                .Select(match => new BuildDiagnostic(match.Groups["location"].Value, match.Groups["severity"].Value, match.Groups["id"].Value, match.Groups["message"].Value))
                .Distinct()
                .ToList();
    }

    /// <summary>Runs <c>dotnet</c> as a child process with a timeout, isolated from the test host's own MSBuild.</summary>
    public static class DotNetBuild
    {
        /// <summary>
        /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>. MSBuild and VSTest
        /// variables inherited from <c>dotnet test</c> are removed; node reuse and the compiler server are off, so
        /// nothing outlives the command. On timeout the process tree is killed and <see cref="TimeoutException"/> is
        /// thrown with the output so far.
        /// </summary>
        public static BuildResult Run(string directory, TimeSpan timeout, params string[] arguments)
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
            return new BuildResult(process.ExitCode, Completed(stdout) + Completed(stderr), timer.Elapsed);
        }

        private static string Completed(Task<string> read) => read.IsCompletedSuccessfully ? read.Result : "";
    }
}
