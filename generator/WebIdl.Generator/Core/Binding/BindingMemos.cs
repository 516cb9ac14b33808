namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// The process-wide memos binding keeps between runs (<see cref="SplitMemo"/>, <see cref="UnionMemo"/>): caches of
    /// pure functions, each checked by value equality before reuse, so clearing them changes nothing but time.
    /// </summary>
    internal static class BindingMemos
    {
        /// <summary>Forgets every memo: the next run computes everything (a benchmark's cold first run, a test's baseline).</summary>
        public static void Clear()
        {
            SplitMemo.Last = null;
            UnionMemo.Last = null;
        }
    }
}
