using System.Runtime.CompilerServices;

// The WebSocket transport (WebSocketConnection and friends) is internal; its unit tests and the tests against real
// peers drive it directly.
[assembly: InternalsVisibleTo("WebIdl.Runtime.Tests")]
[assembly: InternalsVisibleTo("WebIdl.Runtime.WebSockets.Tests")]
