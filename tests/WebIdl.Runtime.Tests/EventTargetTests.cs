using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace WebIdl.Runtime.Tests;

public class EventTargetTests
{
    [Fact]
    public void Listeners_run_in_the_order_they_were_added()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ => log.Add("a"));
        target.AddEventListener("foo", _ => log.Add("b"));
        target.AddEventListener("foo", new RecordingListener(log, "c"));
        target.AddEventListener("foo", _ => log.Add("d"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["a", "b", "c", "d"], log);
    }

    [Fact]
    public void Only_listeners_of_the_event_type_run_and_types_are_case_sensitive()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ => log.Add("foo"));
        target.AddEventListener("Foo", _ => log.Add("Foo"));
        target.AddEventListener("bar", _ => log.Add("bar"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["foo"], log);
    }

    [Fact]
    public void Capture_listeners_run_before_the_others_both_at_target()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", e => log.Add($"bubble1:{e.EventPhase}"));
        target.AddEventListener("foo", e => log.Add($"capture1:{e.EventPhase}"), useCapture: true);
        target.AddEventListener("foo", e => log.Add($"bubble2:{e.EventPhase}"));
        target.AddEventListener("foo", e => log.Add($"capture2:{e.EventPhase}"), new AddEventListenerOptions { Capture = true });

        target.DispatchEvent(new Event("foo", new EventInit { Bubbles = true }));

        Assert.Equal(["capture1:2", "capture2:2", "bubble1:2", "bubble2:2"], log);
    }

    [Fact]
    public void Adding_the_same_type_callback_and_capture_twice_is_ignored()
    {
        var target = new TestTarget();
        int calls = 0;
        EventListener callback = _ => calls++;
        target.AddEventListener("foo", callback);
        target.AddEventListener("foo", callback);
        target.AddEventListener("foo", callback, new AddEventListenerOptions { Once = true, Passive = true }); // still a duplicate
        target.AddEventListener("foo", callback, useCapture: true); // differs by capture: a second listener

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(2, calls);
    }

    [Fact]
    public void The_same_method_on_the_same_object_is_the_same_callback()
    {
        var target = new TestTarget();
        var counter = new Counter();
        target.AddEventListener("foo", counter.Handle); // two different delegate instances
        target.AddEventListener("foo", counter.Handle);

        target.DispatchEvent(new Event("foo"));
        Assert.Equal(1, counter.Count);

        target.RemoveEventListener("foo", counter.Handle);
        target.DispatchEvent(new Event("foo"));
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public void Listener_objects_are_compared_by_reference()
    {
        var target = new TestTarget();
        var log = new List<string>();
        var one = new RecordingListener(log, "one");
        target.AddEventListener("foo", one);
        target.AddEventListener("foo", one);
        target.AddEventListener("foo", new RecordingListener(log, "other"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["one", "other"], log);
    }

    [Fact]
    public void A_null_callback_is_ignored()
    {
        var target = new TestTarget();
        target.AddEventListener("foo", (EventListener?)null);
        target.AddEventListener("foo", (IEventListener?)null);
        target.RemoveEventListener("foo", (EventListener?)null);
        target.RemoveEventListener("foo", (IEventListener?)null);

        Assert.True(target.DispatchEvent(new Event("foo")));
    }

    [Fact]
    public void A_null_type_is_rejected()
    {
        var target = new TestTarget();
        Assert.Throws<ArgumentNullException>(() => target.AddEventListener(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => target.RemoveEventListener(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => target.DispatchEvent(null!));
    }

    [Fact]
    public void RemoveEventListener_needs_the_same_capture_flag()
    {
        var target = new TestTarget();
        int calls = 0;
        EventListener callback = _ => calls++;
        target.AddEventListener("foo", callback, useCapture: true);

        target.RemoveEventListener("foo", callback); // capture false: not the same listener
        target.DispatchEvent(new Event("foo"));
        Assert.Equal(1, calls);

        target.RemoveEventListener("foo", callback, new EventListenerOptions { Capture = true });
        target.DispatchEvent(new Event("foo"));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Removing_and_adding_again_moves_the_listener_to_the_end()
    {
        var target = new TestTarget();
        var log = new List<string>();
        EventListener a = _ => log.Add("a");
        target.AddEventListener("foo", a);
        target.AddEventListener("foo", _ => log.Add("b"));
        target.RemoveEventListener("foo", a);
        target.AddEventListener("foo", a);

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["b", "a"], log);
    }

    [Fact]
    public void A_once_listener_runs_once()
    {
        var target = new TestTarget();
        int calls = 0;
        target.AddEventListener("foo", _ => calls++, new AddEventListenerOptions { Once = true });

        target.DispatchEvent(new Event("foo"));
        target.DispatchEvent(new Event("foo"));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_once_listener_is_removed_before_it_is_invoked()
    {
        var target = new TestTarget();
        int calls = 0;
        EventListener? self = null;
        self = _ =>
        {
            calls++;
            if (calls == 1)
                target.DispatchEvent(new Event("foo")); // already removed: the nested dispatch does not call it
            target.RemoveEventListener("foo", self); // and removing it again is a no-op
        };
        target.AddEventListener("foo", self, new AddEventListenerOptions { Once = true });

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_once_listener_that_throws_is_still_removed()
    {
        var target = new TestTarget();
        int calls = 0;
        target.AddEventListener("foo", _ => { calls++; throw new InvalidOperationException(); }, new AddEventListenerOptions { Once = true });

        target.DispatchEvent(new Event("foo"));
        target.DispatchEvent(new Event("foo"));

        Assert.Equal(1, calls);
        Assert.Single(target.Reported);
    }

    [Fact]
    public void A_listener_removed_during_dispatch_is_not_called_afterwards()
    {
        var target = new TestTarget();
        var log = new List<string>();
        EventListener c = _ => log.Add("c");
        target.AddEventListener("foo", _ => log.Add("a"));
        target.AddEventListener("foo", _ => { log.Add("b"); target.RemoveEventListener("foo", c); });
        target.AddEventListener("foo", c);
        target.AddEventListener("foo", _ => log.Add("d"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["a", "b", "d"], log);
    }

    [Fact]
    public void A_listener_that_removes_itself_still_finishes_and_the_rest_run()
    {
        var target = new TestTarget();
        var log = new List<string>();
        EventListener? self = null;
        self = _ => { target.RemoveEventListener("foo", self); log.Add("self"); };
        target.AddEventListener("foo", self);
        target.AddEventListener("foo", _ => log.Add("next"));

        target.DispatchEvent(new Event("foo"));
        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["self", "next", "next"], log);
    }

    [Fact]
    public void A_listener_removed_and_added_again_during_dispatch_is_not_called_by_that_dispatch()
    {
        var target = new TestTarget();
        var log = new List<string>();
        EventListener c = _ => log.Add("c");
        bool first = true;
        target.AddEventListener("foo", _ =>
        {
            log.Add("a");
            if (first)
            {
                first = false;
                target.RemoveEventListener("foo", c);
                target.AddEventListener("foo", c); // a new listener at the end
            }
        });
        target.AddEventListener("foo", c);

        target.DispatchEvent(new Event("foo"));
        Assert.Equal(["a"], log);

        target.DispatchEvent(new Event("foo"));
        Assert.Equal(["a", "a", "c"], log);
    }

    [Fact]
    public void A_listener_added_during_dispatch_is_not_called_by_that_dispatch()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ =>
        {
            log.Add("a");
            target.AddEventListener("foo", _ => log.Add("added"));
        });

        target.DispatchEvent(new Event("foo"));
        Assert.Equal(["a"], log);

        target.DispatchEvent(new Event("foo"));
        Assert.Equal(["a", "a", "added"], log);
    }

    [Fact]
    public void A_non_capture_listener_added_by_a_capture_listener_runs_in_the_same_dispatch_as_the_DOM_standard_says()
    {
        // The standard clones the listener list each time it invokes a target's listeners, and a target's capture
        // and non-capture listeners are two invocations.
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", _ =>
        {
            log.Add("capture");
            target.AddEventListener("foo", _ => log.Add("added"));
        }, useCapture: true);

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["capture", "added"], log);
    }

    [Fact]
    public void An_exception_in_one_listener_does_not_stop_the_others()
    {
        var target = new TestTarget();
        var log = new List<string>();
        var boom = new InvalidOperationException("boom");
        target.AddEventListener("foo", _ => log.Add("a"));
        target.AddEventListener("foo", _ => throw boom);
        target.AddEventListener("foo", new ThrowingListener());
        target.AddEventListener("foo", _ => log.Add("d"));

        bool result = target.DispatchEvent(new Event("foo"));

        Assert.True(result);
        Assert.Equal(["a", "d"], log);
        Assert.Equal(2, target.Reported.Count);
        Assert.Same(boom, target.Reported[0]);
        Assert.IsType<NotSupportedException>(target.Reported[1]);
    }

    [Fact]
    public void An_exception_thrown_by_ReportException_propagates_and_the_event_is_reset()
    {
        var target = new TestTarget { RethrowReported = true };
        target.AddEventListener("foo", _ => throw new InvalidOperationException("boom"));
        var e = new Event("foo");

        Assert.Throws<InvalidOperationException>(() => target.DispatchEvent(e));

        Assert.Equal(Event.NONE, e.EventPhase);
        Assert.Null(e.CurrentTarget);
        target.RethrowReported = false;
        Assert.True(target.DispatchEvent(e)); // no longer "being dispatched"
    }

    [Fact]
    public void The_default_ReportException_raises_UnhandledListenerException()
    {
        var target = new DefaultReportingTarget();
        var boom = new InvalidOperationException("boom");
        var seen = new List<(object? Sender, Exception Exception)>();
        EventHandler<ListenerExceptionEventArgs> handler = (sender, args) =>
        {
            if (ReferenceEquals(sender, target))
                seen.Add((sender, args.Exception));
        };
        int after = 0;
        target.AddEventListener("foo", _ => throw boom);
        target.AddEventListener("foo", _ => after++);

        EventTarget.UnhandledListenerException += handler;
        try
        {
            target.DispatchEvent(new Event("foo"));
        }
        finally
        {
            EventTarget.UnhandledListenerException -= handler;
        }

        Assert.Single(seen);
        Assert.Same(target, seen[0].Sender);
        Assert.Same(boom, seen[0].Exception);
        Assert.Equal(1, after);
    }

    [Fact]
    public void Without_a_subscriber_the_default_ReportException_does_not_throw()
    {
        var target = new DefaultReportingTarget();
        int after = 0;
        target.AddEventListener("foo", _ => throw new InvalidOperationException("written to Trace"));
        target.AddEventListener("foo", _ => after++);

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(1, after);
    }

    [Fact]
    public void StopImmediatePropagation_stops_the_remaining_listeners()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", e => { log.Add("a"); e.StopImmediatePropagation(); });
        target.AddEventListener("foo", _ => log.Add("b"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["a"], log);
    }

    [Fact]
    public void StopPropagation_lets_the_listeners_of_the_running_phase_finish()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", e => { log.Add("a"); e.StopPropagation(); });
        target.AddEventListener("foo", _ => log.Add("b"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["a", "b"], log);
    }

    [Fact]
    public void StopPropagation_in_a_capture_listener_keeps_the_non_capture_listeners_from_running()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", e => { log.Add("capture"); e.StopPropagation(); }, useCapture: true);
        target.AddEventListener("foo", _ => log.Add("capture2"), useCapture: true);
        target.AddEventListener("foo", _ => log.Add("bubble"));

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(["capture", "capture2"], log);
    }

    [Fact]
    public void CancelBubble_is_stopPropagation()
    {
        var target = new TestTarget();
        var log = new List<string>();
        target.AddEventListener("foo", e => { e.CancelBubble = true; log.Add(e.CancelBubble.ToString()); }, useCapture: true);
        target.AddEventListener("foo", _ => log.Add("bubble"));
        var e = new Event("foo");

        target.DispatchEvent(e);

        Assert.Equal(["True"], log);
        Assert.False(e.CancelBubble); // cleared at the end of dispatch
    }

    [Fact]
    public void PreventDefault_on_a_non_cancelable_event_does_nothing()
    {
        var target = new TestTarget();
        target.AddEventListener("foo", e => e.PreventDefault());
        var e = new Event("foo");

        Assert.True(target.DispatchEvent(e));
        Assert.False(e.DefaultPrevented);
    }

    [Fact]
    public void PreventDefault_on_a_cancelable_event_cancels_it()
    {
        var target = new TestTarget();
        var seen = new List<bool>();
        target.AddEventListener("foo", e => { seen.Add(e.DefaultPrevented); e.PreventDefault(); seen.Add(e.DefaultPrevented); });
        target.AddEventListener("foo", e => seen.Add(e.DefaultPrevented));
        var e = new Event("foo", new EventInit { Cancelable = true });

        Assert.False(target.DispatchEvent(e));
        Assert.True(e.DefaultPrevented);
        Assert.Equal([false, true, true], seen);
    }

    [Fact]
    public void PreventDefault_in_a_passive_listener_does_nothing()
    {
        var target = new TestTarget();
        target.AddEventListener("foo", e => e.PreventDefault(), new AddEventListenerOptions { Passive = true });
        var e = new Event("foo", new EventInit { Cancelable = true });

        Assert.True(target.DispatchEvent(e));
        Assert.False(e.DefaultPrevented);
    }

    [Fact]
    public void A_passive_listener_does_not_make_the_next_one_passive()
    {
        var target = new TestTarget();
        target.AddEventListener("foo", e => e.PreventDefault(), new AddEventListenerOptions { Passive = true });
        target.AddEventListener("foo", e => e.PreventDefault());
        var e = new Event("foo", new EventInit { Cancelable = true });

        Assert.False(target.DispatchEvent(e));
    }

    [Fact]
    public void A_passive_listener_that_throws_does_not_leave_the_event_passive()
    {
        var target = new TestTarget();
        target.AddEventListener("foo", _ => throw new InvalidOperationException(), new AddEventListenerOptions { Passive = true });
        target.AddEventListener("foo", e => e.PreventDefault());

        Assert.False(target.DispatchEvent(new Event("foo", new EventInit { Cancelable = true })));
    }

    [Fact]
    public void ReturnValue_false_cancels_like_PreventDefault()
    {
        var target = new TestTarget();
        target.AddEventListener("foo", e => e.ReturnValue = false);
        var cancelable = new Event("foo", new EventInit { Cancelable = true });
        var notCancelable = new Event("foo");

        Assert.False(target.DispatchEvent(cancelable));
        Assert.False(cancelable.ReturnValue);
        Assert.True(target.DispatchEvent(notCancelable));
        Assert.True(notCancelable.ReturnValue);
    }

    [Fact]
    public void Dispatch_sets_target_current_target_and_phase_only_while_dispatching()
    {
        var target = new TestTarget();
        EventTarget? seenTarget = null, seenCurrent = null;
        ushort seenPhase = 99;
        IReadOnlyList<EventTarget>? seenPath = null;
        target.AddEventListener("foo", e =>
        {
            seenTarget = e.Target;
            seenCurrent = e.CurrentTarget;
            seenPhase = e.EventPhase;
            seenPath = e.ComposedPath();
        });
        var e = new Event("foo");
        Assert.Null(e.Target);
        Assert.Empty(e.ComposedPath());

        target.DispatchEvent(e);

        Assert.Same(target, seenTarget);
        Assert.Same(target, seenCurrent);
        Assert.Equal(Event.AT_TARGET, seenPhase);
        Assert.Equal([target], seenPath!);
        Assert.Same(target, e.Target); // kept after dispatch
        Assert.Null(e.CurrentTarget);
        Assert.Equal(Event.NONE, e.EventPhase);
        Assert.Empty(e.ComposedPath());
    }

    [Fact]
    public void Dispatching_an_event_that_is_being_dispatched_throws_InvalidStateError()
    {
        var target = new TestTarget();
        var other = new TestTarget();
        DOMException? caught = null;
        target.AddEventListener("foo", e => caught = Assert.Throws<DOMException>(() => other.DispatchEvent(e)));

        target.DispatchEvent(new Event("foo"));

        Assert.NotNull(caught);
        Assert.Equal("InvalidStateError", caught!.Name);
        Assert.Equal(DOMException.INVALID_STATE_ERR, caught.Code);
    }

    [Fact]
    public void An_event_can_be_dispatched_again_after_its_dispatch()
    {
        var target = new TestTarget();
        int calls = 0;
        target.AddEventListener("foo", e => { calls++; e.StopImmediatePropagation(); });
        var e = new Event("foo", new EventInit { Cancelable = true });

        target.DispatchEvent(e);
        target.DispatchEvent(e);

        Assert.Equal(2, calls);
    }

    [Fact]
    public void The_canceled_flag_survives_a_redispatch_as_in_the_standard()
    {
        var target = new TestTarget();
        var e = new Event("foo", new EventInit { Cancelable = true });
        target.AddEventListener("foo", ev => ev.PreventDefault(), new AddEventListenerOptions { Once = true });

        Assert.False(target.DispatchEvent(e));
        Assert.False(target.DispatchEvent(e)); // nothing clears the canceled flag but initEvent, which is not here
    }

    [Fact]
    public void DispatchEvent_makes_the_event_untrusted_and_FireEvent_trusted()
    {
        var target = new TestTarget();
        var trusted = new List<bool>();
        target.AddEventListener("foo", e => trusted.Add(e.IsTrusted));
        var e = new Event("foo");

        target.Fire(e);
        target.DispatchEvent(e);
        target.Fire("foo");

        Assert.Equal([true, false, true], trusted);
        Assert.False(e.IsTrusted);
    }

    [Fact]
    public void Adding_and_removing_from_many_threads_is_safe()
    {
        var target = new TestTarget();
        const int Threads = 8, PerThread = 200;
        Counter[] counters = Enumerable.Range(0, Threads * PerThread).Select(_ => new Counter()).ToArray();

        Parallel.For(0, Threads, t =>
        {
            for (int i = 0; i < PerThread; i++)
                target.AddEventListener("foo", counters[t * PerThread + i].Handle);
            for (int i = 0; i < PerThread; i += 2)
                target.RemoveEventListener("foo", counters[t * PerThread + i].Handle);
            for (int i = 1; i < PerThread; i += 2)
                target.AddEventListener("foo", counters[t * PerThread + i].Handle); // duplicates: ignored
        });
        target.DispatchEvent(new Event("foo"));

        for (int k = 0; k < counters.Length; k++)
            Assert.Equal(k % PerThread % 2, counters[k].Count);
    }

    [Fact]
    public void Two_evaluations_of_a_lambda_with_the_same_captures_are_the_same_callback_as_for_CSharp_events()
    {
        var target = new TestTarget();
        int calls = 0;
        for (int i = 0; i < 3; i++)
            target.AddEventListener("foo", _ => calls++); // same method, same closure object: Delegate.Equals

        target.DispatchEvent(new Event("foo"));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_once_listener_runs_once_under_concurrent_dispatches()
    {
        var target = new TestTarget();
        int calls = 0;
        using var gate = new ManualResetEventSlim();
        target.AddEventListener("foo", _ => Interlocked.Increment(ref calls), new AddEventListenerOptions { Once = true });

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            gate.Wait();
            target.DispatchEvent(new Event("foo"));
        })).ToArray();
        gate.Set();
        await Task.WhenAll(tasks);

        Assert.Equal(1, calls);
    }

    private sealed class Counter
    {
        public int Count { get; private set; }

        public void Handle(Event e) => Count++;
    }

    private sealed class ThrowingListener : IEventListener
    {
        public void HandleEvent(Event @event) => throw new NotSupportedException("listener object");
    }
}
