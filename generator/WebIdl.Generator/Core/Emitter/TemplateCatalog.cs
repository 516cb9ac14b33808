using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Scriban;

namespace WebIdl.Generator.Emitter
{
    /// <summary>
    /// The embedded Scriban templates, each parsed once per process. Every template is parsed with
    /// <c>_shared.scriban</c> (the functions that lay out one C# type and its members) in front of it.
    /// </summary>
    internal static class TemplateCatalog
    {
        private const string Prefix = "WebIdl.Generator.Templates.";

        private static readonly object Gate = new object();

        private static readonly Dictionary<string, Template> Parsed = new Dictionary<string, Template>(StringComparer.Ordinal);

        /// <summary>The parsed template for <paramref name="kind"/> (<c>interface</c>, <c>enum</c>, …).</summary>
        /// <exception cref="InvalidOperationException">The template is missing or does not parse (a bug in this assembly).</exception>
        public static Template Get(string kind)
        {
            lock (Gate)
            {
                if (Parsed.TryGetValue(kind, out var cached))
                {
                    return cached;
                }

                var text = Load("_shared") + Load(kind);
                var template = Template.Parse(text, kind + ".scriban");
                if (template.HasErrors)
                {
                    var messages = new StringBuilder();
                    foreach (var message in template.Messages)
                    {
                        messages.Append(message.ToString()).Append("; ");
                    }

                    throw new InvalidOperationException("Template " + kind + ".scriban does not parse: " + messages);
                }

                Parsed.Add(kind, template);
                return template;
            }
        }

        private static string Load(string name)
        {
            using var stream = typeof(TemplateCatalog).Assembly.GetManifestResourceStream(Prefix + name + ".scriban")
                ?? throw new InvalidOperationException("Embedded template " + Prefix + name + ".scriban is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
