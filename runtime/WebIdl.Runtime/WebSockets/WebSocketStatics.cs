using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace WebIdl.Runtime.WebSockets;

// The IDL constructor of the generated stub made real: WebSocketBase.Create(url, protocols) builds a WebSocket.
// Registered before any code of this assembly runs, so Create works without touching WebSocket first.
internal sealed class WebSocketStatics : IWebSocketStatics
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The generated stub's Statics must be set before user code calls WebSocketBase.Create; nothing else runs here.")]
    internal static void Register() => WebSocketBase.Statics = new WebSocketStatics();

    public IWebSocket Construct(string url, DOMStringOrDOMStringSequence protocols) =>
        protocols.IsDOMString
            ? new WebSocket(url, protocols.AsDOMString)
            : new WebSocket(url, protocols.IsDOMStringSequence ? protocols.AsDOMStringSequence : System.Array.Empty<string>());
}
