using System.IO;
using System.Linq;
using System.Reflection;
using WebIdl.Language.Diagnostics;
using WebIdl.Language.Tests.Infrastructure;
using Xunit;

namespace WebIdl.Language.Tests.Parsing
{
    /// <summary>The catalogue's ids are unique and every one is documented in the README.</summary>
    public sealed class DiagnosticCatalogueTests
    {
        private static DiagnosticDescriptor[] All() =>
            typeof(DiagnosticCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .ToArray();

        [Fact]
        public void IdsAreUniqueAndWellFormed()
        {
            var ids = All().Select(d => d.Id).ToList();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches("^WIDL[0-9]{4}$", id));
        }

        [Fact]
        public void ReadmeListsEveryId()
        {
            var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
            var missing = All().Where(d => !readme.Contains("| " + d.Id + " |")).Select(d => d.Id).ToList();
            Assert.True(missing.Count == 0, "README.md does not list: " + string.Join(", ", missing));
        }
    }
}
