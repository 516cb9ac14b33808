using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace WebIdl.Runtime;

// The IDL constructors of the generated event stubs (CloseEventBase.Create, …) made real: registered once, before any
// code of this assembly runs, so the stubs' static members work without touching the event classes first.
internal sealed class EventStatics : ICloseEventStatics, IMessageEventStatics, IErrorEventStatics
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The generated stubs' Statics must be set before user code calls their Create methods; nothing else runs here.")]
    internal static void Register()
    {
        var statics = new EventStatics();
        CloseEventBase.Statics = statics;
        MessageEventBase.Statics = statics;
        ErrorEventBase.Statics = statics;
    }

    public ICloseEvent Construct(string type, CloseEventInit eventInitDict) => new CloseEvent(type, eventInitDict);

    public IMessageEvent Construct(string type, MessageEventInit eventInitDict) => new MessageEvent(type, eventInitDict);

    public IErrorEvent Construct(string type, ErrorEventInit eventInitDict) => new ErrorEvent(type, eventInitDict);
}
