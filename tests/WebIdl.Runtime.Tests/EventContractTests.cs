using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace WebIdl.Runtime.Tests;

/// <summary>
/// The contracts of Event and EventTarget (IEvent, IEventTarget) are generated from the runtime's
/// Idl/dom-events.webidl (WebIdlOwnedContracts), and the hand-written classes implement them.
/// </summary>
public class EventContractTests
{
    [Theory]
    [InlineData(typeof(IEvent), typeof(Event))]
    [InlineData(typeof(IEventTarget), typeof(EventTarget))]
    [InlineData(typeof(IEvent), typeof(MessageEvent))]
    [InlineData(typeof(IEvent), typeof(CloseEvent))]
    [InlineData(typeof(IEvent), typeof(ErrorEvent))]
    [InlineData(typeof(IEventTarget), typeof(WebIdl.Runtime.WebSockets.WebSocket))]
    public void The_runtime_classes_implement_the_generated_contracts(Type contract, Type implementation)
    {
        Assert.True(contract.IsInterface);
        Assert.True(contract.IsAssignableFrom(implementation), implementation.Name + " does not implement " + contract.Name);
    }

    [Theory]
    [InlineData(typeof(IMessageEvent), typeof(IEvent))]
    [InlineData(typeof(ICloseEvent), typeof(IEvent))]
    [InlineData(typeof(IErrorEvent), typeof(IEvent))]
    [InlineData(typeof(IWebSocket), typeof(IEventTarget))]
    public void The_generated_contracts_of_derived_interfaces_inherit_them(Type derived, Type contract)
    {
        Assert.Contains(contract, derived.GetInterfaces());
    }

    [Fact]
    public void The_contracts_have_the_idl_members_and_no_stub_or_statics()
    {
        var eventMembers = typeof(IEvent).GetMembers().Select(m => m.Name).ToHashSet();
        foreach (var name in new[] { "Type", "Target", "SrcElement", "CurrentTarget", "ComposedPath", "EventPhase", "StopPropagation", "CancelBubble", "StopImmediatePropagation", "Bubbles", "Cancelable", "ReturnValue", "PreventDefault", "DefaultPrevented", "Composed", "IsTrusted", "TimeStamp", "InitEvent" })
        {
            Assert.Contains(name, eventMembers);
        }

        Assert.Equal(new[] { "AddEventListener", "DispatchEvent", "RemoveEventListener" }, typeof(IEventTarget).GetMethods().Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(3, typeof(IEventTarget).GetMethods().Count(m => m.Name == "AddEventListener"));

        // Contract only: the runtime owns the classes, so no validation stub and no statics are generated for them.
        var types = typeof(Event).Assembly.GetTypes().Select(t => t.FullName).ToHashSet();
        Assert.DoesNotContain("WebIdl.Runtime.EventBase", types);
        Assert.DoesNotContain("WebIdl.Runtime.EventTargetBase", types);
        Assert.DoesNotContain("WebIdl.Runtime.IEventStatics", types);
        Assert.DoesNotContain("WebIdl.Runtime.IEventTargetStatics", types);
    }

    [Fact]
    public void The_event_target_contract_adds_removes_and_dispatches_through_the_runtime()
    {
        IEventTarget target = new EventTarget();
        var calls = new List<string>();
        EventListener listener = e => calls.Add(e.Type);

        target.AddEventListener("ping", listener);
        target.AddEventListener("ping", listener, new AddEventListenerOptions()); // the same listener: ignored
        target.AddEventListener("ping", listener, true); // capture: another listener
        IEvent dispatched = new Event("ping");
        Assert.True(target.DispatchEvent((Event)dispatched));
        Assert.Equal(new[] { "ping", "ping" }, calls);

        target.RemoveEventListener("ping", listener);
        target.RemoveEventListener("ping", listener, true);
        Assert.True(target.DispatchEvent(new Event("ping")));
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public void The_event_contract_reads_the_runtime_event()
    {
        IEvent e = new Event("x", new EventInit { Cancelable = true });
        e.PreventDefault();
        Assert.True(e.DefaultPrevented);
        Assert.False(e.ReturnValue);
        e.InitEvent("y", bubbles: true);
        Assert.Equal("y", e.Type);
        Assert.True(e.Bubbles);
        Assert.False(e.Cancelable);
    }

    [Theory]
    [InlineData("IEvent", "WebIdl.Runtime.Event.g.cs", "Event")]
    [InlineData("IEventTarget", "WebIdl.Runtime.EventTarget.g.cs", "EventTarget")]
    public void The_contracts_come_from_the_source_generator(string contract, string fileName, string idlName)
    {
        // The runtime's PDB lists every source document of the build; the source generator's output is embedded in it.
        // Exactly one document declares the contract, and it is the generator's file for the IDL interface.
        var declaration = new Regex(@"^\s*(public\s+)?(partial\s+)?interface\s+" + contract + @"\b", RegexOptions.Multiline);
        var declaring = RuntimeSources().Where(d => declaration.IsMatch(d.Text)).ToList();

        var document = Assert.Single(declaring);
        Assert.EndsWith(fileName, document.Name.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("WebIdl.Generator", document.Name, StringComparison.Ordinal);
        Assert.StartsWith("// <auto-generated/>\n// Generated by WebIdl.Generator from the Web IDL interface " + idlName + ". Do not edit.\n", document.Text, StringComparison.Ordinal);
    }

    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    /// <summary>Every C# document of WebIdl.Runtime's PDB with its text: embedded (generated files) or read from disk.</summary>
    private static List<(string Name, string Text)> RuntimeSources()
    {
        var pdb = Path.ChangeExtension(typeof(Event).Assembly.Location, ".pdb");
        Assert.True(File.Exists(pdb), "no PDB at " + pdb);
        using var stream = File.OpenRead(pdb);
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();
        var sources = new List<(string, string)>();
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            if (!name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = Embedded(reader, handle) ?? (File.Exists(name) ? File.ReadAllText(name) : null);
            Assert.True(text is not null, "cannot read " + name);
            sources.Add((name, text!));
        }

        Assert.Contains(sources, s => s.Item1.Replace('\\', '/').EndsWith("Events/Event.cs", StringComparison.Ordinal));
        return sources;
    }

    private static string? Embedded(MetadataReader reader, DocumentHandle document)
    {
        foreach (var handle in reader.GetCustomDebugInformation(document))
        {
            var info = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(info.Kind) != EmbeddedSource)
            {
                continue;
            }

            var blob = reader.GetBlobBytes(info.Value);
            var format = BitConverter.ToInt32(blob, 0);
            if (format == 0)
            {
                return Encoding.UTF8.GetString(blob, 4, blob.Length - 4);
            }

            using var deflate = new DeflateStream(new MemoryStream(blob, 4, blob.Length - 4), CompressionMode.Decompress);
            using var text = new StreamReader(deflate, Encoding.UTF8);
            return text.ReadToEnd();
        }

        return null;
    }
}
