using System.Collections.Generic;
using System.Text;

namespace WebIdl.Language.Parsing
{
    /// <summary>Finds comments inside a stretch of trivia and extracts their text.</summary>
    internal static class CommentScanner
    {
        public readonly struct Comment
        {
            public Comment(int start, int end, bool block)
            {
                Start = start;
                End = end;
                Block = block;
            }

            public int Start { get; }

            public int End { get; }

            public bool Block { get; }
        }

        public static List<Comment> Scan(string text, int start, int end)
        {
            var result = new List<Comment>();
            var i = start;
            while (i < end - 1)
            {
                if (text[i] == '/' && text[i + 1] == '/')
                {
                    var j = i + 2;
                    while (j < end && text[j] != '\n' && text[j] != '\r')
                    {
                        j++;
                    }

                    result.Add(new Comment(i, j, block: false));
                    i = j;
                }
                else if (text[i] == '/' && text[i + 1] == '*')
                {
                    var close = text.IndexOf("*/", i + 2, end - i - 2, System.StringComparison.Ordinal);
                    var j = close < 0 ? end : close + 2;
                    result.Add(new Comment(i, j, block: true));
                    i = j;
                }
                else
                {
                    i++;
                }
            }

            return result;
        }

        /// <summary>Appends the comment's text without its markers, one line per source line.</summary>
        public static void AppendContent(string text, Comment comment, StringBuilder builder)
        {
            if (!comment.Block)
            {
                var body = text.Substring(comment.Start + 2, comment.End - comment.Start - 2);
                body = body.TrimStart('/');
                if (body.StartsWith(" ", System.StringComparison.Ordinal))
                {
                    body = body.Substring(1);
                }

                builder.Append(body.TrimEnd()).Append('\n');
                return;
            }

            var inner = text.Substring(comment.Start + 2, comment.End - comment.Start - 2);
            if (inner.EndsWith("*/", System.StringComparison.Ordinal))
            {
                inner = inner.Substring(0, inner.Length - 2);
            }

            inner = inner.TrimStart('*');
            foreach (var rawLine in inner.Replace("\r\n", "\n").Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.StartsWith("*", System.StringComparison.Ordinal))
                {
                    line = line.Substring(1);
                    if (line.StartsWith(" ", System.StringComparison.Ordinal))
                    {
                        line = line.Substring(1);
                    }
                }

                builder.Append(line.TrimEnd()).Append('\n');
            }
        }
    }
}
