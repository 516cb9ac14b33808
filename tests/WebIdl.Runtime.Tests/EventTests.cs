using System;
using System.Threading;
using Xunit;

namespace WebIdl.Runtime.Tests;

public class EventTests
{
    [Fact]
    public void The_phase_constants_have_the_standard_values()
    {
        Assert.Equal(0, Event.NONE);
        Assert.Equal(1, Event.CAPTURING_PHASE);
        Assert.Equal(2, Event.AT_TARGET);
        Assert.Equal(3, Event.BUBBLING_PHASE);
    }

    [Fact]
    public void A_new_event_has_the_defaults()
    {
        var e = new Event("foo");

        Assert.Equal("foo", e.Type);
        Assert.False(e.Bubbles);
        Assert.False(e.Cancelable);
        Assert.False(e.Composed);
        Assert.False(e.DefaultPrevented);
        Assert.False(e.IsTrusted);
        Assert.Null(e.Target);
        Assert.Null(e.CurrentTarget);
        Assert.Equal(Event.NONE, e.EventPhase);
        Assert.False(e.CancelBubble);
        Assert.True(e.ReturnValue);
    }

    [Fact]
    public void EventInit_sets_bubbles_cancelable_and_composed()
    {
        var e = new Event("foo", new EventInit { Bubbles = true, Cancelable = true, Composed = true });

        Assert.True(e.Bubbles);
        Assert.True(e.Cancelable);
        Assert.True(e.Composed);
    }

    [Fact]
    public void EventInit_is_a_value_equal_record()
    {
        Assert.Equal(new EventInit { Bubbles = true }, new EventInit { Bubbles = true });
        Assert.NotEqual(new EventInit { Bubbles = true }, new EventInit { Cancelable = true });
    }

    [Fact]
    public void The_type_must_not_be_null()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new Event(null!));
        Assert.Equal("type", exception.ParamName);
    }

    [Fact]
    public void PreventDefault_outside_dispatch_follows_cancelable()
    {
        var cancelable = new Event("foo", new EventInit { Cancelable = true });
        var notCancelable = new Event("foo");

        cancelable.PreventDefault();
        notCancelable.PreventDefault();

        Assert.True(cancelable.DefaultPrevented);
        Assert.False(cancelable.ReturnValue);
        Assert.False(notCancelable.DefaultPrevented);
    }

    [Fact]
    public void ReturnValue_true_and_CancelBubble_false_do_not_undo()
    {
        var e = new Event("foo", new EventInit { Cancelable = true });
        e.PreventDefault();
        e.StopPropagation();

        e.ReturnValue = true;
        e.CancelBubble = false;

        Assert.True(e.DefaultPrevented);
        Assert.True(e.CancelBubble);
    }

    [Fact]
    public void TimeStamp_is_in_milliseconds_and_does_not_go_backwards()
    {
        var first = new Event("a");
        Thread.Sleep(20);
        var second = new Event("b");

        Assert.True(first.TimeStamp >= 0);
        Assert.True(second.TimeStamp - first.TimeStamp >= 15, $"{first.TimeStamp} then {second.TimeStamp}");
        Assert.True(second.TimeStamp - first.TimeStamp < 60_000);
    }

    [Fact]
    public void MessageEvent_carries_data_origin_and_last_event_id()
    {
        var data = new byte[] { 1, 2, 3 };
        var e = new MessageEvent("message", new MessageEventInit
        {
            Data = data,
            Origin = "wss://example.com\uD800",
            LastEventId = "42",
            Cancelable = true,
        });

        Assert.Equal("message", e.Type);
        Assert.Same(data, e.Data);
        Assert.Equal("wss://example.com\uFFFD", e.Origin); // USVString
        Assert.Equal("42", e.LastEventId);
        Assert.True(e.Cancelable);
        Assert.IsAssignableFrom<Event>(e);
    }

    [Fact]
    public void MessageEvent_defaults()
    {
        var e = new MessageEvent("message");

        Assert.Null(e.Data);
        Assert.Equal("", e.Origin);
        Assert.Equal("", e.LastEventId);
        Assert.False(e.Bubbles);
    }

    [Fact]
    public void CloseEvent_carries_was_clean_code_and_reason()
    {
        var e = new CloseEvent("close", new CloseEventInit { WasClean = true, Code = 1000, Reason = "bye\uDC00" });

        Assert.True(e.WasClean);
        Assert.Equal(1000, e.Code);
        Assert.Equal("bye\uFFFD", e.Reason);

        var defaults = new CloseEvent("close");
        Assert.False(defaults.WasClean);
        Assert.Equal(0, defaults.Code);
        Assert.Equal("", defaults.Reason);
    }

    [Fact]
    public void ErrorEvent_carries_message_location_and_error()
    {
        var error = new InvalidOperationException();
        var e = new ErrorEvent("error", new ErrorEventInit
        {
            Message = "failed",
            Filename = "app.js",
            Lineno = 10,
            Colno = 5,
            Error = error,
        });

        Assert.Equal("failed", e.Message);
        Assert.Equal("app.js", e.Filename);
        Assert.Equal(10u, e.Lineno);
        Assert.Equal(5u, e.Colno);
        Assert.Same(error, e.Error);

        var defaults = new ErrorEvent("error");
        Assert.Equal("", defaults.Message);
        Assert.Equal("", defaults.Filename);
        Assert.Equal(0u, defaults.Lineno);
        Assert.Equal(0u, defaults.Colno);
        Assert.Null(defaults.Error);
    }

    [Fact]
    public void Derived_events_dispatch_like_any_event()
    {
        var target = new TestTarget();
        CloseEvent? seen = null;
        target.AddEventListener("close", e => seen = e as CloseEvent);

        target.Fire(new CloseEvent("close", new CloseEventInit { Code = 1006 }));

        Assert.NotNull(seen);
        Assert.Equal(1006, seen!.Code);
        Assert.True(seen.IsTrusted);
    }
}
