namespace WebIdl.Runtime;

/// <summary>The File API's <c>EndingType</c> enum: how line endings in string parts are written.</summary>
public enum EndingType
{
    /// <summary><c>"transparent"</c>: line endings are kept as they are (the default).</summary>
    Transparent,

    /// <summary><c>"native"</c>: every CR, LF and CR LF becomes the platform's line ending (<see cref="System.Environment.NewLine"/>).</summary>
    Native,
}

/// <summary>The File API's <c>BlobPropertyBag</c> dictionary: the options of a new <see cref="Blob"/>.</summary>
public record BlobPropertyBag
{
    /// <summary>The media type (default empty). Kept only if every character is in U+0020–U+007E, then ASCII-lowercased;
    /// otherwise the blob's type is empty.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>How line endings in string parts are written (default <see cref="EndingType.Transparent"/>).</summary>
    public EndingType Endings { get; init; } = EndingType.Transparent;
}
