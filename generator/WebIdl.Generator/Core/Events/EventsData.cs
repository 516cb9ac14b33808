using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Text;

namespace WebIdl.Generator
{
    /// <summary>
    /// Reads events data: a JSON array in the shape of @webref/events' <c>events.json</c>, each entry
    /// <c>{ "type": "message", "interface": "MessageEvent", "targets": [{ "target": "WebSocket" }, …] }</c> (other
    /// keys are ignored). A small JSON reader of its own: the generator runs inside the compiler and takes no JSON
    /// library there. Never throws: what cannot be read becomes a WIDL0204 warning at its line and column.
    /// </summary>
    public static class EventsData
    {
        /// <summary>Reads one events data file.</summary>
        /// <param name="path">The file's path, for diagnostics.</param>
        /// <param name="text">The file's text.</param>
        /// <returns>Every (target, type, interface) fact in ordinal order without repeats, and the problems found.</returns>
        public static (EquatableArray<EventInterface> Entries, EquatableArray<IdlDiagnostic> Diagnostics) Parse(string path, string text)
        {
            var reader = new Reader(path ?? "", text ?? "");
            var entries = new List<EventInterface>();
            try
            {
                reader.SkipSpace();
                if (reader.Peek() != '[')
                {
                    throw reader.Error("expected a JSON array of events");
                }

                var root = reader.ReadValue();
                reader.SkipSpace();
                if (!reader.AtEnd)
                {
                    throw reader.Error("unexpected text after the array");
                }

                foreach (var item in (List<Node>)root.Value!)
                {
                    Entry(item, entries, reader);
                }
            }
            catch (FormatException)
            {
                // Reported by the reader; nothing of the file is used.
                entries.Clear();
            }

            return (Merge(entries), reader.Diagnostics.ToArray());
        }

        /// <summary>The facts of several files as one ordered set without repeats.</summary>
        public static EquatableArray<EventInterface> Merge(IEnumerable<EventInterface> entries)
        {
            var set = new SortedSet<EventInterface>(Comparer.Instance);
            foreach (var entry in entries)
            {
                set.Add(entry);
            }

            return EquatableArray<EventInterface>.From(set);
        }

        private static void Entry(Node item, List<EventInterface> entries, Reader reader)
        {
            if (item.Value is not Dictionary<string, Node> entry)
            {
                reader.Warn(item, "an event entry is not an object; it is left out");
                return;
            }

            if (!(entry.TryGetValue("type", out var type) && type.Value is string typeName && typeName.Length > 0)
                || !(entry.TryGetValue("interface", out var face) && face.Value is string interfaceName && interfaceName.Length > 0)
                || !(entry.TryGetValue("targets", out var targets) && targets.Value is List<Node> targetList))
            {
                reader.Warn(item, "an event entry lacks a string \"type\", a string \"interface\" or a \"targets\" array; it is left out");
                return;
            }

            foreach (var target in targetList)
            {
                if (target.Value is Dictionary<string, Node> targetObject && targetObject.TryGetValue("target", out var name) && name.Value is string targetName && targetName.Length > 0)
                {
                    entries.Add(new EventInterface(targetName, typeName, interfaceName));
                }
                else
                {
                    reader.Warn(target, "a target of event '" + typeName + "' has no string \"target\"; it is left out");
                }
            }
        }

        /// <summary>A JSON value (string, number text, bool, null, <c>List&lt;Node&gt;</c> or <c>Dictionary&lt;string, Node&gt;</c>) and where it starts.</summary>
        private readonly struct Node
        {
            public Node(object? value, int offset, int line, int column)
            {
                Value = value;
                Offset = offset;
                Line = line;
                Column = column;
            }

            public object? Value { get; }

            public int Offset { get; }

            public int Line { get; }

            public int Column { get; }
        }

        private sealed class Reader
        {
            private const int MaxDepth = 64;
            private readonly string path;
            private readonly string text;
            private int at;
            private int line = 1;
            private int column = 1;
            private int depth;

            public Reader(string path, string text)
            {
                this.path = path;
                this.text = text;
            }

            public List<IdlDiagnostic> Diagnostics { get; } = new List<IdlDiagnostic>();

            public bool AtEnd => at >= text.Length;

            public char Peek() => at < text.Length ? text[at] : '\0';

            public void Warn(Node node, string message) =>
                Diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.EventsDataInvalid, new SourceSpan(path, node.Offset, 1, node.Line, node.Column), message));

            public FormatException Error(string message)
            {
                Diagnostics.Add(IdlDiagnostic.Create(GeneratorDiagnostics.EventsDataInvalid, new SourceSpan(path, at, AtEnd ? 0 : 1, line, column), "not valid JSON: " + message + "; the file is left out"));
                return new FormatException(message);
            }

            public void SkipSpace()
            {
                while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n' || (at == 0 && text[at] == '\uFEFF')))
                {
                    Advance();
                }
            }

            public Node ReadValue()
            {
                SkipSpace();
                var start = new Node(null, at, line, column);
                if (AtEnd)
                {
                    throw Error("unexpected end of the file");
                }

                switch (Peek())
                {
                    case '[':
                        return new Node(ReadArray(), start.Offset, start.Line, start.Column);
                    case '{':
                        return new Node(ReadObject(), start.Offset, start.Line, start.Column);
                    case '"':
                        return new Node(ReadString(), start.Offset, start.Line, start.Column);
                    case 't':
                        Literal("true");
                        return new Node(true, start.Offset, start.Line, start.Column);
                    case 'f':
                        Literal("false");
                        return new Node(false, start.Offset, start.Line, start.Column);
                    case 'n':
                        Literal("null");
                        return new Node(null, start.Offset, start.Line, start.Column);
                    default:
                        return new Node(ReadNumber(), start.Offset, start.Line, start.Column);
                }
            }

            private List<Node> ReadArray()
            {
                Enter();
                Advance(); // [
                var items = new List<Node>();
                SkipSpace();
                if (Peek() == ']')
                {
                    Advance();
                    depth--;
                    return items;
                }

                while (true)
                {
                    items.Add(ReadValue());
                    SkipSpace();
                    var c = Peek();
                    if (c == ',')
                    {
                        Advance();
                        continue;
                    }

                    if (c == ']')
                    {
                        Advance();
                        depth--;
                        return items;
                    }

                    throw Error("expected ',' or ']'");
                }
            }

            private Dictionary<string, Node> ReadObject()
            {
                Enter();
                Advance(); // {
                var members = new Dictionary<string, Node>(StringComparer.Ordinal);
                SkipSpace();
                if (Peek() == '}')
                {
                    Advance();
                    depth--;
                    return members;
                }

                while (true)
                {
                    SkipSpace();
                    if (Peek() != '"')
                    {
                        throw Error("expected a property name in double quotes");
                    }

                    var key = ReadString();
                    SkipSpace();
                    if (Peek() != ':')
                    {
                        throw Error("expected ':'");
                    }

                    Advance();
                    members[key] = ReadValue();
                    SkipSpace();
                    var c = Peek();
                    if (c == ',')
                    {
                        Advance();
                        continue;
                    }

                    if (c == '}')
                    {
                        Advance();
                        depth--;
                        return members;
                    }

                    throw Error("expected ',' or '}'");
                }
            }

            private string ReadString()
            {
                Advance(); // "
                var builder = new StringBuilder();
                while (true)
                {
                    if (AtEnd)
                    {
                        throw Error("unterminated string");
                    }

                    var c = text[at];
                    if (c == '"')
                    {
                        Advance();
                        return builder.ToString();
                    }

                    if (c < ' ')
                    {
                        throw Error("a control character in a string");
                    }

                    if (c != '\\')
                    {
                        builder.Append(c);
                        Advance();
                        continue;
                    }

                    Advance();
                    var escape = Peek();
                    switch (escape)
                    {
                        case '"': builder.Append('"'); break;
                        case '\\': builder.Append('\\'); break;
                        case '/': builder.Append('/'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'u':
                            if (at + 4 >= text.Length || !int.TryParse(text.Substring(at + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            {
                                throw Error("a \\u escape needs four hex digits");
                            }

                            builder.Append((char)code);
                            for (var i = 0; i < 4; i++)
                            {
                                Advance();
                            }

                            break;
                        default:
                            throw Error("an unknown escape in a string");
                    }

                    Advance();
                }
            }

            private string ReadNumber()
            {
                var start = at;
                while (at < text.Length && (char.IsDigit(text[at]) || text[at] == '-' || text[at] == '+' || text[at] == '.' || text[at] == 'e' || text[at] == 'E'))
                {
                    Advance();
                }

                if (at == start || !double.TryParse(text.Substring(start, at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    at = start;
                    throw Error("unexpected character '" + Printable(Peek()) + "'");
                }

                return text.Substring(start, at - start);
            }

            private void Literal(string word)
            {
                if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
                {
                    throw Error("unexpected character '" + Printable(Peek()) + "'");
                }

                for (var i = 0; i < word.Length; i++)
                {
                    Advance();
                }
            }

            private void Enter()
            {
                if (++depth > MaxDepth)
                {
                    throw Error("nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                }
            }

            private void Advance()
            {
                if (text[at] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                at++;
            }

            private static string Printable(char c) => c >= ' ' && c <= '~' ? c.ToString() : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }

        private sealed class Comparer : IComparer<EventInterface>
        {
            public static readonly Comparer Instance = new Comparer();

            public int Compare(EventInterface? x, EventInterface? y)
            {
                var order = string.CompareOrdinal(x!.Target, y!.Target);
                if (order == 0)
                {
                    order = string.CompareOrdinal(x.Type, y.Type);
                }

                return order == 0 ? string.CompareOrdinal(x.Interface, y.Interface) : order;
            }
        }
    }
}
