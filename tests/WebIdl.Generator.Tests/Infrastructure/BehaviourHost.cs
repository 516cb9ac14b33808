using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace WebIdl.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The behaviour case compiled together with <see cref="Implementation"/> and loaded, with reflection helpers that
    /// call public members and rethrow what they throw.
    /// </summary>
    public sealed class BehaviourHost
    {
        /// <summary>A test implementation of the generated <c>ChecksBase</c>: every core member logs what it receives.</summary>
        public const string Implementation = """
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;

            namespace WebIdl.Generated;

            /// <summary>Logs every core call.</summary>
            public sealed class CheckImpl : ChecksBase
            {
                private uint limit;
                private byte level;
                private Mode mode;
                private string label = "";
                private string token = "";
                private double ratio;
                private string? note;
                private string title = "";
                private string html = "";

                /// <summary>What the core members received, in order.</summary>
                public List<string> Log { get; } = new();

                /// <summary>The handler results seen.</summary>
                public List<string> Events { get; } = new();

                private void Add(string entry) => Log.Add(entry);

                private static string S(object? value) => value switch
                {
                    null => "null",
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    float f => f.ToString("R", CultureInfo.InvariantCulture),
                    System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? "",
                };

                /// <inheritdoc/>
                protected override uint LimitCore { get => limit; set { limit = value; Add("limit " + S(value)); } }
                /// <inheritdoc/>
                protected override byte LevelCore { get => level; set { level = value; Add("level " + S(value)); } }
                /// <inheritdoc/>
                protected override Mode ModeCore { get => mode; set { mode = value; Add("mode " + S(value)); } }
                /// <inheritdoc/>
                protected override string LabelCore { get => label; set { label = value; Add("label " + value); } }
                /// <inheritdoc/>
                protected override string TokenCore { get => token; set { token = value; Add("token " + value); } }
                /// <inheritdoc/>
                protected override double RatioCore { get => ratio; set { ratio = value; Add("ratio " + S(value)); } }
                /// <inheritdoc/>
                protected override string? NoteCore { get => note; set { note = value; Add("note " + S(value)); } }
                /// <inheritdoc/>
                protected override string TitleCore { get => title; set { title = value; Add("title " + value); } }
                /// <inheritdoc/>
                protected override string HtmlCore { get => html; set { html = value; Add("html [" + value + "]"); } }
                /// <inheritdoc/>
                protected override void WriteCore(string text) => Add("write [" + text + "]");
                /// <inheritdoc/>
                protected override void EnforceCore(ushort port) => Add("enforce " + S(port));
                /// <inheritdoc/>
                protected override void EnforceBigCore(long big) => Add("enforceBig " + S(big));
                /// <inheritdoc/>
                protected override void ClampCore(sbyte level, ulong huge) => Add("clamp " + S(level) + " " + S(huge));
                /// <inheritdoc/>
                protected override void RestrictedCore(float f, double d, double u) => Add("restricted " + S(f) + " " + S(d) + " " + S(u));
                /// <inheritdoc/>
                protected override void TextCore(string value) => Add("text " + value);
                /// <inheritdoc/>
                protected override void BytesCore(string value) => Add("bytes " + value);
                /// <inheritdoc/>
                protected override void ChooseCore(Mode mode) => Add("choose " + S(mode));
                /// <inheritdoc/>
                protected override void NamedCore(string name, IChecks? other) => Add("named " + name + " " + (other is null ? "null" : "checks"));
                /// <inheritdoc/>
                protected override void ConfigureCore(Options options) => Add("configure " + options.Name + " " + S(options.Count));
                /// <inheritdoc/>
                protected override string DefaultsCore(int count, string label, Mode mode, IReadOnlyList<int> list, Settings settings)
                {
                    var text = "defaults " + S(count) + " " + label + " " + S(mode) + " [" + string.Join(",", list) + "] " + S(settings.Count);
                    Add(text);
                    return text;
                }
                /// <inheritdoc/>
                protected override void AcceptCore(LongOrUSVString value) =>
                    Add("accept " + value.Match(i => "long " + S(i), s => "string " + s));
                /// <inheritdoc/>
                protected override void ManyCore(string[] values) => Add("many " + string.Join("|", values));
                /// <inheritdoc/>
                protected override void PingCore() => FireEvent("ping");
            }

            /// <summary>Makes <see cref="CheckImpl"/> objects for <c>ChecksBase.Create</c>.</summary>
            public sealed class CheckStatics : IChecksStatics
            {
                /// <inheritdoc/>
                public IChecks Construct(string name) => new CheckImpl { Title = name };
            }
            """;

        private static readonly Lazy<BehaviourHost> Shared = new(() => new BehaviourHost());

        private BehaviourHost()
        {
            var sources = GoldenCases.CSharp("behaviour");
            sources.Add("CheckImpl.cs", Implementation);
            var compilation = CSharpCompiler.Compile(sources, "Behaviour");
            Problems = CSharpCompiler.Problems(compilation);
            Assembly = CSharpCompiler.Load(compilation);
        }

        /// <summary>The one compiled and loaded behaviour assembly.</summary>
        public static BehaviourHost Instance => Shared.Value;

        /// <summary>Warnings and errors of the compilation (expected: none).</summary>
        public List<string> Problems { get; }

        /// <summary>The loaded assembly.</summary>
        public Assembly Assembly { get; }

        /// <summary>The type named <c>WebIdl.Generated.{name}</c>.</summary>
        public Type Type(string name) => Assembly.GetType("WebIdl.Generated." + name, throwOnError: true)!;

        /// <summary>A new <c>CheckImpl</c>.</summary>
        public object NewCheck() => Activator.CreateInstance(Type("CheckImpl"))!;

        /// <summary>What the implementation's core members received.</summary>
        public static List<string> Log(object check) => (List<string>)check.GetType().GetProperty("Log")!.GetValue(check)!;

        /// <summary>Calls the public method <paramref name="name"/> whose parameter types match <paramref name="types"/>.</summary>
        public static object? Call(object target, string name, Type[] types, params object?[] args)
        {
            var method = target.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.Instance, types)
                ?? throw new MissingMethodException(target.GetType().Name, name);
            return Unwrap(() => method.Invoke(target, args));
        }

        /// <summary>Calls a method whose parameters all have the types of <paramref name="args"/>.</summary>
        public static object? Call(object target, string name, params object?[] args) =>
            Call(target, name, args.Select(a => a!.GetType()).ToArray(), args);

        /// <summary>Sets a public property.</summary>
        public static void Set(object target, string name, object? value) =>
            Unwrap(() =>
            {
                target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.SetValue(target, value);
                return null;
            });

        /// <summary>Gets a public property.</summary>
        public static object? Get(object target, string name) =>
            Unwrap(() => target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(target));

        private static object? Unwrap(Func<object?> action)
        {
            try
            {
                return action();
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }
    }
}
