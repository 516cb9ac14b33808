using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Tests.Shared;

namespace WebIdl.Runtime.WebSockets.Tests.Peers;

/// <summary>
/// Runs tests/node/ws-peer.mjs (the npm <c>ws</c> server, version pinned in tests/node/package-lock.json) with the
/// <c>node</c> found on PATH. The peer exits when its stdin closes, which happens when this object is disposed or
/// when the test process dies, so no run leaves a node process behind.
/// </summary>
public sealed class NodeWsPeer : IWebSocketPeer, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly StringBuilder stderr = new();

    private NodeWsPeer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    /// <inheritdoc />
    public PeerKind Kind => PeerKind.Node;

    /// <inheritdoc />
    public int Port { get; }

    /// <summary>What the peer wrote to stderr so far (for failure messages).</summary>
    public string Errors
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <inheritdoc />
    public Uri Url(string pathAndQuery) => new("ws://127.0.0.1:" + Port + pathAndQuery);

    /// <summary>Installs the npm packages when needed, starts the peer and waits for its port.</summary>
    public static async Task<NodeWsPeer> StartAsync()
    {
        var folder = EnsureInstalled();
        var start = new ProcessStartInfo("node", "ws-peer.mjs")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node was not found on PATH; the ws peer needs Node.js 20 or later", e);
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            line = null;
        }

        if (line == null || !line.StartsWith("listening ", StringComparison.Ordinal) || !int.TryParse(line.AsSpan(10), out var port))
        {
            var errors = process.HasExited ? await process.StandardError.ReadToEndAsync() : "";
            Stop(process);
            throw new InvalidOperationException($"ws-peer.mjs did not report its port within {StartTimeout.TotalSeconds} s (first line: '{line}'). {errors}");
        }

        var peer = new NodeWsPeer(process, port);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lock (peer.stderr)
                {
                    peer.stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>After disposal: whether node exited by itself when its stdin closed (rather than being killed).</summary>
    public bool ExitedOnStdinClose { get; private set; }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        ExitedOnStdinClose = Stop(process);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes stdin and waits up to 5 s for node to exit, then kills it; returns whether it exited by itself.</summary>
    private static bool Stop(Process process)
    {
        try
        {
            process.StandardInput.Close();
            if (process.WaitForExit(5000))
            {
                return true;
            }

            process.Kill();
            process.WaitForExit(5000);
            return false;
        }
        catch (InvalidOperationException)
        {
            return true; // already gone
        }
        finally
        {
            process.Dispose();
        }
    }

    /// <summary>tests/node with its packages installed (<c>npm ci</c> once, under the same lock RepositoryPaths uses).</summary>
    private static string EnsureInstalled()
    {
        var folder = RepositoryPaths.NodeProject;
        var ws = Path.Combine(folder, "node_modules", "ws", "package.json");
        if (!File.Exists(ws))
        {
            // Installs the whole lockfile (ws included) when the corpus packages are missing.
            _ = RepositoryPaths.Corpus;
        }

        if (!File.Exists(ws))
        {
            throw new InvalidOperationException($"{ws} is missing: run 'npm ci' in {folder}");
        }

        return folder;
    }
}
