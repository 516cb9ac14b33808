using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace WebIdl.Runtime.WebSockets;

/// <summary>
/// The WHATWG <c>WebSocket</c> (<see href="https://websockets.spec.whatwg.org/"/>): a client connection to a
/// WebSocket server, with the standard's state machine, send buffer, close handshake and events, on the validation
/// stub <see cref="WebSocketBase"/> generated from the runtime's <c>Idl/websockets.webidl</c>.
/// </summary>
/// <remarks>
/// <para><b>Lifecycle.</b> The constructor checks its arguments and starts connecting at once. <see cref="WebSocketBase.ReadyState"/>
/// goes <see cref="WebSocketBase.CONNECTING"/> → <see cref="WebSocketBase.OPEN"/> (with the <c>open</c> event) →
/// <see cref="WebSocketBase.CLOSING"/> (after <see cref="WebSocketBase.Close"/>, or when the server starts closing) →
/// <see cref="WebSocketBase.CLOSED"/> (with the <c>close</c> event, preceded by <c>error</c> when the connection failed).</para>
/// <para><b>Events.</b> The events of one socket are never concurrent and never reordered. When the constructor runs
/// with a <see cref="SynchronizationContext"/> (a UI thread), every event is posted to it, in order; otherwise
/// listeners run directly on the thread that received the message, one at a time. An exception thrown by a
/// listener goes to <see cref="EventTarget.UnhandledListenerException"/> (through <c>ReportException</c>); nothing
/// escapes to the thread pool.</para>
/// <para><b>Thread safety.</b> Every member is safe to call from any thread. Messages sent from several threads are
/// all sent; those of one thread go out in the order it sent them.</para>
/// <para>Beyond the standard: <see cref="OpenAsync"/>, <see cref="CloseAsync"/> and <see cref="ReadMessagesAsync"/>.</para>
/// </remarks>
public partial class WebSocket : WebSocketBase
{
    // The serialised URL (the url attribute), the connection's target and the origin MessageEvent.origin shows.
    private readonly string _url;
    private readonly Uri _target;
    private readonly string _origin;

    // The subprotocols offered, checked.
    private readonly string[] _protocols;

    private readonly WebSocketOptions _options;

    // Where events run: null means directly on the receiving thread.
    private readonly SynchronizationContext? _context;

    // CONNECTING, OPEN, CLOSING or CLOSED; changed with compare-exchange (close() runs on any thread).
    private int _readyState;

    // Set when the connection is established (before the open event), read by the getters afterwards.
    private volatile string _protocol = string.Empty;
    private volatile string _extensions = string.Empty;

    // BinaryType as an int, so that reads and writes from different threads are atomic and fresh.
    private volatile int _binaryType = (int)BinaryType.Blob;

    /// <summary>Starts connecting to <paramref name="url"/> without offering a subprotocol (IDL <c>new WebSocket(url)</c>).</summary>
    /// <param name="url">An absolute <c>ws:</c>, <c>wss:</c>, <c>http:</c> or <c>https:</c> URL without a fragment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c>: the URL is not valid for a WebSocket.</exception>
    public WebSocket(string url)
        : this(url, Array.Empty<string>(), WebSocketOptions.Default)
    {
    }

    /// <summary>Starts connecting to <paramref name="url"/>, offering one subprotocol (IDL <c>new WebSocket(url, protocol)</c>).</summary>
    /// <param name="url">An absolute <c>ws:</c>, <c>wss:</c>, <c>http:</c> or <c>https:</c> URL without a fragment.</param>
    /// <param name="protocol">The subprotocol: a token, such as <c>"chat"</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c>: the URL or the subprotocol is not valid.</exception>
    public WebSocket(string url, string protocol)
        : this(url, new[] { IdlConvert.NotNull(protocol, nameof(WebSocket), "constructor", "protocols") }, WebSocketOptions.Default)
    {
    }

    /// <summary>Starts connecting to <paramref name="url"/>, offering subprotocols (IDL <c>new WebSocket(url, protocols)</c>).</summary>
    /// <param name="url">An absolute <c>ws:</c>, <c>wss:</c>, <c>http:</c> or <c>https:</c> URL without a fragment.</param>
    /// <param name="protocols">The subprotocols, in order of preference: tokens, no two equal ignoring case.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c>: the URL or a subprotocol is not valid.</exception>
    public WebSocket(string url, IReadOnlyList<string> protocols)
        : this(url, protocols, WebSocketOptions.Default)
    {
    }

    /// <summary>Starts connecting to <paramref name="url"/> with options (transport, TLS, keep-alive, headers, compression).</summary>
    /// <param name="url">An absolute <c>ws:</c>, <c>wss:</c>, <c>http:</c> or <c>https:</c> URL without a fragment.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c>: the URL is not valid for a WebSocket.</exception>
    public WebSocket(string url, WebSocketOptions options)
        : this(url, Array.Empty<string>(), options)
    {
    }

    /// <summary>Starts connecting to <paramref name="url"/> with subprotocols and options.</summary>
    /// <param name="url">An absolute <c>ws:</c>, <c>wss:</c>, <c>http:</c> or <c>https:</c> URL without a fragment.</param>
    /// <param name="protocols">The subprotocols, in order of preference: tokens, no two equal ignoring case.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DOMException">A <c>"SyntaxError"</c>: the URL or a subprotocol is not valid.</exception>
    public WebSocket(string url, IReadOnlyList<string> protocols, WebSocketOptions options)
    {
        IdlConvert.NotNull(url, nameof(WebSocket), "constructor", nameof(url));
        IdlConvert.NotNull(protocols, nameof(WebSocket), "constructor", nameof(protocols));
        _options = IdlConvert.NotNull(options, nameof(WebSocket), "constructor", nameof(options));
        _target = WebSocketUrl.Parse(IdlConvert.ToUsvString(url), out _url, out _origin);
        _protocols = WebSocketUrl.CheckProtocols(protocols);

        // The base SynchronizationContext posts to the thread pool, in no particular order: it is no context at all.
        SynchronizationContext? context = SynchronizationContext.Current;
        _context = context is null || context.GetType() == typeof(SynchronizationContext) ? null : context;
        if (_context is null)
            _listenerAdded = new SemaphoreSlim(0);

        _ = RunAsync();
    }

    /// <summary>The subprotocols offered to the server, in order.</summary>
    public IReadOnlyList<string> RequestedProtocols => _protocols;

    /// <summary>The options the socket was created with.</summary>
    public WebSocketOptions Options => _options;

    /// <inheritdoc/>
    protected override string UrlCore => _url;

    /// <inheritdoc/>
    protected override ushort ReadyStateCore => (ushort)Volatile.Read(ref _readyState);

    /// <inheritdoc/>
    protected override string ExtensionsCore => _extensions;

    /// <inheritdoc/>
    protected override string ProtocolCore => _protocol;

    /// <inheritdoc/>
    protected override BinaryType BinaryTypeCore
    {
        get => (BinaryType)_binaryType;
        set => _binaryType = (int)value;
    }

    private int State => Volatile.Read(ref _readyState);

    // Moves readyState from one state to another; false when it was not in the expected state.
    private bool TryTransition(int from, int to) => Interlocked.CompareExchange(ref _readyState, to, from) == from;

    private static string StateName(int state) => state switch
    {
        CONNECTING => "0 (CONNECTING)",
        OPEN => "1 (OPEN)",
        CLOSING => "2 (CLOSING)",
        _ => "3 (CLOSED)",
    };
}
