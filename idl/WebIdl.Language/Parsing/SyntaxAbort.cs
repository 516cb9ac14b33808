using System;
using WebIdl.Language.Diagnostics;

namespace WebIdl.Language.Parsing
{
    /// <summary>
    /// Raised inside the grammar when a production has committed and cannot continue, like webidl2.js's
    /// <c>tokeniser.error</c>. It never leaves the parser: <see cref="IdlParser"/> catches it at the definition
    /// boundary, records the diagnostic and resumes at the next definition.
    /// </summary>
    internal sealed class SyntaxAbort : Exception
    {
        public SyntaxAbort(DiagnosticDescriptor descriptor, TokenInput at, object?[] args)
            : base(descriptor.Format(args))
        {
            Descriptor = descriptor;
            At = at;
            Args = args;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public TokenInput At { get; }

        public object?[] Args { get; }
    }
}
