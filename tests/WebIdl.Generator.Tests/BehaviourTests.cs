using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using WebIdl.Generator.Tests.Infrastructure;
using Xunit;
using static WebIdl.Generator.Tests.Infrastructure.BehaviourHost;

namespace WebIdl.Generator.Tests
{
    /// <summary>
    /// The validation stubs run for real: the behaviour case is compiled with a test implementation, loaded, and its
    /// public members are called. Each test checks one Web IDL rule and what reaches the core member.
    /// </summary>
    public class BehaviourTests
    {
        private static BehaviourHost Host => BehaviourHost.Instance;

        private static object Check() => Host.NewCheck();

        private static object Mode(int value) => Enum.ToObject(Host.Type("Mode"), value);

        [Fact]
        public void BehaviourCaseAndImplementationCompileCleanly() =>
            Assert.True(Host.Problems.Count == 0, string.Join("\n", Host.Problems));

        [Fact]
        public void EnforceRangePassesValuesInRange()
        {
            var check = Check();
            Call(check, "Enforce", 80L);
            Call(check, "Enforce", 65535L);
            Assert.Equal(new[] { "enforce 80", "enforce 65535" }, Log(check));
        }

        [Theory]
        [InlineData(-1L)]
        [InlineData(65536L)]
        [InlineData(long.MaxValue)]
        public void EnforceRangeRejectsValuesOutOfRangeNamingInterfaceMemberAndArgument(long port)
        {
            var check = Check();
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Call(check, "Enforce", port));
            Assert.Contains("Checks.enforce: argument 'port'", ex.Message);
            Assert.Equal("port", ex.ParamName);
            Assert.Empty(Log(check));
        }

        [Fact]
        public void EnforceRangeOnLongLongUsesTheSafeIntegerRange()
        {
            var check = Check();
            Call(check, "EnforceBig", 9007199254740991L);
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Call(check, "EnforceBig", 9007199254740992L));
            Assert.Contains("Checks.enforceBig: argument 'big'", ex.Message);
            Assert.Equal(new[] { "enforceBig 9007199254740991" }, Log(check));
        }

        [Fact]
        public void EnforceRangeAttributeSetterRejects()
        {
            var check = Check();
            Set(check, "Limit", 5L);
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Set(check, "Limit", 4294967296L));
            Assert.Contains("Checks.limit: argument 'value'", ex.Message);
            Assert.Equal(5L, Get(check, "Limit"));
        }

        [Fact]
        public void ClampClampsToTheIdlRange()
        {
            var check = Check();
            Call(check, "Clamp", -500L, ulong.MaxValue);
            Call(check, "Clamp", 500L, 3UL);
            Call(check, "Clamp", 7L, 0UL);
            Set(check, "Level", 1000L);
            Set(check, "Level", -3L);
            Assert.Equal(new[] { "clamp -128 9007199254740991", "clamp 127 3", "clamp 7 0", "level 255", "level 0" }, Log(check));
        }

        [Fact]
        public void RestrictedFloatsRejectNaNAndInfinity()
        {
            var check = Check();
            var f = Assert.Throws<ArgumentException>(() => Call(check, "Restricted", float.NaN, 1.0, 0.0));
            Assert.Contains("Checks.restricted: argument 'f'", f.Message);
            Assert.Equal("f", f.ParamName);
            var d = Assert.Throws<ArgumentException>(() => Call(check, "Restricted", 1f, double.PositiveInfinity, 0.0));
            Assert.Contains("Checks.restricted: argument 'd'", d.Message);
            var setter = Assert.Throws<ArgumentException>(() => Set(check, "Ratio", double.NaN));
            Assert.Contains("Checks.ratio: argument 'value'", setter.Message);
            Call(check, "Restricted", 1.5f, 2.5, double.NaN);
            Assert.Equal(new[] { "restricted 1.5 2.5 NaN" }, Log(check));
        }

        [Fact]
        public void UsvStringReplacesLoneSurrogatesBeforeReachingCore()
        {
            var check = Check();
            Call(check, "Text", "a\uD800b\uDC00c\uD83D\uDE00");
            Set(check, "Label", "\uDFFF");
            Call(check, "Many", (object)new[] { "x\uD800", "ok" });
            Call(check, "Accept", new[] { typeof(string) }, "\uDC00!");
            Assert.Equal(new[] { "text a\uFFFDb\uFFFDc\uD83D\uDE00", "label \uFFFD", "many x\uFFFD|ok", "accept string \uFFFD!" }, Log(check));
        }

        [Fact]
        public void ByteStringRejectsCharactersAboveU00FF()
        {
            var check = Check();
            Call(check, "Bytes", "caf\u00E9\u00FF");
            var ex = Assert.Throws<ArgumentException>(() => Call(check, "Bytes", "\u0100"));
            Assert.Contains("Checks.bytes: argument 'value'", ex.Message);
            var setter = Assert.Throws<ArgumentException>(() => Set(check, "Token", "\u20AC"));
            Assert.Contains("Checks.token: argument 'value'", setter.Message);
            Assert.Equal(new[] { "bytes caf\u00E9\u00FF" }, Log(check));
        }

        [Fact]
        public void InvalidEnumValueIsIgnoredBySetterAndRejectedAsArgument()
        {
            var check = Check();
            Set(check, "Mode", Mode(1));
            Set(check, "Mode", Mode(99));
            Assert.Equal(Mode(1), Get(check, "Mode"));
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Call(check, "Choose", Mode(3)));
            Assert.Contains("Checks.choose: argument 'mode'", ex.Message);
            Assert.Equal("mode", ex.ParamName);
            Call(check, "Choose", Mode(2));
            Assert.Equal(new[] { "mode SlowMotion", "choose Empty" }, Log(check));
        }

        [Fact]
        public void NullIsRejectedForNonNullableReferencesOnly()
        {
            var check = Check();
            var types = new[] { typeof(string), Host.Type("IChecks") };
            var ex = Assert.Throws<ArgumentNullException>(() => Call(check, "Named", types, null, null));
            Assert.Contains("Checks.named: argument 'name'", ex.Message);
            Assert.Equal("name", ex.ParamName);
            Call(check, "Named", types, "n", null);
            Call(check, "Named", types, "m", check);
            var setter = Assert.Throws<ArgumentNullException>(() => Set(check, "Title", null));
            Assert.Contains("Checks.title: argument 'value'", setter.Message);
            Set(check, "Note", null);
            Assert.Throws<ArgumentNullException>(() => Call(check, "Text", new[] { typeof(string) }, new object?[] { null }));
            Assert.Throws<ArgumentNullException>(() => Call(check, "Many", new[] { typeof(string[]) }, new object?[] { new string?[] { "a", null } }));
            Assert.Equal(new[] { "named n null", "named m checks", "note null" }, Log(check));
        }

        [Fact]
        public void RequiredDictionaryMembersAreChecked()
        {
            var check = Check();
            var options = Activator.CreateInstance(Host.Type("Options"))!;
            var ex = Assert.Throws<ArgumentException>(() => Call(check, "Configure", options));
            Assert.Contains("Checks.configure: argument 'options'", ex.Message);
            Assert.Contains("'name'", ex.Message);
            options.GetType().GetProperty("Name")!.SetValue(options, "ok");
            Call(check, "Configure", options);
            Assert.Throws<ArgumentNullException>(() => Call(check, "Configure", new[] { Host.Type("Options") }, new object?[] { null }));
            Assert.Equal(new[] { "configure ok 5" }, Log(check));
        }

        [Fact]
        public void DefaultsAreSubstituted()
        {
            var check = Check();
            var method = check.GetType().GetMethod("Defaults")!;
            var args = method.GetParameters().Select(p => p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray();
            var result = method.Invoke(check, args);
            Assert.Equal("defaults 7 a'b\\c SlowMotion [] 5", result);

            var settings = Activator.CreateInstance(Host.Type("Settings"))!;
            settings.GetType().GetProperty("Count")!.SetValue(settings, 9);
            result = method.Invoke(check, new object?[] { 1, "x", Mode(0), new[] { 1, 2 }, settings });
            Assert.Equal("defaults 1 x Fast [1,2] 9", result);
        }

        [Fact]
        public void UnionOverloadsWrapTheMemberType()
        {
            var check = Check();
            Call(check, "Accept", new[] { typeof(int) }, 42);
            Call(check, "Accept", new[] { typeof(string) }, "x");
            Assert.Equal(new[] { "accept long 42", "accept string x" }, Log(check));
        }

        [Fact]
        public void UnionValueTypeMembersAreStoredUnboxed()
        {
            var union = Host.Type("LongOrUSVString");
            var from = union.GetMethod("From", new[] { typeof(int) })!;
            var asLong = union.GetProperty("AsLong")!;

            // Compiled, not reflected, so that the only allocation measured would be the union's own.
            var x = System.Linq.Expressions.Expression.Parameter(typeof(int), "x");
            var roundTrip = System.Linq.Expressions.Expression.Lambda<Func<int, int>>(
                System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Call(from, x), asLong), x).Compile();
            Assert.Equal(7, roundTrip(7));
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sum = 0;
            for (var i = 0; i < 1000; i++)
            {
                sum += roundTrip(i);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(499500, sum);

            // Value still gives the member boxed, and Index says which member it is.
            var wrapped = from.Invoke(null, new object[] { 42 })!;
            Assert.Equal(42, union.GetProperty("Value")!.GetValue(wrapped));
            Assert.Equal(1, union.GetProperty("Index")!.GetValue(wrapped));
            var text = union.GetMethod("From", new[] { typeof(string) })!.Invoke(null, new object[] { "x" })!;
            Assert.Equal("x", union.GetProperty("Value")!.GetValue(text));
            Assert.Null(union.GetProperty("Value")!.GetValue(Activator.CreateInstance(union)));
        }

        [Fact]
        public void EventHandlerAttributeAndCSharpEventSeeTheSameEvents()
        {
            var check = Check();
            var seen = new List<string>();
            var handler = new WebIdl.Runtime.EventHandlerNonNull(e => { seen.Add("handler " + e.Type); return null; });
            Set(check, "OnPing", handler);
            Assert.Same(handler, Get(check, "OnPing"));
            // The C# event is PingEvent: the operation ping() took the name Ping.
            var listener = new WebIdl.Runtime.EventListener(e => seen.Add("listener " + e.Type));
            check.GetType().GetEvent("PingEvent")!.AddEventHandler(check, listener);
            Call(check, "Ping");
            check.GetType().GetEvent("PingEvent")!.RemoveEventHandler(check, listener);
            Set(check, "OnPing", null);
            Call(check, "Ping");
            Assert.Equal(new[] { "handler ping", "listener ping" }, seen);
        }

        [Fact]
        public void ConstructorCallsTheRegisteredStatics()
        {
            var stub = Host.Type("ChecksBase");
            var create = stub.GetMethod("Create", new[] { typeof(string) })!;
            var statics = stub.GetProperty("Statics")!;
            var missing = Assert.Throws<TargetInvocationException>(() => create.Invoke(null, new object?[] { "a" }));
            Assert.IsType<InvalidOperationException>(missing.InnerException);
            Assert.Contains("IChecksStatics", missing.InnerException!.Message);
            statics.SetValue(null, Activator.CreateInstance(Host.Type("CheckStatics")));
            var made = create.Invoke(null, new object?[] { "made" })!;
            Assert.Equal("made", Get(made, "Title"));
            var nullName = Assert.Throws<TargetInvocationException>(() => create.Invoke(null, new object?[] { null }));
            Assert.Contains("Checks.constructor: argument 'name'", nullName.InnerException!.Message);
        }

        [Fact]
        public void LegacyNullToEmptyStringTurnsNullIntoTheEmptyString()
        {
            var check = Check();
            Set(check, "Html", null);
            Set(check, "Html", "a\uD800");
            Call(check, "Write", new[] { typeof(string) }, new object?[] { null });
            Assert.Equal(new[] { "html []", "html [a\uFFFD]", "write []" }, Log(check));
            Assert.Equal("a\uFFFD", Get(check, "Html"));
        }

        [Fact]
        public void EnumHelperConvertsBothWays()
        {
            var helper = Host.Type("ModeIdl");
            var toIdl = helper.GetMethod("ToIdlString")!;
            var tryParse = helper.GetMethod("TryParse")!;
            Assert.Equal("slow-motion", toIdl.Invoke(null, new[] { Mode(1) }));
            Assert.Equal("", toIdl.Invoke(null, new[] { Mode(2) }));
            var args = new object?[] { "slow-motion", null };
            Assert.True((bool)tryParse.Invoke(null, args)!);
            Assert.Equal(Mode(1), args[1]);
            Assert.False((bool)tryParse.Invoke(null, new object?[] { "Slow-Motion", null })!);
            Assert.False((bool)helper.GetMethod("IsDefined")!.Invoke(null, new[] { Mode(3) })!);
        }
    }
}
