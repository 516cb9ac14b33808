using System;
using System.IO;
using System.Text;

namespace WebIdl.Tool.Tests
{
    /// <summary>The outcome of one in-process run of the tool.</summary>
    internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
    {
        public static ToolRun Of(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exitCode = Program.Run(args, stdout, stderr);
            return new ToolRun(exitCode, stdout.ToString(), stderr.ToString());
        }

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
    }

    /// <summary>A fresh temporary directory, deleted on dispose.</summary>
    internal sealed class TempDir : IDisposable
    {
        public TempDir()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "webidl-tool-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relativePath, string text, Encoding? encoding = null)
        {
            var full = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, encoding ?? new UTF8Encoding(false));
            return full;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
