using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace WebIdl.Bench.WebSockets
{
    /// <summary>
    /// Pins a whole process to one CPU. On Linux, <see cref="Process.ProcessorAffinity"/> sets the affinity of one
    /// thread only (the one whose id is the process id), so a .NET process "pinned" that way still runs its thread
    /// pool, socket and GC threads on every CPU. Here every thread of the process is pinned; threads it creates later
    /// inherit the affinity of the thread that creates them.
    /// </summary>
    internal static class Affinity
    {
        /// <summary>Pins every current thread of process <paramref name="pid"/> to <paramref name="cpu"/>; returns how
        /// many threads were pinned, or -1 when this platform cannot (a note is printed).</summary>
        public static int Pin(int pid, int cpu)
        {
            try
            {
                if (OperatingSystem.IsLinux())
                {
                    ulong mask = 1UL << cpu;
                    int pinned = 0;
                    foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                    {
                        // A thread may end between the listing and the call: that is not a failure.
                        if (int.TryParse(Path.GetFileName(task), out int tid) && SchedSetAffinity(tid, (nint)sizeof(ulong), ref mask) == 0)
                        {
                            pinned++;
                        }
                    }

                    return pinned;
                }

                if (OperatingSystem.IsWindows())
                {
                    using var process = Process.GetProcessById(pid);
                    process.ProcessorAffinity = (IntPtr)(1L << cpu);
                    return process.Threads.Count;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException or System.ComponentModel.Win32Exception or InvalidOperationException or ArgumentException)
            {
                Console.WriteLine($"(could not pin process {pid} to CPU {cpu}: {e.Message})");
                return -1;
            }

            Console.WriteLine($"(pinning is not supported on this platform; process {pid} runs on every CPU)");
            return -1;
        }

        [DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
        private static extern int SchedSetAffinity(int tid, nint size, ref ulong mask);
    }
}
