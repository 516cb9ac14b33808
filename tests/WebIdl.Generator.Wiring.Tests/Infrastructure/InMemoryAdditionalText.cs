using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WebIdl.Generator.Wiring.Tests.Infrastructure
{
    /// <summary>An additional file held in memory, as the compiler would pass a .webidl file.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? text;
        private readonly Exception? failure;

        /// <summary>A file with <paramref name="text"/>.</summary>
        public InMemoryAdditionalText(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        /// <summary>A file with <paramref name="text"/>, which may be null (the compiler's answer for an unreadable file).</summary>
        public InMemoryAdditionalText(string path, SourceText? text)
        {
            Path = path;
            this.text = text;
        }

        private InMemoryAdditionalText(string path, Exception failure)
        {
            Path = path;
            this.failure = failure;
        }

        /// <inheritdoc />
        public override string Path { get; }

        /// <summary>A file whose <see cref="GetText"/> throws <paramref name="failure"/>.</summary>
        public static InMemoryAdditionalText Throwing(string path, Exception failure) => new(path, failure);

        /// <inheritdoc />
        public override SourceText? GetText(CancellationToken cancellationToken = default) =>
            failure is null ? text : throw failure;
    }
}
