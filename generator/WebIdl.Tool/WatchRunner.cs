using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using WebIdl.Generator;

namespace WebIdl.Tool
{
    /// <summary>
    /// The <c>watch</c> verb: <c>generate</c> once, then again after every change to the inputs, until cancelled.
    /// </summary>
    /// <remarks>
    /// One <see cref="FileSystemWatcher"/> per input: a directory is watched recursively for <c>*.webidl</c> and
    /// <c>*.idl</c> files, a file through its directory (so deleting, re-creating or renaming it is seen too, as
    /// editors that save by rename do). Events only mark the inputs dirty; the loop regenerates once no event has
    /// come for <see cref="Debounce"/>, so a burst of writes (a save, a checkout) costs one run. Each run expands
    /// the inputs again, so files added to a watched directory join the set. Events data files (<c>--events</c>) are
    /// watched as file inputs are and read again by every run after the first, so an edit of one is picked up (and
    /// starts a run) and its problems are printed with each run's diagnostics. All output goes through the loop's
    /// thread; the watchers' threads only touch the dirty mark.
    /// </remarks>
    public static class WatchRunner
    {
        /// <summary>How long the inputs must stay quiet after a change before the run starts.</summary>
        public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

        private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(25);

        /// <summary>Generates, then regenerates on every change, printing one summary line per run.</summary>
        /// <param name="paths">Files and directories.</param>
        /// <param name="options">The binding options; the first run uses them as they are, events included.</param>
        /// <param name="outDir">The output directory.</param>
        /// <param name="stdout">Where summaries go: <c>regenerated N files in M ms, E errors</c>.</param>
        /// <param name="stderr">Where diagnostics and input problems go.</param>
        /// <param name="cancellationToken">Stops watching.</param>
        /// <param name="handleCtrlC">True to stop on Ctrl+C as well (the console entry point); the in-process entry
        /// point leaves the console alone.</param>
        /// <param name="events">The events data files <see cref="GeneratorOptions.Events"/> was read from, or null:
        /// watched, and read again by every later run.</param>
        /// <returns><see cref="Cli.Success"/> once stopped.</returns>
        /// <exception cref="InputException">A path does not exist when watching starts.</exception>
        public static int Run(
            IReadOnlyList<string> paths,
            GeneratorOptions options,
            string outDir,
            TextWriter stdout,
            TextWriter stderr,
            CancellationToken cancellationToken,
            bool handleCtrlC,
            IReadOnlyList<string>? events = null)
        {
            // Fail early, with exit code 2, on a path that does not exist.
            InputFiles.Expand(paths);
            events ??= Array.Empty<string>();
            var watched = new List<string>(paths);
            watched.AddRange(events);

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ConsoleCancelEventHandler? onCtrlC = null;
            if (handleCtrlC)
            {
                onCtrlC = (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                Console.CancelKeyPress += onCtrlC;
            }

            var state = new DirtyMark();
            var watchers = new List<FileSystemWatcher>();
            try
            {
                RunOnce(paths, options, null, outDir, stdout, stderr, "generated");
                StartWatchers(watched, state, watchers, stderr);
                stdout.WriteLine(
                    "watching " + GenerateRunner.Plural(paths.Count, "path")
                    + (events.Count > 0 ? " and " + GenerateRunner.Plural(events.Count, "events file") : "")
                    + " for changes" + (handleCtrlC ? " (Ctrl+C to stop)" : ""));
                stdout.Flush();
                while (!stop.Token.WaitHandle.WaitOne(Tick))
                {
                    if (!state.TakeIfQuiet(Debounce, out var overflowed))
                    {
                        continue;
                    }

                    if (overflowed)
                    {
                        // A watcher lost events (its buffer overflowed) or failed: start afresh so none is missed later.
                        StopWatchers(watchers);
                        StartWatchers(watched, state, watchers, stderr);
                    }

                    RunOnce(paths, options, events, outDir, stdout, stderr, "regenerated");
                }
            }
            finally
            {
                StopWatchers(watchers);
                if (onCtrlC != null)
                {
                    Console.CancelKeyPress -= onCtrlC;
                }
            }

            return Cli.Success;
        }

        /// <summary>One run; with <paramref name="events"/> (not empty), the events data is read again first.</summary>
        private static void RunOnce(IReadOnlyList<string> paths, GeneratorOptions options, IReadOnlyList<string>? events, string outDir, TextWriter stdout, TextWriter stderr, string verb)
        {
            var clock = Stopwatch.StartNew();
            GenerateOutcome outcome;
            try
            {
                if (events is { Count: > 0 })
                {
                    options = options with { Events = GeneratorInputs.ReadEvents(events, diagnostic => stderr.WriteLine(diagnostic.ToString())) };
                }

                outcome = GenerateRunner.Generate(GeneratorInputs.Parse(paths), options, outDir, stderr);
            }
            catch (Exception ex) when (ex is InputException or IOException or UnauthorizedAccessException)
            {
                // A watched file deleted (events data too), a directory removed while being listed, a file unreadable
                // for a moment, an output not writable: report it and keep watching.
                stderr.WriteLine("webidl watch: " + ex.Message);
                outcome = new GenerateOutcome(0, 1, 0, null);
            }

            stdout.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1} in {2} ms, {3}",
                verb,
                GenerateRunner.Plural(outcome.Files, "file"),
                clock.ElapsedMilliseconds,
                GenerateRunner.Plural(outcome.Errors, "error")));
            stdout.Flush();
            stderr.Flush();
        }

        private static void StartWatchers(IReadOnlyList<string> paths, DirtyMark state, List<FileSystemWatcher> watchers, TextWriter stderr)
        {
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(path);
                FileSystemWatcher watcher;
                Func<string, bool> relevant;
                if (Directory.Exists(full))
                {
                    watcher = new FileSystemWatcher(full) { IncludeSubdirectories = true };
                    relevant = InputFiles.IsIdl;
                }
                else
                {
                    var directory = Path.GetDirectoryName(full);
                    if (directory is null || !Directory.Exists(directory))
                    {
                        stderr.WriteLine("webidl watch: cannot watch " + path + ": its directory does not exist");
                        continue;
                    }

                    var name = Path.GetFileName(full);
                    watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = false };
                    relevant = changed => string.Equals(Path.GetFileName(changed), name, StringComparison.Ordinal);
                }

                watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime;
                FileSystemEventHandler onChange = (_, e) =>
                {
                    // A directory created, deleted or renamed inside a watched directory can carry IDL files with it.
                    if (relevant(e.FullPath) || (watcher.IncludeSubdirectories && e.ChangeType != WatcherChangeTypes.Changed && !Path.HasExtension(e.FullPath)))
                    {
                        state.Mark(false);
                    }
                };
                watcher.Changed += onChange;
                watcher.Created += onChange;
                watcher.Deleted += onChange;
                watcher.Renamed += (_, e) =>
                {
                    if (relevant(e.FullPath) || relevant(e.OldFullPath) || (watcher.IncludeSubdirectories && !Path.HasExtension(e.FullPath)))
                    {
                        state.Mark(false);
                    }
                };
                watcher.Error += (_, _) => state.Mark(true);
                try
                {
                    watcher.EnableRaisingEvents = true;
                    watchers.Add(watcher);
                }
                catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
                {
                    watcher.Dispose();
                    stderr.WriteLine("webidl watch: cannot watch " + path + ": " + ex.Message);
                }
            }
        }

        private static void StopWatchers(List<FileSystemWatcher> watchers)
        {
            foreach (var watcher in watchers)
            {
                watcher.EnableRaisingEvents = false;
                watcher.Dispose();
            }

            watchers.Clear();
        }

        /// <summary>The inputs' dirty mark, set from the watchers' threads and taken by the loop.</summary>
        private sealed class DirtyMark
        {
            private readonly object gate = new();
            private readonly Stopwatch clock = Stopwatch.StartNew();
            private bool dirty;
            private bool overflowed;
            private TimeSpan lastChange;

            public void Mark(bool overflow)
            {
                lock (gate)
                {
                    dirty = true;
                    overflowed |= overflow;
                    lastChange = clock.Elapsed;
                }
            }

            /// <summary>True, once, when the inputs changed and have been quiet for <paramref name="quiet"/>.</summary>
            public bool TakeIfQuiet(TimeSpan quiet, out bool overflow)
            {
                lock (gate)
                {
                    overflow = overflowed;
                    if (!dirty || clock.Elapsed - lastChange < quiet)
                    {
                        return false;
                    }

                    dirty = false;
                    overflowed = false;
                    return true;
                }
            }
        }
    }
}
