using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using WebIdl.Language.Semantics;
using Xunit;

namespace WebIdl.Language.Tests.Semantics
{
    /// <summary>The public model is made of immutable, value-equal records: no mutable collections, no setters.</summary>
    public sealed class ModelShapeTests
    {
        [Fact]
        public void PublicModelTypesAreImmutableRecords()
        {
            var types = typeof(SemanticModel).Assembly.GetExportedTypes()
                .Where(t => t.Namespace == typeof(SemanticModel).Namespace && t.IsClass && !(t.IsAbstract && t.IsSealed))
                .ToList();
            Assert.Contains(typeof(InterfaceSymbol), types);
            foreach (var type in types)
            {
                Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} is not a record");
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    var setter = property.SetMethod;
                    Assert.True(
                        setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"),
                        $"{type.Name}.{property.Name} has a setter");
                    var propertyType = property.PropertyType;
                    Assert.False(
                        propertyType.IsArray || (typeof(IEnumerable).IsAssignableFrom(propertyType) && propertyType != typeof(string) && !propertyType.Name.StartsWith("EquatableArray", StringComparison.Ordinal)),
                        $"{type.Name}.{property.Name} is a {propertyType.Name}, not an EquatableArray");
                }
            }
        }
    }
}
