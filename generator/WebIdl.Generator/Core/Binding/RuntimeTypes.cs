using System;
using System.Collections.Generic;

namespace WebIdl.Generator.Binding
{
    /// <summary>How a name the runtime package provides is used from generated code.</summary>
    internal enum RuntimeTypeKind
    {
        /// <summary>A class; interfaces of the set may inherit from it when <see cref="RuntimeType.CanBeStubBase"/>.</summary>
        Class,

        /// <summary>A record standing for an IDL dictionary; generated dictionaries may inherit from it.</summary>
        Dictionary,

        /// <summary>A delegate standing for an IDL callback.</summary>
        Delegate,

        /// <summary>A struct.</summary>
        Struct,

        /// <summary>A name that is another type (<c>DOMHighResTimeStamp</c> is <c>double</c>).</summary>
        Alias,
    }

    /// <summary>A type that generated code takes from the runtime package <c>WebIdl.Runtime</c> (or the BCL).</summary>
    /// <param name="IdlName">The IDL name.</param>
    /// <param name="CSharp">The fully qualified C# type (non-nullable).</param>
    /// <param name="Kind">What it is.</param>
    /// <param name="Owned">
    /// True when the runtime always wins, even over a definition of the same name in the IDL set: generated code
    /// depends on the runtime's own machinery for these (event dispatch, event handlers, DOMException). Other runtime
    /// types are used only when the set does not define the name.
    /// </param>
    /// <param name="Nullable">True when the name stands for a nullable type (<c>EventHandler</c> is <c>EventHandlerNonNull?</c>).</param>
    /// <param name="IsValueType">True for structs and value-type aliases.</param>
    internal sealed record RuntimeType(string IdlName, string CSharp, RuntimeTypeKind Kind, bool Owned, bool Nullable = false, bool IsValueType = false)
    {
        /// <summary>For classes a stub may derive from: the parameters of the protected constructor every stub in the chain passes on (empty for a parameterless base).</summary>
        public string? BaseConstructorParameters { get; init; }

        /// <summary>The arguments the stub's constructor passes to <c>base(…)</c>.</summary>
        public string BaseConstructorArguments { get; init; } = "";

        /// <summary>True when an interface of the set may inherit from this class (its stub then derives from it).</summary>
        public bool CanBeStubBase => BaseConstructorParameters is not null;

        /// <summary>The public and protected member names of the class (and its bases), which generated stubs must not redeclare.</summary>
        public string[] MemberNames { get; init; } = Array.Empty<string>();
    }

    /// <summary>The names the runtime provides, and what they map to.</summary>
    internal static class RuntimeTypes
    {
        private const string Runtime = "global::WebIdl.Runtime.";

        private static readonly string[] EventTargetMembers =
        {
            "AddEventListener", "RemoveEventListener", "DispatchEvent", "FireEvent", "ReportException", "GetEventHandler",
            "SetEventHandler", "UnhandledListenerException",
        };

        private static readonly string[] EventMembers =
        {
            "Type", "Target", "CurrentTarget", "SrcElement", "EventPhase", "Bubbles", "Cancelable", "Composed",
            "DefaultPrevented", "IsTrusted", "TimeStamp", "CancelBubble", "ReturnValue", "ComposedPath",
            "StopPropagation", "StopImmediatePropagation", "PreventDefault", "InitEvent", "NONE", "CAPTURING_PHASE",
            "AT_TARGET", "BUBBLING_PHASE",
        };

        private static readonly string[] BlobMembers =
        {
            "Size", "Type", "Slice", "Stream", "Text", "TextAsync", "ArrayBuffer", "ArrayBufferAsync", "Bytes",
            "BytesAsync", "AsMemory", "AsSpan", "OpenReadStream", "FromBytes",
        };

        private static readonly string[] DOMExceptionMembers =
        {
            "Name", "Code", "GetLegacyCode", "Message", "Data", "HelpLink", "HResult", "InnerException", "Source", "StackTrace",
            "TargetSite", "GetBaseException", "GetObjectData", "SerializeObjectState", "Abort", "Constraint", "DataClone",
            "DataError", "Encoding", "HierarchyRequest", "InUseAttribute", "IndexSize", "InvalidAccess", "InvalidCharacter",
            "InvalidModification", "InvalidNodeType", "InvalidState", "Namespace", "Network", "NoModificationAllowed",
            "NotAllowed", "NotFound", "NotReadable", "NotSupported", "Operation", "OptOut", "QuotaExceeded", "ReadOnly",
            "Security", "Syntax", "Timeout", "TransactionInactive", "TypeMismatch", "Unknown", "UrlMismatch", "Version",
            "WrongDocument", "ABORT_ERR", "DATA_CLONE_ERR", "DOMSTRING_SIZE_ERR", "HIERARCHY_REQUEST_ERR", "INDEX_SIZE_ERR",
            "INUSE_ATTRIBUTE_ERR", "INVALID_ACCESS_ERR", "INVALID_CHARACTER_ERR", "INVALID_MODIFICATION_ERR",
            "INVALID_NODE_TYPE_ERR", "INVALID_STATE_ERR", "NAMESPACE_ERR", "NETWORK_ERR", "NOT_FOUND_ERR", "NOT_SUPPORTED_ERR",
            "NO_DATA_ALLOWED_ERR", "NO_MODIFICATION_ALLOWED_ERR", "QUOTA_EXCEEDED_ERR", "SECURITY_ERR", "SYNTAX_ERR",
            "TIMEOUT_ERR", "TYPE_MISMATCH_ERR", "URL_MISMATCH_ERR", "VALIDATION_ERR", "WRONG_DOCUMENT_ERR",
        };

        private static readonly Dictionary<string, RuntimeType> Types = Build();

        /// <summary>The runtime type for <paramref name="idlName"/>, or null.</summary>
        public static RuntimeType? Find(string idlName) => Types.TryGetValue(idlName, out var type) ? type : null;

        /// <summary>Every name the generator knows without a definition in the set (passed to the semantic model as external types).</summary>
        public static IEnumerable<string> Names => Types.Keys;

        private static Dictionary<string, RuntimeType> Build()
        {
            var eventMembers = Concat(EventMembers, Array.Empty<string>());
            var list = new[]
            {
                // Owned: generated code relies on the runtime's machinery for these.
                new RuntimeType("EventTarget", Runtime + "EventTarget", RuntimeTypeKind.Class, Owned: true)
                {
                    BaseConstructorParameters = "", MemberNames = EventTargetMembers,
                },
                new RuntimeType("Event", Runtime + "Event", RuntimeTypeKind.Class, Owned: true)
                {
                    BaseConstructorParameters = "string type, " + Runtime + "EventInit? eventInitDict",
                    BaseConstructorArguments = "type, eventInitDict",
                    MemberNames = eventMembers,
                },
                new RuntimeType("EventInit", Runtime + "EventInit", RuntimeTypeKind.Dictionary, Owned: true),
                new RuntimeType("EventListener", Runtime + "EventListener", RuntimeTypeKind.Delegate, Owned: true),
                new RuntimeType("EventHandlerNonNull", Runtime + "EventHandlerNonNull", RuntimeTypeKind.Delegate, Owned: true),
                new RuntimeType("EventHandler", Runtime + "EventHandlerNonNull", RuntimeTypeKind.Delegate, Owned: true, Nullable: true),
                new RuntimeType("DOMException", Runtime + "DOMException", RuntimeTypeKind.Class, Owned: true)
                {
                    BaseConstructorParameters = "string? message, string name",
                    BaseConstructorArguments = "message, name",
                    MemberNames = DOMExceptionMembers,
                },

                // Used when the set does not define the name.
                new RuntimeType("Blob", Runtime + "Blob", RuntimeTypeKind.Class, Owned: false)
                {
                    BaseConstructorParameters = "", MemberNames = BlobMembers,
                },
                new RuntimeType("BlobPart", Runtime + "BlobPart", RuntimeTypeKind.Struct, Owned: false, IsValueType: true),
                new RuntimeType("BlobPropertyBag", Runtime + "BlobPropertyBag", RuntimeTypeKind.Dictionary, Owned: false),
                RuntimeEvent("CloseEvent", eventMembers, "WasClean", "Code", "Reason"),
                RuntimeEvent("MessageEvent", eventMembers, "Data", "Origin", "LastEventId", "Source", "Ports"),
                RuntimeEvent("ErrorEvent", eventMembers, "Message", "Filename", "Lineno", "Colno", "Error"),
                new RuntimeType("CloseEventInit", Runtime + "CloseEventInit", RuntimeTypeKind.Dictionary, Owned: false),
                new RuntimeType("MessageEventInit", Runtime + "MessageEventInit", RuntimeTypeKind.Dictionary, Owned: false),
                new RuntimeType("ErrorEventInit", Runtime + "ErrorEventInit", RuntimeTypeKind.Dictionary, Owned: false),
                new RuntimeType("EventListenerOptions", Runtime + "EventListenerOptions", RuntimeTypeKind.Dictionary, Owned: false),
                new RuntimeType("AddEventListenerOptions", Runtime + "AddEventListenerOptions", RuntimeTypeKind.Dictionary, Owned: false),
                new RuntimeType("QuotaExceededError", Runtime + "QuotaExceededError", RuntimeTypeKind.Class, Owned: false),
                new RuntimeType("QuotaExceededErrorOptions", Runtime + "QuotaExceededErrorOptions", RuntimeTypeKind.Dictionary, Owned: false),

                // Names the web platform uses without (or before) defining them in IDL.
                new RuntimeType("DOMHighResTimeStamp", "double", RuntimeTypeKind.Alias, Owned: false, IsValueType: true),
                new RuntimeType("EpochTimeStamp", "ulong", RuntimeTypeKind.Alias, Owned: false, IsValueType: true),
                new RuntimeType("CSSOMString", "string", RuntimeTypeKind.Alias, Owned: false),
                new RuntimeType("Function", "global::System.Delegate", RuntimeTypeKind.Alias, Owned: false),
                new RuntimeType("VoidFunction", "global::System.Action", RuntimeTypeKind.Alias, Owned: false),
            };

            var types = new Dictionary<string, RuntimeType>(StringComparer.Ordinal);
            foreach (var type in list)
            {
                types.Add(type.IdlName, type);
            }

            return types;
        }

        private static RuntimeType RuntimeEvent(string name, string[] eventMembers, params string[] own) =>
            new RuntimeType(name, Runtime + name, RuntimeTypeKind.Class, Owned: false)
            {
                BaseConstructorParameters = "string type, " + Runtime + name + "Init? eventInitDict",
                BaseConstructorArguments = "type, eventInitDict",
                // The runtime's event classes implement stubs generated from its own IDL (CloseEventBase, …), which
                // add the static Statics property: a consumer's stub deriving from them must not hide it.
                MemberNames = Concat(Concat(eventMembers, own), new[] { "Statics" }),
            };

        private static string[] Concat(string[] first, string[] second)
        {
            var all = new string[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }
}
