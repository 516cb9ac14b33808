namespace WebIdl.Runtime;

/// <summary>
/// The names of the Web IDL <c>DOMException</c> names table
/// (<see href="https://webidl.spec.whatwg.org/#idl-DOMException-error-names"/>), in the table's order.
/// </summary>
/// <remarks>
/// Names marked deprecated in the standard (<see cref="IndexSizeError"/>, <see cref="InvalidAccessError"/>,
/// <see cref="TypeMismatchError"/>, <see cref="UrlMismatchError"/> and the base <see cref="QuotaExceededError"/>)
/// are kept because existing specifications still throw them.
/// </remarks>
public static class DOMExceptionNames
{
    /// <summary>The name a <see cref="DOMException"/> gets when none is given: <c>"Error"</c> (not in the table; legacy code 0).</summary>
    public const string Error = "Error";

    /// <summary>Deprecated (use a range error instead). Legacy code <see cref="DOMException.INDEX_SIZE_ERR"/> (1).</summary>
    public const string IndexSizeError = "IndexSizeError";

    /// <summary>The operation would yield an incorrect node tree. Legacy code <see cref="DOMException.HIERARCHY_REQUEST_ERR"/> (3).</summary>
    public const string HierarchyRequestError = "HierarchyRequestError";

    /// <summary>The object is in the wrong document. Legacy code <see cref="DOMException.WRONG_DOCUMENT_ERR"/> (4).</summary>
    public const string WrongDocumentError = "WrongDocumentError";

    /// <summary>The string contains invalid characters. Legacy code <see cref="DOMException.INVALID_CHARACTER_ERR"/> (5).</summary>
    public const string InvalidCharacterError = "InvalidCharacterError";

    /// <summary>The object can not be modified. Legacy code <see cref="DOMException.NO_MODIFICATION_ALLOWED_ERR"/> (7).</summary>
    public const string NoModificationAllowedError = "NoModificationAllowedError";

    /// <summary>The object can not be found here. Legacy code <see cref="DOMException.NOT_FOUND_ERR"/> (8).</summary>
    public const string NotFoundError = "NotFoundError";

    /// <summary>The operation is not supported. Legacy code <see cref="DOMException.NOT_SUPPORTED_ERR"/> (9).</summary>
    public const string NotSupportedError = "NotSupportedError";

    /// <summary>The attribute is in use by another element. Legacy code <see cref="DOMException.INUSE_ATTRIBUTE_ERR"/> (10).</summary>
    public const string InUseAttributeError = "InUseAttributeError";

    /// <summary>The object is in an invalid state. Legacy code <see cref="DOMException.INVALID_STATE_ERR"/> (11).</summary>
    public const string InvalidStateError = "InvalidStateError";

    /// <summary>The string did not match the expected pattern. Legacy code <see cref="DOMException.SYNTAX_ERR"/> (12).</summary>
    public const string SyntaxError = "SyntaxError";

    /// <summary>The object can not be modified in this way. Legacy code <see cref="DOMException.INVALID_MODIFICATION_ERR"/> (13).</summary>
    public const string InvalidModificationError = "InvalidModificationError";

    /// <summary>The operation is not allowed by Namespaces in XML. Legacy code <see cref="DOMException.NAMESPACE_ERR"/> (14).</summary>
    public const string NamespaceError = "NamespaceError";

    /// <summary>Deprecated (use an argument error, NotSupportedError or NotAllowedError). Legacy code <see cref="DOMException.INVALID_ACCESS_ERR"/> (15).</summary>
    public const string InvalidAccessError = "InvalidAccessError";

    /// <summary>Deprecated (use an argument or type error). Legacy code <see cref="DOMException.TYPE_MISMATCH_ERR"/> (17).</summary>
    public const string TypeMismatchError = "TypeMismatchError";

    /// <summary>The operation is insecure. Legacy code <see cref="DOMException.SECURITY_ERR"/> (18).</summary>
    public const string SecurityError = "SecurityError";

    /// <summary>A network error occurred. Legacy code <see cref="DOMException.NETWORK_ERR"/> (19).</summary>
    public const string NetworkError = "NetworkError";

    /// <summary>The operation was aborted. Legacy code <see cref="DOMException.ABORT_ERR"/> (20).</summary>
    public const string AbortError = "AbortError";

    /// <summary>Deprecated. The name is <c>"URLMismatchError"</c>. Legacy code <see cref="DOMException.URL_MISMATCH_ERR"/> (21).</summary>
    public const string UrlMismatchError = "URLMismatchError";

    /// <summary>
    /// Deprecated as a base <see cref="DOMException"/> name: the standard now has the derived interface
    /// <see cref="Runtime.QuotaExceededError"/>, whose name this is. Legacy code <see cref="DOMException.QUOTA_EXCEEDED_ERR"/> (22).
    /// </summary>
    public const string QuotaExceededError = "QuotaExceededError";

    /// <summary>The operation timed out. Legacy code <see cref="DOMException.TIMEOUT_ERR"/> (23).</summary>
    public const string TimeoutError = "TimeoutError";

    /// <summary>The supplied node is incorrect or has an incorrect ancestor for this operation. Legacy code <see cref="DOMException.INVALID_NODE_TYPE_ERR"/> (24).</summary>
    public const string InvalidNodeTypeError = "InvalidNodeTypeError";

    /// <summary>The object can not be cloned. Legacy code <see cref="DOMException.DATA_CLONE_ERR"/> (25).</summary>
    public const string DataCloneError = "DataCloneError";

    /// <summary>The encoding operation (either encoding or decoding) failed. No legacy code.</summary>
    public const string EncodingError = "EncodingError";

    /// <summary>The I/O read operation failed. No legacy code.</summary>
    public const string NotReadableError = "NotReadableError";

    /// <summary>The operation failed for an unknown transient reason (e.g. out of memory). No legacy code.</summary>
    public const string UnknownError = "UnknownError";

    /// <summary>A mutation operation in a transaction failed because a constraint was not satisfied. No legacy code.</summary>
    public const string ConstraintError = "ConstraintError";

    /// <summary>Provided data is inadequate. No legacy code.</summary>
    public const string DataError = "DataError";

    /// <summary>A request was placed against a transaction which is not active, or which is finished. No legacy code.</summary>
    public const string TransactionInactiveError = "TransactionInactiveError";

    /// <summary>The mutating operation was attempted in a "readonly" transaction. No legacy code.</summary>
    public const string ReadOnlyError = "ReadOnlyError";

    /// <summary>An attempt was made to open a database using a lower version than the existing version. No legacy code.</summary>
    public const string VersionError = "VersionError";

    /// <summary>The operation failed for an operation-specific reason. No legacy code.</summary>
    public const string OperationError = "OperationError";

    /// <summary>The request is not allowed by the user agent or the platform in the current context. No legacy code.</summary>
    public const string NotAllowedError = "NotAllowedError";

    /// <summary>The user opted out of the process. No legacy code.</summary>
    public const string OptOutError = "OptOutError";
}
