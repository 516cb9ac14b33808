using System;
using System.Text;

namespace WebIdl.Runtime;

/// <summary>
/// The Web IDL <c>DOMException</c> (<see href="https://webidl.spec.whatwg.org/#idl-DOMException"/>): an exception
/// identified by a <see cref="Name"/> from the <c>DOMException</c> names table, with the table's legacy numeric
/// <see cref="Code"/>.
/// </summary>
/// <remarks>
/// <para>Create one with the IDL constructor (<c>new DOMException("message", DOMExceptionNames.InvalidStateError)</c>)
/// or a factory named after the error (<see cref="InvalidState(string)"/>). The names live in
/// <see cref="DOMExceptionNames"/>.</para>
/// <para>Instances are immutable once thrown and so safe to read from any thread.</para>
/// </remarks>
public class DOMException : Exception
{
    /// <summary>Legacy code of <c>"IndexSizeError"</c>.</summary>
    public const ushort INDEX_SIZE_ERR = 1;

    /// <summary>Historical legacy code with no name in the table (a <see cref="DOMException"/> never reports it).</summary>
    public const ushort DOMSTRING_SIZE_ERR = 2;

    /// <summary>Legacy code of <c>"HierarchyRequestError"</c>.</summary>
    public const ushort HIERARCHY_REQUEST_ERR = 3;

    /// <summary>Legacy code of <c>"WrongDocumentError"</c>.</summary>
    public const ushort WRONG_DOCUMENT_ERR = 4;

    /// <summary>Legacy code of <c>"InvalidCharacterError"</c>.</summary>
    public const ushort INVALID_CHARACTER_ERR = 5;

    /// <summary>Historical legacy code with no name in the table (a <see cref="DOMException"/> never reports it).</summary>
    public const ushort NO_DATA_ALLOWED_ERR = 6;

    /// <summary>Legacy code of <c>"NoModificationAllowedError"</c>.</summary>
    public const ushort NO_MODIFICATION_ALLOWED_ERR = 7;

    /// <summary>Legacy code of <c>"NotFoundError"</c>.</summary>
    public const ushort NOT_FOUND_ERR = 8;

    /// <summary>Legacy code of <c>"NotSupportedError"</c>.</summary>
    public const ushort NOT_SUPPORTED_ERR = 9;

    /// <summary>Legacy code of <c>"InUseAttributeError"</c>.</summary>
    public const ushort INUSE_ATTRIBUTE_ERR = 10;

    /// <summary>Legacy code of <c>"InvalidStateError"</c>.</summary>
    public const ushort INVALID_STATE_ERR = 11;

    /// <summary>Legacy code of <c>"SyntaxError"</c>.</summary>
    public const ushort SYNTAX_ERR = 12;

    /// <summary>Legacy code of <c>"InvalidModificationError"</c>.</summary>
    public const ushort INVALID_MODIFICATION_ERR = 13;

    /// <summary>Legacy code of <c>"NamespaceError"</c>.</summary>
    public const ushort NAMESPACE_ERR = 14;

    /// <summary>Legacy code of <c>"InvalidAccessError"</c>.</summary>
    public const ushort INVALID_ACCESS_ERR = 15;

    /// <summary>Historical legacy code with no name in the table (a <see cref="DOMException"/> never reports it).</summary>
    public const ushort VALIDATION_ERR = 16;

    /// <summary>Legacy code of <c>"TypeMismatchError"</c>.</summary>
    public const ushort TYPE_MISMATCH_ERR = 17;

    /// <summary>Legacy code of <c>"SecurityError"</c>.</summary>
    public const ushort SECURITY_ERR = 18;

    /// <summary>Legacy code of <c>"NetworkError"</c>.</summary>
    public const ushort NETWORK_ERR = 19;

    /// <summary>Legacy code of <c>"AbortError"</c>.</summary>
    public const ushort ABORT_ERR = 20;

    /// <summary>Legacy code of <c>"URLMismatchError"</c>.</summary>
    public const ushort URL_MISMATCH_ERR = 21;

    /// <summary>Legacy code of <c>"QuotaExceededError"</c> (also reported by <see cref="QuotaExceededError"/>).</summary>
    public const ushort QUOTA_EXCEEDED_ERR = 22;

    /// <summary>Legacy code of <c>"TimeoutError"</c>.</summary>
    public const ushort TIMEOUT_ERR = 23;

    /// <summary>Legacy code of <c>"InvalidNodeTypeError"</c>.</summary>
    public const ushort INVALID_NODE_TYPE_ERR = 24;

    /// <summary>Legacy code of <c>"DataCloneError"</c>.</summary>
    public const ushort DATA_CLONE_ERR = 25;

    /// <summary>
    /// The IDL constructor <c>DOMException(optional DOMString message = "", optional DOMString name = "Error")</c>.
    /// </summary>
    /// <param name="message">The message; <see langword="null"/> is taken as the empty string.</param>
    /// <param name="name">The name, normally one of <see cref="DOMExceptionNames"/>. Any string is accepted, as in the
    /// standard; a name outside the table has <see cref="Code"/> 0.</param>
    public DOMException(string? message = "", string name = DOMExceptionNames.Error)
        : this(message, name, innerException: null)
    {
    }

    /// <summary>Creates a <see cref="DOMException"/> that wraps the exception that caused it.</summary>
    /// <param name="message">The message; <see langword="null"/> is taken as the empty string.</param>
    /// <param name="name">The name, normally one of <see cref="DOMExceptionNames"/>.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public DOMException(string? message, string name, Exception? innerException)
        : base(message ?? string.Empty, innerException)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The error name (IDL <c>name</c>), for example <c>"InvalidStateError"</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The legacy code (IDL <c>code</c>): the value the names table gives <see cref="Name"/>, or 0 when the name has
    /// none. New code should test <see cref="Name"/> instead.
    /// </summary>
    public ushort Code => GetLegacyCode(Name);

    /// <summary>
    /// The legacy code the <c>DOMException</c> names table gives <paramref name="name"/> (ordinal comparison), or 0
    /// when the name is not in the table or has no legacy code.
    /// </summary>
    /// <param name="name">An error name.</param>
    /// <returns>The legacy code, 1 to 25, or 0.</returns>
    public static ushort GetLegacyCode(string? name) => name switch
    {
        DOMExceptionNames.IndexSizeError => INDEX_SIZE_ERR,
        DOMExceptionNames.HierarchyRequestError => HIERARCHY_REQUEST_ERR,
        DOMExceptionNames.WrongDocumentError => WRONG_DOCUMENT_ERR,
        DOMExceptionNames.InvalidCharacterError => INVALID_CHARACTER_ERR,
        DOMExceptionNames.NoModificationAllowedError => NO_MODIFICATION_ALLOWED_ERR,
        DOMExceptionNames.NotFoundError => NOT_FOUND_ERR,
        DOMExceptionNames.NotSupportedError => NOT_SUPPORTED_ERR,
        DOMExceptionNames.InUseAttributeError => INUSE_ATTRIBUTE_ERR,
        DOMExceptionNames.InvalidStateError => INVALID_STATE_ERR,
        DOMExceptionNames.SyntaxError => SYNTAX_ERR,
        DOMExceptionNames.InvalidModificationError => INVALID_MODIFICATION_ERR,
        DOMExceptionNames.NamespaceError => NAMESPACE_ERR,
        DOMExceptionNames.InvalidAccessError => INVALID_ACCESS_ERR,
        DOMExceptionNames.TypeMismatchError => TYPE_MISMATCH_ERR,
        DOMExceptionNames.SecurityError => SECURITY_ERR,
        DOMExceptionNames.NetworkError => NETWORK_ERR,
        DOMExceptionNames.AbortError => ABORT_ERR,
        DOMExceptionNames.UrlMismatchError => URL_MISMATCH_ERR,
        DOMExceptionNames.QuotaExceededError => QUOTA_EXCEEDED_ERR,
        DOMExceptionNames.TimeoutError => TIMEOUT_ERR,
        DOMExceptionNames.InvalidNodeTypeError => INVALID_NODE_TYPE_ERR,
        DOMExceptionNames.DataCloneError => DATA_CLONE_ERR,
        _ => 0,
    };

    /// <summary>Returns <c>Name: Message</c> (just <c>Name</c> when the message is empty), then the inner exception and the stack trace.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Name);
        if (Message.Length > 0)
            text.Append(": ").Append(Message);
        if (InnerException is not null)
        {
            text.Append(" ---> ").Append(InnerException.ToString())
                .AppendLine().Append("   --- End of inner exception stack trace ---");
        }

        string? stackTrace = StackTrace;
        if (stackTrace is not null)
            text.AppendLine().Append(stackTrace);
        return text.ToString();
    }

    /// <summary>Creates an <c>"IndexSizeError"</c> <see cref="DOMException"/> (deprecated name).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException IndexSize(string message = "") => new(message, DOMExceptionNames.IndexSizeError);

    /// <summary>Creates a <c>"HierarchyRequestError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException HierarchyRequest(string message = "") => new(message, DOMExceptionNames.HierarchyRequestError);

    /// <summary>Creates a <c>"WrongDocumentError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException WrongDocument(string message = "") => new(message, DOMExceptionNames.WrongDocumentError);

    /// <summary>Creates an <c>"InvalidCharacterError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException InvalidCharacter(string message = "") => new(message, DOMExceptionNames.InvalidCharacterError);

    /// <summary>Creates a <c>"NoModificationAllowedError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException NoModificationAllowed(string message = "") => new(message, DOMExceptionNames.NoModificationAllowedError);

    /// <summary>Creates a <c>"NotFoundError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException NotFound(string message = "") => new(message, DOMExceptionNames.NotFoundError);

    /// <summary>Creates a <c>"NotSupportedError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException NotSupported(string message = "") => new(message, DOMExceptionNames.NotSupportedError);

    /// <summary>Creates an <c>"InUseAttributeError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException InUseAttribute(string message = "") => new(message, DOMExceptionNames.InUseAttributeError);

    /// <summary>Creates an <c>"InvalidStateError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException InvalidState(string message = "") => new(message, DOMExceptionNames.InvalidStateError);

    /// <summary>Creates a <c>"SyntaxError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Syntax(string message = "") => new(message, DOMExceptionNames.SyntaxError);

    /// <summary>Creates an <c>"InvalidModificationError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException InvalidModification(string message = "") => new(message, DOMExceptionNames.InvalidModificationError);

    /// <summary>Creates a <c>"NamespaceError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Namespace(string message = "") => new(message, DOMExceptionNames.NamespaceError);

    /// <summary>Creates an <c>"InvalidAccessError"</c> <see cref="DOMException"/> (deprecated name).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException InvalidAccess(string message = "") => new(message, DOMExceptionNames.InvalidAccessError);

    /// <summary>Creates a <c>"TypeMismatchError"</c> <see cref="DOMException"/> (deprecated name).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException TypeMismatch(string message = "") => new(message, DOMExceptionNames.TypeMismatchError);

    /// <summary>Creates a <c>"SecurityError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Security(string message = "") => new(message, DOMExceptionNames.SecurityError);

    /// <summary>Creates a <c>"NetworkError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Network(string message = "") => new(message, DOMExceptionNames.NetworkError);

    /// <summary>Creates an <c>"AbortError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Abort(string message = "") => new(message, DOMExceptionNames.AbortError);

    /// <summary>Creates a <c>"URLMismatchError"</c> <see cref="DOMException"/> (deprecated name).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException UrlMismatch(string message = "") => new(message, DOMExceptionNames.UrlMismatchError);

    /// <summary>
    /// Creates a <see cref="QuotaExceededError"/>, the derived interface that replaces the base
    /// <c>"QuotaExceededError"</c> name; its <see cref="Code"/> is still 22.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static QuotaExceededError QuotaExceeded(string message = "") => new(message);

    /// <summary>Creates a <c>"TimeoutError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Timeout(string message = "") => new(message, DOMExceptionNames.TimeoutError);

    /// <summary>Creates an <c>"InvalidNodeTypeError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException InvalidNodeType(string message = "") => new(message, DOMExceptionNames.InvalidNodeTypeError);

    /// <summary>Creates a <c>"DataCloneError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException DataClone(string message = "") => new(message, DOMExceptionNames.DataCloneError);

    /// <summary>Creates an <c>"EncodingError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Encoding(string message = "") => new(message, DOMExceptionNames.EncodingError);

    /// <summary>Creates a <c>"NotReadableError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException NotReadable(string message = "") => new(message, DOMExceptionNames.NotReadableError);

    /// <summary>Creates an <c>"UnknownError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Unknown(string message = "") => new(message, DOMExceptionNames.UnknownError);

    /// <summary>Creates a <c>"ConstraintError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Constraint(string message = "") => new(message, DOMExceptionNames.ConstraintError);

    /// <summary>Creates a <c>"DataError"</c> <see cref="DOMException"/>. (Named with its <c>Error</c> suffix, unlike
    /// the other factories, because <see cref="Exception.Data"/> takes the short name.)</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException DataError(string message = "") => new(message, DOMExceptionNames.DataError);

    /// <summary>Creates a <c>"TransactionInactiveError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException TransactionInactive(string message = "") => new(message, DOMExceptionNames.TransactionInactiveError);

    /// <summary>Creates a <c>"ReadOnlyError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException ReadOnly(string message = "") => new(message, DOMExceptionNames.ReadOnlyError);

    /// <summary>Creates a <c>"VersionError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Version(string message = "") => new(message, DOMExceptionNames.VersionError);

    /// <summary>Creates an <c>"OperationError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException Operation(string message = "") => new(message, DOMExceptionNames.OperationError);

    /// <summary>Creates a <c>"NotAllowedError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException NotAllowed(string message = "") => new(message, DOMExceptionNames.NotAllowedError);

    /// <summary>Creates an <c>"OptOutError"</c> <see cref="DOMException"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception, to throw.</returns>
    public static DOMException OptOut(string message = "") => new(message, DOMExceptionNames.OptOutError);
}
