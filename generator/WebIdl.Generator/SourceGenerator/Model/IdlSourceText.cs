namespace WebIdl.Generator.SourceGenerator.Model
{
    /// <summary>The text of one WebIDL input file, read from its additional file.</summary>
    /// <param name="Path">The file's path as the compiler gives it.</param>
    /// <param name="Text">The whole text; empty when it could not be read.</param>
    /// <param name="ReadFailure">Why the text could not be read (the exception), or null.</param>
    internal sealed record IdlSourceText(string Path, string Text, string? ReadFailure);
}
