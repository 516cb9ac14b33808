namespace WebIdl.Runtime.WebSockets;

/// <summary>What a <see cref="WebSocketMessage"/> carries.</summary>
internal enum WebSocketMessageKind
{
    /// <summary>A text message: <see cref="WebSocketMessage.Text"/>.</summary>
    Text,

    /// <summary>A binary message: <see cref="WebSocketMessage.Binary"/>.</summary>
    Binary,

    /// <summary>The peer's Close frame: <see cref="WebSocketMessage.Code"/> and <see cref="WebSocketMessage.Reason"/>.</summary>
    Close,
}

/// <summary>One whole message received from the peer, or the peer's Close frame.</summary>
internal readonly struct WebSocketMessage
{
    private WebSocketMessage(WebSocketMessageKind kind, string? text, byte[]? binary, ushort? code, string reason)
    {
        Kind = kind;
        Text = text;
        Binary = binary;
        Code = code;
        Reason = reason;
    }

    /// <summary>Text, binary or close.</summary>
    public WebSocketMessageKind Kind { get; }

    /// <summary>The decoded text of a <see cref="WebSocketMessageKind.Text"/> message, else <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The payload of a <see cref="WebSocketMessageKind.Binary"/> message, else <see langword="null"/>.</summary>
    public byte[]? Binary { get; }

    /// <summary>The Close frame's status code; <see langword="null"/> when its payload was empty (no code) or for data messages.</summary>
    public ushort? Code { get; }

    /// <summary>The Close frame's reason ("" when none, and for data messages).</summary>
    public string Reason { get; }

    /// <summary>A text message.</summary>
    public static WebSocketMessage FromText(string text) => new(WebSocketMessageKind.Text, text, null, null, "");

    /// <summary>A binary message.</summary>
    public static WebSocketMessage FromBinary(byte[] binary) => new(WebSocketMessageKind.Binary, null, binary, null, "");

    /// <summary>The peer's Close frame.</summary>
    public static WebSocketMessage FromClose(ushort? code, string reason) => new(WebSocketMessageKind.Close, null, null, code, reason);
}
