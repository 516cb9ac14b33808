using System;
using System.Collections.Generic;

namespace WebIdl.Runtime.Tests;

// An EventTarget with an onmessage-style handler property, that records reported exceptions.
internal sealed class TestTarget : EventTarget
{
    public List<Exception> Reported { get; } = new();

    public bool RethrowReported { get; set; }

    public EventHandlerNonNull? OnFoo
    {
        get => GetEventHandler("foo");
        set => SetEventHandler("foo", value);
    }

    public EventHandlerNonNull? OnBar
    {
        get => GetEventHandler("bar");
        set => SetEventHandler("bar", value);
    }

    public bool Fire(Event @event) => FireEvent(@event);

    public bool Fire(string type) => FireEvent(type);

    protected override void ReportException(Exception exception)
    {
        Reported.Add(exception);
        if (RethrowReported)
            throw exception;
    }
}

// A plain target that uses the default ReportException.
internal sealed class DefaultReportingTarget : EventTarget
{
}

internal sealed class RecordingListener : IEventListener
{
    private readonly List<string> _log;
    private readonly string _name;

    public RecordingListener(List<string> log, string name)
    {
        _log = log;
        _name = name;
    }

    public void HandleEvent(Event @event) => _log.Add(_name);
}
