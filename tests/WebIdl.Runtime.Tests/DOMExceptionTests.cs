using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace WebIdl.Runtime.Tests;

public class DOMExceptionTests
{
    // The Web IDL standard's DOMException names table (https://webidl.spec.whatwg.org/#idl-DOMException-error-names),
    // row by row: name, legacy code (0 for "—").
    public static TheoryData<string, int> NamesTable => new()
    {
        { "IndexSizeError", 1 },
        { "HierarchyRequestError", 3 },
        { "WrongDocumentError", 4 },
        { "InvalidCharacterError", 5 },
        { "NoModificationAllowedError", 7 },
        { "NotFoundError", 8 },
        { "NotSupportedError", 9 },
        { "InUseAttributeError", 10 },
        { "InvalidStateError", 11 },
        { "SyntaxError", 12 },
        { "InvalidModificationError", 13 },
        { "NamespaceError", 14 },
        { "InvalidAccessError", 15 },
        { "TypeMismatchError", 17 },
        { "SecurityError", 18 },
        { "NetworkError", 19 },
        { "AbortError", 20 },
        { "URLMismatchError", 21 },
        { "QuotaExceededError", 22 },
        { "TimeoutError", 23 },
        { "InvalidNodeTypeError", 24 },
        { "DataCloneError", 25 },
        { "EncodingError", 0 },
        { "NotReadableError", 0 },
        { "UnknownError", 0 },
        { "ConstraintError", 0 },
        { "DataError", 0 },
        { "TransactionInactiveError", 0 },
        { "ReadOnlyError", 0 },
        { "VersionError", 0 },
        { "OperationError", 0 },
        { "NotAllowedError", 0 },
        { "OptOutError", 0 },
    };

    [Theory]
    [MemberData(nameof(NamesTable))]
    public void Every_name_of_the_table_has_its_legacy_code(string name, int code)
    {
        var exception = new DOMException("boom", name);

        Assert.Equal(name, exception.Name);
        Assert.Equal(code, exception.Code);
        Assert.Equal(code, DOMException.GetLegacyCode(name));
        Assert.Equal("boom", exception.Message);
    }

    [Fact]
    public void DOMExceptionNames_lists_exactly_the_table()
    {
        var constants = typeof(DOMExceptionNames).GetFields()
            .Where(f => f.IsLiteral && f.Name != nameof(DOMExceptionNames.Error))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(n => n, StringComparer.Ordinal);
        var table = NamesTable.Select(row => (string)row[0]).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(table, constants);
    }

    [Fact]
    public void The_legacy_code_constants_have_the_standard_values()
    {
        var expected = new Dictionary<string, int>
        {
            ["INDEX_SIZE_ERR"] = 1, ["DOMSTRING_SIZE_ERR"] = 2, ["HIERARCHY_REQUEST_ERR"] = 3,
            ["WRONG_DOCUMENT_ERR"] = 4, ["INVALID_CHARACTER_ERR"] = 5, ["NO_DATA_ALLOWED_ERR"] = 6,
            ["NO_MODIFICATION_ALLOWED_ERR"] = 7, ["NOT_FOUND_ERR"] = 8, ["NOT_SUPPORTED_ERR"] = 9,
            ["INUSE_ATTRIBUTE_ERR"] = 10, ["INVALID_STATE_ERR"] = 11, ["SYNTAX_ERR"] = 12,
            ["INVALID_MODIFICATION_ERR"] = 13, ["NAMESPACE_ERR"] = 14, ["INVALID_ACCESS_ERR"] = 15,
            ["VALIDATION_ERR"] = 16, ["TYPE_MISMATCH_ERR"] = 17, ["SECURITY_ERR"] = 18, ["NETWORK_ERR"] = 19,
            ["ABORT_ERR"] = 20, ["URL_MISMATCH_ERR"] = 21, ["QUOTA_EXCEEDED_ERR"] = 22, ["TIMEOUT_ERR"] = 23,
            ["INVALID_NODE_TYPE_ERR"] = 24, ["DATA_CLONE_ERR"] = 25,
        };

        var actual = typeof(DOMException).GetFields()
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (int)(ushort)f.GetRawConstantValue()!);

        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.All(typeof(DOMException).GetFields().Where(f => f.IsLiteral), f => Assert.Equal(typeof(ushort), f.FieldType));
    }

    [Theory]
    [InlineData("Error")]
    [InlineData("DOMStringSizeError")] // historical codes 2, 6 and 16 have no name in the table
    [InlineData("NoDataAllowedError")]
    [InlineData("ValidationError")]
    [InlineData("indexsizeerror")] // names are compared exactly
    [InlineData("")]
    [InlineData("MyCustomError")]
    public void A_name_outside_the_table_has_code_zero(string name)
    {
        Assert.Equal(0, new DOMException("", name).Code);
    }

    [Fact]
    public void The_IDL_constructor_defaults_to_an_empty_message_and_the_name_Error()
    {
        var exception = new DOMException();

        Assert.Equal("Error", exception.Name);
        Assert.Equal("", exception.Message);
        Assert.Equal(0, exception.Code);
        Assert.Equal("", new DOMException(null).Message);
        Assert.Equal("Error", new DOMException("only a message").Name);
    }

    [Fact]
    public void The_constructor_rejects_a_null_name()
    {
        Assert.Throws<ArgumentNullException>(() => new DOMException("m", null!));
    }

    [Fact]
    public void The_inner_exception_is_kept()
    {
        var inner = new InvalidOperationException("cause");
        var exception = new DOMException("wrapped", DOMExceptionNames.NetworkError, inner);

        Assert.Same(inner, exception.InnerException);
        Assert.Equal(DOMException.NETWORK_ERR, exception.Code);
        Assert.Contains("NetworkError: wrapped ---> System.InvalidOperationException: cause", exception.ToString());
    }

    [Fact]
    public void ToString_shows_the_name_and_the_message()
    {
        Assert.Equal("InvalidStateError: not open", new DOMException("not open", "InvalidStateError").ToString());
        Assert.Equal("AbortError", new DOMException("", "AbortError").ToString());
    }

    [Fact]
    public void ToString_of_a_thrown_exception_ends_with_the_stack_trace()
    {
        Action act = () => throw DOMException.Syntax("bad");
        DOMException caught = Assert.Throws<DOMException>(act);

        string text = caught.ToString();
        Assert.StartsWith("SyntaxError: bad" + Environment.NewLine, text);
        Assert.Contains(nameof(ToString_of_a_thrown_exception_ends_with_the_stack_trace), text);
    }

    [Fact]
    public void Each_factory_makes_its_name()
    {
        var factories = new (Func<string, DOMException> Create, string Name)[]
        {
            (DOMException.IndexSize, "IndexSizeError"),
            (DOMException.HierarchyRequest, "HierarchyRequestError"),
            (DOMException.WrongDocument, "WrongDocumentError"),
            (DOMException.InvalidCharacter, "InvalidCharacterError"),
            (DOMException.NoModificationAllowed, "NoModificationAllowedError"),
            (DOMException.NotFound, "NotFoundError"),
            (DOMException.NotSupported, "NotSupportedError"),
            (DOMException.InUseAttribute, "InUseAttributeError"),
            (DOMException.InvalidState, "InvalidStateError"),
            (DOMException.Syntax, "SyntaxError"),
            (DOMException.InvalidModification, "InvalidModificationError"),
            (DOMException.Namespace, "NamespaceError"),
            (DOMException.InvalidAccess, "InvalidAccessError"),
            (DOMException.TypeMismatch, "TypeMismatchError"),
            (DOMException.Security, "SecurityError"),
            (DOMException.Network, "NetworkError"),
            (DOMException.Abort, "AbortError"),
            (DOMException.UrlMismatch, "URLMismatchError"),
            (DOMException.QuotaExceeded, "QuotaExceededError"),
            (DOMException.Timeout, "TimeoutError"),
            (DOMException.InvalidNodeType, "InvalidNodeTypeError"),
            (DOMException.DataClone, "DataCloneError"),
            (DOMException.Encoding, "EncodingError"),
            (DOMException.NotReadable, "NotReadableError"),
            (DOMException.Unknown, "UnknownError"),
            (DOMException.Constraint, "ConstraintError"),
            (DOMException.DataError, "DataError"),
            (DOMException.TransactionInactive, "TransactionInactiveError"),
            (DOMException.ReadOnly, "ReadOnlyError"),
            (DOMException.Version, "VersionError"),
            (DOMException.Operation, "OperationError"),
            (DOMException.NotAllowed, "NotAllowedError"),
            (DOMException.OptOut, "OptOutError"),
        };

        Assert.Equal(NamesTable.Count(), factories.Length);
        Assert.All(factories, f =>
        {
            DOMException exception = f.Create("message of " + f.Name);
            Assert.Equal(f.Name, exception.Name);
            Assert.Equal("message of " + f.Name, exception.Message);
            Assert.Equal(DOMException.GetLegacyCode(f.Name), exception.Code);
        });
    }

    [Fact]
    public void QuotaExceededError_is_a_DOMException_with_code_22()
    {
        QuotaExceededError error = new("full", new QuotaExceededErrorOptions { Quota = 10, Requested = 12 });

        Assert.IsAssignableFrom<DOMException>(error);
        Assert.Equal("QuotaExceededError", error.Name);
        Assert.Equal(22, error.Code);
        Assert.Equal(10, error.Quota);
        Assert.Equal(12, error.Requested);
        Assert.Null(new QuotaExceededError().Quota);
        Assert.Null(new QuotaExceededError().Requested);
    }

    [Theory]
    [InlineData(-1.0, null)]
    [InlineData(null, -0.5)]
    [InlineData(10.0, 9.0)]
    public void QuotaExceededError_rejects_what_the_standard_calls_a_RangeError(double? quota, double? requested)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new QuotaExceededError("", new QuotaExceededErrorOptions { Quota = quota, Requested = requested }));
    }
}
