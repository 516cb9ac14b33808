using Xunit;

namespace WebIdl.Runtime.Tests.WebSockets;

// The legacy members of the runtime's Event that Idl/dom-events.webidl declares: srcElement and initEvent.
public class EventLegacyMembersTests
{
    [Fact]
    public void SrcElement_is_the_target()
    {
        var target = new TestTarget();
        var e = new Event("foo");
        Assert.Null(e.SrcElement);
        EventTarget? seen = null;
        target.AddEventListener("foo", ev => seen = ev.SrcElement);
        target.DispatchEvent(e);
        Assert.Same(target, seen);
        Assert.Same(target, e.SrcElement);
    }

    [Fact]
    public void InitEvent_reinitialises_an_event_that_is_not_being_dispatched()
    {
        var target = new TestTarget();
        var e = new Event("foo", new EventInit { Cancelable = true });
        target.AddEventListener("foo", ev => ev.PreventDefault());
        Assert.False(target.DispatchEvent(e));
        Assert.True(e.DefaultPrevented);

        e.InitEvent("bar", bubbles: true, cancelable: false);
        Assert.Equal("bar", e.Type);
        Assert.True(e.Bubbles);
        Assert.False(e.Cancelable);
        Assert.False(e.DefaultPrevented);
        Assert.Null(e.Target);
        Assert.False(e.IsTrusted);
    }

    [Fact]
    public void InitEvent_during_dispatch_does_nothing()
    {
        var target = new TestTarget();
        var e = new Event("foo");
        target.AddEventListener("foo", ev => ev.InitEvent("changed", true, true));
        target.DispatchEvent(e);
        Assert.Equal("foo", e.Type);
        Assert.False(e.Bubbles);
    }
}
