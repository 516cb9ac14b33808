using System;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace WebIdl.Bench.WebSockets
{
    /// <summary>A reusable, allocation-free one-shot awaitable: the bench's own waiting must not show up in the
    /// allocations per message it reports. Continuations run inline on the thread that calls <see cref="Set"/>,
    /// as a plain <c>await</c> on a socket read would.</summary>
    internal sealed class Signal : IValueTaskSource
    {
        private ManualResetValueTaskSourceCore<bool> _core;

        public ValueTask WaitAsync() => new(this, _core.Version);

        public void Set() => _core.SetResult(true);

        public void Fail(Exception error) => _core.SetException(error);

        public void Reset() => _core.Reset();

        void IValueTaskSource.GetResult(short token)
        {
            _core.GetResult(token);
        }

        ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

        void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);
    }
}
