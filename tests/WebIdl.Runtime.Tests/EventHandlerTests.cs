using System;
using System.Collections.Generic;
using Xunit;

namespace WebIdl.Runtime.Tests;

public class EventHandlerTests
{
    [Fact]
    public void A_handler_is_called_with_the_event_and_can_be_read_back()
    {
        var target = new TestTarget();
        Event? seen = null;
        EventHandlerNonNull handler = e => { seen = e; return null; };

        Assert.Null(target.OnFoo);
        target.OnFoo = handler;
        var e = new Event("foo");
        target.DispatchEvent(e);

        Assert.Same(handler, target.OnFoo);
        Assert.Same(e, seen);
    }

    [Fact]
    public void Handlers_are_per_event_type()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.OnFoo = _ => { log.Add("onfoo"); return null; };
        target.OnBar = _ => { log.Add("onbar"); return null; };

        target.DispatchEvent(new Event("bar"));

        Assert.Equal(["onbar"], log);
    }

    [Fact]
    public void The_handler_takes_its_place_among_the_listeners_when_first_set()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ => log.Add("before"));
        target.OnFoo = _ => { log.Add("handler"); return null; };
        target.AddEventListener("foo", _ => log.Add("after"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["before", "handler", "after"], log);
    }

    [Fact]
    public void Replacing_the_handler_keeps_its_position()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ => log.Add("before"));
        target.OnFoo = _ => { log.Add("first handler"); return null; };
        target.AddEventListener("foo", _ => log.Add("after"));
        target.OnFoo = _ => { log.Add("second handler"); return null; };

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["before", "second handler", "after"], log);
    }

    [Fact]
    public void Setting_null_removes_the_handler_and_setting_it_again_moves_it_to_the_end()
    {
        var target = new TestTarget();
        var log = new List<string>();
        EventHandlerNonNull handler = _ => { log.Add("handler"); return null; };
        target.OnFoo = handler;
        target.AddEventListener("foo", _ => log.Add("listener"));

        target.OnFoo = null;
        Assert.Null(target.OnFoo);
        target.DispatchEvent(new Event("foo"));
        Assert.Equal(["listener"], log);

        log.Clear();
        target.OnFoo = handler;
        target.DispatchEvent(new Event("foo"));
        Assert.Equal(["listener", "handler"], log);
    }

    [Fact]
    public void Setting_null_when_there_is_no_handler_does_nothing()
    {
        var target = new TestTarget();
        target.OnFoo = null;

        Assert.Null(target.OnFoo);
        Assert.True(target.DispatchEvent(new Event("foo")));
    }

    [Fact]
    public void Returning_false_cancels_a_cancelable_event()
    {
        var target = new TestTarget();
        target.OnFoo = _ => false;
        var cancelable = new Event("foo", new EventInit { Cancelable = true });
        var notCancelable = new Event("foo");

        Assert.False(target.DispatchEvent(cancelable));
        Assert.True(cancelable.DefaultPrevented);
        Assert.True(target.DispatchEvent(notCancelable));
        Assert.False(notCancelable.DefaultPrevented);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData("false")]
    public void Other_return_values_do_not_cancel(object? returnValue)
    {
        var target = new TestTarget();
        target.OnFoo = _ => returnValue;
        var e = new Event("foo", new EventInit { Cancelable = true });

        Assert.True(target.DispatchEvent(e));
        Assert.False(e.DefaultPrevented);
    }

    [Fact]
    public void An_exception_in_a_handler_is_reported_and_does_not_stop_the_listeners()
    {
        var target = new TestTarget();
        var log = new List<string>();
        var boom = new InvalidOperationException("handler");
        target.OnFoo = _ => throw boom;
        target.AddEventListener("foo", _ => log.Add("listener"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["listener"], log);
        Assert.Same(boom, Assert.Single(target.Reported));
    }

    [Fact]
    public void A_handler_replaced_during_dispatch_is_the_one_called()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ => target.OnFoo = _ => { log.Add("new"); return null; });
        target.OnFoo = _ => { log.Add("old"); return null; };

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["new"], log);
    }

    [Fact]
    public void A_handler_removed_during_dispatch_is_not_called()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ => target.OnFoo = null);
        target.OnFoo = _ => { log.Add("handler"); return null; };

        target.DispatchEvent(new Event("foo"));

        Assert.Empty(log);
    }

    [Fact]
    public void A_handler_is_not_removed_by_RemoveEventListener_with_its_own_delegate()
    {
        var target = new TestTarget();
        int calls = 0;
        EventHandlerNonNull handler = _ => { calls++; return null; };
        target.OnFoo = handler;
        target.RemoveEventListener("foo", new EventListener(e => handler(e)));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_handler_runs_as_a_non_capture_listener()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.OnFoo = _ => { log.Add("handler"); return null; };
        target.AddEventListener("foo", _ => log.Add("capture"), useCapture: true);

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["capture", "handler"], log);
    }
}
