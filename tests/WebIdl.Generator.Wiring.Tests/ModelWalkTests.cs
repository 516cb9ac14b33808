using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using WebIdl.Generator.Wiring.Tests.Infrastructure;
using Xunit;
using static WebIdl.Generator.Wiring.Tests.Infrastructure.GeneratorHarness;

namespace WebIdl.Generator.Wiring.Tests
{
    /// <summary>
    /// Nothing from the compilation may travel down the pipeline: a symbol, a compilation, a syntax node or a location
    /// held by a step's output would keep old compilations alive and defeat caching (they are not value-equal).
    /// </summary>
    public sealed class ModelWalkTests
    {
        private static readonly Type[] Forbidden =
        {
            typeof(ISymbol), typeof(Compilation), typeof(Microsoft.CodeAnalysis.SyntaxNode), typeof(SyntaxTree),
            typeof(SemanticModel), typeof(Location), typeof(AdditionalText),
        };

        [Fact]
        public void NoStepOutputReachesARoslynObject()
        {
            var a = new InMemoryAdditionalText("/src/a.webidl", Samples.Alpha);
            var broken = new InMemoryAdditionalText("/src/broken.webidl", Samples.Broken);
            var websocket = new InMemoryAdditionalText("/src/websocket.webidl", System.IO.File.ReadAllText(RepoPaths.WebSocketSample));
            var driver = CreateDriver(new AdditionalText[] { a, broken, websocket }).RunGenerators(CreateCompilation("class C { }"));
            var result = Result(driver);

            var walked = 0;
            foreach (var name in TrackingNameValues)
            {
                foreach (var (value, _) in StepOutputs(result, name))
                {
                    walked += Walk(value, name);
                }
            }

            Assert.True(walked > 100, "walked only " + walked + " objects");
        }

        private static int Walk(object root, string step)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var stack = new Stack<(object Value, string Path)>();
            stack.Push((root, step));
            while (stack.Count > 0)
            {
                var (value, path) = stack.Pop();
                var type = value.GetType();
                if (!type.IsValueType && !seen.Add(value))
                {
                    continue;
                }

                foreach (var forbidden in Forbidden)
                {
                    Assert.False(forbidden.IsAssignableFrom(type), path + " is a " + type.FullName + " (" + forbidden.Name + ")");
                }

                if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is Type || value is MemberInfo || value is Delegate || value is Pointer)
                {
                    continue;
                }

                if (value is Array array)
                {
                    var i = 0;
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            stack.Push((item, path + "[" + i + "]"));
                        }

                        i++;
                    }

                    continue;
                }

                for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
                {
                    foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (field.GetValue(value) is { } child)
                        {
                            stack.Push((child, path + "." + field.Name));
                        }
                    }
                }
            }

            return seen.Count;
        }
    }
}
