using WebIdl.Language.Syntax;

namespace WebIdl.Generator.Docs
{
    /// <summary>
    /// The sentences the pages use where the IDL says nothing, in one place. They are the sentences the generated
    /// XML doc comments use in the same case (the binder's fallbacks, <c>Core/Binding/*Binder*.cs</c> and
    /// <c>BindingContext.OriginRemark</c>), with Markdown code spans where the XML has <c>&lt;c&gt;</c>, so a reader of
    /// either sees the same words.
    /// </summary>
    internal static class DocsText
    {
        /// <summary>What the pages say about an IDL item the binder produced no C# for.</summary>
        public const string NotMapped = "not mapped yet";

        /// <summary>The summary of a definition without a documentation comment.</summary>
        public static string Definition(string kind, string name) => kind switch
        {
            "callback" => "The Web IDL callback function " + Code(name) + ".",
            "exception" => "The legacy Web IDL exception " + Code(name) + ".",
            "module" => "The legacy Web IDL module " + Code(name) + ".",
            _ => "The Web IDL " + kind + " " + Code(name) + ".",
        };

        /// <summary>The summary of a member without a documentation comment.</summary>
        public static string Member(string owner, MemberNode member)
        {
            var qualified = Code(owner + "." + member.Name);
            switch (member)
            {
                case ConstMember:
                    return "The IDL constant " + qualified + ".";
                case AttributeMember attribute when IsEventHandler(attribute):
                    return "The event handler IDL attribute " + qualified + " for " + Code(attribute.AttributeName.Substring(2)) + " events.";
                case AttributeMember attribute:
                    return "The IDL attribute " + qualified + " (" + Code(IdlWriter.WriteType(attribute.Type)) + ").";
                case OperationMember operation when operation.OperationName.Length > 0:
                    return "The IDL operation " + qualified + ".";
                case ConstructorMember:
                    return "Creates a " + Code(owner) + ": the IDL constructor.";
                case FieldMember field:
                    return "The IDL dictionary member " + qualified + " (" + Code(IdlWriter.WriteType(field.Type)) + ").";
                case ExceptionFieldMember field:
                    return "The IDL exception field " + qualified + " (" + Code(IdlWriter.WriteType(field.Type)) + ").";
                default:
                    return "The IDL " + DocsSite.UnnamedLabel(member) + " of " + Code(owner) + ".";
            }
        }

        /// <summary>The summary of an enum value without a documentation comment.</summary>
        public static string EnumValue(string value) => "The IDL value " + Code("\"" + value + "\"") + ".";

        /// <summary>Where a mixin member comes from (the C# remark is "Included from the interface mixin <c>M</c>.").</summary>
        public const string FromMixin = "Included from the interface mixin ";

        /// <summary>Where a partial's member comes from (the C# remark is "Declared in a partial definition of <c>X</c>.").</summary>
        public const string FromPartial = "Declared in a partial definition of ";

        /// <summary>A member kind as prose: <c>attribute</c>, <c>operation</c>, <c>constant</c>, <c>dictionary member</c>, …</summary>
        public static string KindOf(MemberNode member) => member switch
        {
            ConstMember => "constant",
            AttributeMember attribute => (attribute.Special.Length > 0 ? attribute.Special + " " : "") + (attribute.Readonly ? "readonly attribute" : "attribute"),
            OperationMember { Special: "static" } => "static operation",
            OperationMember operation when operation.Special.Length > 0 && operation.OperationName.Length == 0 => operation.Special,
            OperationMember operation when operation.Special.Length > 0 => operation.Special + " operation",
            OperationMember => "operation",
            ConstructorMember => "constructor",
            IterableMember iterable => (iterable.Readonly ? "readonly " : "") + DocsSite.UnnamedLabel(iterable) + " declaration",
            FieldMember field => field.Required ? "required dictionary member" : "dictionary member",
            ExceptionFieldMember => "exception field",
            _ => member.Kind,
        };

        /// <summary>An <c>EventHandler</c> attribute named <c>on…</c>: the binder gives it a handler property and an event.</summary>
        public static bool IsEventHandler(AttributeMember attribute) =>
            attribute.Type.Name == "EventHandler" && !attribute.Type.Union && attribute.Type.Generic.Length == 0
            && attribute.AttributeName.Length > 2 && attribute.AttributeName.StartsWith("on", System.StringComparison.Ordinal);

        /// <summary>A backtick code span for prose that <see cref="Markdown.Prose"/> keeps as code.</summary>
        private static string Code(string text) => "`" + text.Replace("`", "'") + "`";
    }
}
