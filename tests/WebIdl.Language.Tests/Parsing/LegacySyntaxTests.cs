using System.Linq;
using WebIdl.Language.Syntax;
using Xunit;

namespace WebIdl.Language.Tests.Parsing
{
    /// <summary>Legacy WebIDL that old specs and engines use, which webidl2.js rejects.</summary>
    public sealed class LegacySyntaxTests
    {
        // The style of the seed of this project, MDN's old WebSocket page: `in optional` arguments and named exceptions.
        private const string OldWebSocket = @"
exception WebSocketException {
  const unsigned short INVALID_ACCESS_ERR = 15;
  unsigned short code;
  DOMString message;
};

[Constructor(in DOMString url, in optional DOMString protocols)]
interface WebSocket : EventTarget {
  readonly attribute DOMString url;
  const unsigned short CONNECTING = 0;
  readonly attribute unsigned short readyState getraises(WebSocketException);
  attribute DOMString binaryType setraises(SYNTAX_ERR);
  void close(in optional unsigned short code, in optional DOMString reason) raises(INVALID_ACCESS_ERR, SYNTAX_ERR);
  boolean send(in DOMString data) raises(INVALID_STATE_ERR, SECURITY_ERR);
};
";

        [Fact]
        public void OldWebSocketStyleParsesWithoutDiagnostics()
        {
            var result = IdlParser.Parse(OldWebSocket, "old.webidl");
            Assert.Empty(result.Diagnostics);
            var exception = Assert.IsType<ExceptionDefinition>(result.File.Definitions[0]);
            Assert.Equal("WebSocketException", exception.Name);
            Assert.Collection(
                exception.Members,
                m => Assert.Equal("INVALID_ACCESS_ERR", Assert.IsType<ConstMember>(m).Name),
                m => Assert.Equal("code", Assert.IsType<ExceptionFieldMember>(m).Name),
                m => Assert.Equal("message", Assert.IsType<ExceptionFieldMember>(m).Name));

            var socket = Assert.IsType<InterfaceDefinition>(result.File.Definitions[1]);
            var constructor = Assert.Single(socket.ExtAttrs);
            Assert.Equal("Constructor", constructor.Name);
            Assert.All(constructor.Arguments, a => Assert.True(a.LegacyIn));
            Assert.True(constructor.Arguments[1].Optional);

            var close = socket.Members.OfType<OperationMember>().Single(o => o.Name == "close");
            Assert.Equal(new[] { "INVALID_ACCESS_ERR", "SYNTAX_ERR" }, close.Raises);
            Assert.All(close.Arguments, a => Assert.True(a.LegacyIn && a.Optional));
            Assert.Equal("unsigned short", close.Arguments[0].Type.Name);

            var readyState = socket.Members.OfType<AttributeMember>().Single(a => a.Name == "readyState");
            Assert.Equal(new[] { "WebSocketException" }, readyState.GetRaises);
            var binaryType = socket.Members.OfType<AttributeMember>().Single(a => a.Name == "binaryType");
            Assert.Equal(new[] { "SYNTAX_ERR" }, binaryType.SetRaises);
        }

        [Fact]
        public void StrictModeReportsEachLegacyConstructAsAnError()
        {
            var result = IdlParser.Parse(OldWebSocket, "old.webidl", IdlParserOptions.Strict);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            Assert.All(errors, d => Assert.Equal("WIDL0008", d.Id));
            // exception, 2 x `in` (constructor), getraises, setraises, 2 x `in` + raises (close), `in` + raises (send)
            Assert.Equal(10, errors.Count);
            Assert.Equal(2, result.File.Definitions.Count);
        }

        [Fact]
        public void WarningModeWarns()
        {
            var result = IdlParser.Parse("interface A { legacycaller any (long x); };", "a.webidl", new IdlParserOptions { LegacySyntax = LegacySyntaxHandling.Warning });
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal("WIDL0009", warning.Id);
            Assert.Equal("a.webidl(1,15): warning WIDL0009: 'legacycaller' is legacy WebIDL syntax", warning.ToString());
        }

        [Fact]
        public void ModulesImplementsAndForwardDeclarations()
        {
            var result = IdlParser.Parse(
                "module gfx { interface Shape; module geom { interface Point {}; }; };\nNode implements EventTarget;\n",
                "m.webidl");
            Assert.Empty(result.Diagnostics);
            var module = Assert.IsType<ModuleDefinition>(result.File.Definitions[0]);
            Assert.IsType<ForwardDeclaration>(module.Definitions[0]);
            var inner = Assert.IsType<ModuleDefinition>(module.Definitions[1]);
            Assert.Equal("Point", inner.Definitions[0].Name);
            var implements = Assert.IsType<ImplementsStatement>(result.File.Definitions[1]);
            Assert.Equal(("Node", "EventTarget"), (implements.Name, implements.Implements));
            Assert.Contains("\"type\":\"implements\"", IdlJsonWriter.Write(result.File));
        }

        [Fact]
        public void GeckoAndWebKitSpecials()
        {
            var result = IdlParser.Parse(
                "interface M {\n  getter creator void (DOMString name, any value);\n  legacycaller float compute(float x);\n  jsonifier;\n  serializer;\n};",
                "g.webidl");
            Assert.Empty(result.Diagnostics);
            var ops = ((InterfaceDefinition)result.File.Definitions[0]).Members.Cast<OperationMember>().ToList();
            Assert.Equal("getter", ops[0].Special);
            Assert.Equal(new[] { "creator" }, ops[0].LegacySpecials);
            Assert.Equal(new[] { "legacycaller" }, ops[1].LegacySpecials);
            Assert.Equal("compute", ops[1].Name);
            Assert.Equal(new[] { "jsonifier" }, ops[2].LegacySpecials);
            Assert.Null(ops[3].ReturnType);
        }

        [Fact]
        public void LegacyCallerBeforeANullableUnionReturnTypeAndAnIncludesName()
        {
            // Found by RandomRoundTripTests (seed 931GFY9lRYp1): the operation may be named `includes`, a keyword.
            var result = IdlParser.Parse("interface A { legacycaller (long or DOMString)? includes(long x); };", "a.webidl");
            Assert.Empty(result.Diagnostics);
            var op = (OperationMember)((InterfaceDefinition)result.File.Definitions[0]).Members[0];
            Assert.Equal("includes", op.Name);
            Assert.Equal(new[] { "legacycaller" }, op.LegacySpecials);
            Assert.True(op.ReturnType!.Union && op.ReturnType.Nullable);
        }

        [Fact]
        public void ModernReadingWinsWhereBothFit()
        {
            // A type named `in` followed by the argument name is modern IDL, not the legacy keyword.
            var result = IdlParser.Parse("interface A { undefined f(in x, optional in y); };", "a.webidl", IdlParserOptions.Strict);
            Assert.Empty(result.Diagnostics);
            var f = (OperationMember)((InterfaceDefinition)result.File.Definitions[0]).Members[0];
            Assert.Equal("in", f.Arguments[0].Type.Name);
            Assert.False(f.Arguments[0].LegacyIn);
        }
    }
}
