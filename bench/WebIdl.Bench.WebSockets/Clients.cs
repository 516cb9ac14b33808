using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using WebIdl.Runtime;
using WebIdl.Runtime.WebSockets;

namespace WebIdl.Bench.WebSockets
{
    /// <summary>One client under test: the same two loops, written the natural way for each API.</summary>
    internal interface IBenchClient : IAsyncDisposable
    {
        string Name { get; }

        Task ConnectAsync(Uri url);

        /// <summary>Sends one message and waits for its echo, <paramref name="count"/> times.</summary>
        Task RoundTripsAsync(ReadOnlyMemory<byte> payload, int count);

        /// <summary>Sends <paramref name="count"/> messages keeping up to <paramref name="window"/> unanswered, and
        /// waits for every echo.</summary>
        Task PipelinedAsync(ReadOnlyMemory<byte> payload, int count, int window);
    }

    /// <summary><see cref="ClientWebSocket"/> used directly: the peer the runtime is measured against.</summary>
    internal sealed class RawClient(string name = "ClientWebSocket") : IBenchClient
    {
        private readonly ClientWebSocket _socket = new();
        private readonly byte[] _buffer = new byte[64 * 1024];

        public string Name => name;

        public async Task ConnectAsync(Uri url)
        {
            _socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await _socket.ConnectAsync(url, CancellationToken.None);
        }

        public async Task RoundTripsAsync(ReadOnlyMemory<byte> payload, int count)
        {
            for (var i = 0; i < count; i++)
            {
                await _socket.SendAsync(payload, WebSocketMessageType.Binary, true, CancellationToken.None);
                await ReceiveMessageAsync();
            }
        }

        public async Task PipelinedAsync(ReadOnlyMemory<byte> payload, int count, int window)
        {
            using var slots = new SemaphoreSlim(window, window);
            var receiver = Task.Run(async () =>
            {
                for (var i = 0; i < count; i++)
                {
                    await ReceiveMessageAsync();
                    slots.Release();
                }
            });

            for (var i = 0; i < count; i++)
            {
                await slots.WaitAsync();
                await _socket.SendAsync(payload, WebSocketMessageType.Binary, true, CancellationToken.None);
            }

            await receiver;
        }

        private async ValueTask ReceiveMessageAsync()
        {
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(_buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException("the echo server closed the connection");
                }
            }
            while (!result.EndOfMessage);
        }

        public async ValueTask DisposeAsync()
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }

            _socket.Dispose();
        }
    }

    /// <summary>The runtime's WHATWG <c>WebSocket</c>, used through its standard API: <c>send()</c> and the
    /// <c>message</c> event.</summary>
    internal sealed class RuntimeClient : IBenchClient
    {
        private readonly Signal _signal = new();
        private Runtime.WebSockets.WebSocket? _socket;
        private int _expected;
        private int _received;
        private SemaphoreSlim? _slots;
        private bool _closing;

        public string Name => "WebIdl.Runtime WebSocket";

        public async Task ConnectAsync(Uri url)
        {
            _socket = new Runtime.WebSockets.WebSocket(url.AbsoluteUri, Array.Empty<string>(), new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero, Compression = false });
            _socket.BinaryType = BinaryType.Arraybuffer;
            _socket.Message += OnMessage;
            _socket.CloseEvent += _ =>
            {
                if (!_closing)
                {
                    _signal.Fail(new InvalidOperationException("the echo server closed the connection"));
                }
            };
            await _socket.OpenAsync(CancellationToken.None);
        }

        private void OnMessage(IMessageEvent e)
        {
            _slots?.Release();
            if (++_received == _expected)
            {
                _signal.Set();
            }
        }

        public async Task RoundTripsAsync(ReadOnlyMemory<byte> payload, int count)
        {
            _slots = null;
            for (var i = 0; i < count; i++)
            {
                _received = 0;
                _expected = 1;
                _signal.Reset();
                var wait = _signal.WaitAsync();
                _socket!.Send(payload);
                await wait;
            }
        }

        public async Task PipelinedAsync(ReadOnlyMemory<byte> payload, int count, int window)
        {
            using var slots = new SemaphoreSlim(window, window);
            _slots = slots;
            _received = 0;
            _expected = count;
            _signal.Reset();
            var done = _signal.WaitAsync();
            for (var i = 0; i < count; i++)
            {
                await slots.WaitAsync();
                _socket!.Send(payload);
            }

            await done;
            _slots = null;
        }

        public async ValueTask DisposeAsync()
        {
            if (_socket is not null)
            {
                _closing = true;
                await _socket.CloseAsync(1000, "done", CancellationToken.None);
            }
        }
    }
}
